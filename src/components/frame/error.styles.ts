import { css } from '@lit/reactive-element';

export const errorStyles = css`
  .error {
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    color: var(--_text);
    font-size: 0.9em;
  }
  /* A box, not the key figure's one-line compare note: apart from the next element's box in a page. */
  [role='alert'].error { margin-block: 0.5em; }
  .error p { margin: 0.25em 0; }
  .error-title { color: var(--_error); }
  .error code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.95em; }
`;
