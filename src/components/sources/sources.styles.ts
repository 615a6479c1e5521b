import { css } from '@lit/reactive-element';

export const sourcesStyles = css`
  :host { max-width: 48rem; font-size: 0.9em; padding: var(--_inset); border-radius: var(--_radius); }
  .heading { font-weight: 700; font-size: 1.1em; margin: 0 0 0.4em; }
  .list { margin: 0; padding-inline-start: 1.6em; }
  .list li { margin: 0.3em 0; }
  .list li:focus { outline: 2px solid var(--_link); outline-offset: 2px; }
  .url { overflow-wrap: anywhere; }
  .backlink {
    font: inherit; color: var(--_link); background: none; border: 0; padding: 0 0.2em; margin: 0; cursor: pointer;
    min-width: 24px; min-height: 24px;
  }
  .empty { color: var(--_muted); }
  @media print { .backlinks { display: none; } }
`;
