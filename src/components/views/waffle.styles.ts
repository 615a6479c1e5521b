import { css } from '@lit/reactive-element';

/** Waffles: filled squares in the accent, a derived share hatched, the rest of the whole faint. */
export const waffleStyles = css`
  .cell.empty { fill: var(--_rule); fill-opacity: 0.6; }
  .cell.filled { fill: var(--_accent); }
  .cell.filled.derived { fill: url(#cifras-hatch-highlight); stroke: var(--_accent); stroke-width: 1px; }
  .heading { font-weight: 700; }
  .swatch.filled { background: var(--_accent); }
  .swatch.empty { background: var(--_rule); }
  /* On a dark background the rule colour all but disappears: the rest of the whole in the neutral, at 3:1 and more. */
  :host([theme='dark']) .cell.empty, :host(:state(page-dark)) .cell.empty { fill: var(--_mark); fill-opacity: 1; }
  :host([theme='dark']) .swatch.empty, :host(:state(page-dark)) .swatch.empty { background: var(--_mark); }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .cell.empty { fill: var(--_mark); fill-opacity: 1; }
    :host([theme='auto']) .swatch.empty { background: var(--_mark); }
  }
  .value.big { font-weight: 800; }
  /* "about" is a word of the number, not part of its weight. */
  .qualifier { font-weight: 400; }
  @media (forced-colors: active) {
    .cell.empty { fill: Canvas; stroke: CanvasText; stroke-width: 1px; fill-opacity: 1; }
    .cell.filled { fill: CanvasText; }
    .swatch.filled { background: CanvasText; }
    .swatch.empty { background: Canvas; }
  }
`;
