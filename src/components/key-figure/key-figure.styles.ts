import { css } from 'lit';

export const keyFigureStyles = css`
  :host { max-width: 40rem; }
  .card {
    margin: 0;
    padding: 1em 1.25em;
    border-top: 3px solid var(--_accent);
    background: var(--_surface);
    border-radius: 0 0 var(--_radius) var(--_radius);
  }
  .value {
    margin: 0;
    font-size: 2.25em;
    line-height: 1.1;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  figcaption p { margin: 0.35em 0 0; }
  .measure { font-size: 1em; }
  .meta { color: var(--_muted); font-size: 0.875em; }
`;
