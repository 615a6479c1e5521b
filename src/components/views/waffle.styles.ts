import { css } from '@lit/reactive-element';

/** Waffles: filled squares in the accent, a derived share hatched, the rest of the whole faint. */
export const waffleStyles = css`
  .cell.empty { fill: var(--_rule); fill-opacity: 0.6; }
  .cell.filled { fill: var(--_accent); }
  .cell.filled.derived { fill: url(#cifras-hatch-highlight); stroke: var(--_accent); stroke-width: 1px; }
  .heading { font-weight: 700; }
  .swatch.filled { background: var(--_accent); }
  .swatch.empty { background: var(--_rule); }
  :host([theme='dark']) .cell.empty { fill-opacity: 1; }
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
