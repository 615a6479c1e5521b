import { css } from '@lit/reactive-element';

export const keyFigureStyles = css`
  /* The card paints its own surface: a theme that paints the element's background (dark) adds no frame round it. */
  :host { max-width: 40rem; border-radius: var(--_radius); }
  :host(:not([variant='inline'])) { background: none; }
  .card {
    margin: 0;
    padding: 1em 1.25em;
    border-top: 3px solid var(--_accent);
    text-wrap: pretty;
    background: var(--_surface);
    border-radius: 0 0 var(--_radius) var(--_radius);
    /* Cards side by side in a grid row end level. */
    height: 100%;
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
  .pair { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.25em 0.75em; }
  .pair .value { display: grid; }
  /* The arrow goes with the second figure when the pair wraps. */
  .step { display: flex; align-items: flex-end; gap: 0.75em; }
  .qualifier { display: block; font-size: 0.4em; line-height: 1.3; }
  .pair .from .number { color: var(--_muted); }
  .when { font-size: 0.875rem; font-weight: 400; color: var(--_muted); }
  .arrow { font-size: 1.5em; color: var(--_muted); padding-bottom: 1.1em; }
  .change { margin: 0.25em 0 0; font-weight: 700; font-variant-numeric: tabular-nums; }
  .change-note { margin: 0.5em 0 0; font-size: 0.8em; color: var(--_muted); }
  /* As a chart's footer: one line naming the documents; the references, quotes and arithmetic one tap away. */
  .footer { margin-top: 0.75em; color: var(--_muted); overflow-wrap: anywhere; }
  .source-line { margin: 0; }
  .source-line, .sources > summary { font-size: 0.75em; }
  .sources > summary {
    display: inline-flex; align-items: center; min-height: 24px; cursor: pointer;
    text-decoration: underline; text-decoration-color: var(--_rule); text-underline-offset: 0.2em;
  }
  .sources > summary:hover, .sources[open] > summary { color: var(--_text); }
  .sources > summary:focus-visible { outline: 2px solid var(--_link); outline-offset: 2px; }
  .card.compact { padding: 0.5em 0.75em; border-top-width: 2px; }
  .card.compact .value { font-size: 1.5em; }
  .card.compact .measure { font-size: 0.875em; }
  :host([variant='inline']) { display: inline; max-width: none; padding: 0; }
  .inline .number { font-weight: 700; font-variant-numeric: tabular-nums; }
  .inline .meta { font-size: 0.9em; }
`;
