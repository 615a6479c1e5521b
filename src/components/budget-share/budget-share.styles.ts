import { css } from '@lit/reactive-element';

export const budgetShareStyles = css`
  .cell.empty { fill: var(--_rule); fill-opacity: 0.6; }
  .cell.filled { fill: var(--_accent); }
  .heading { font-weight: 700; }
  .key { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25em 1em; margin: 0 0 0.5em; padding: 0; font-size: 0.8em; }
  .key li { display: inline-flex; align-items: center; gap: 0.35em; }
  .swatch { display: inline-block; width: 0.9em; height: 0.9em; }
  .swatch.filled { background: var(--_accent); }
  .swatch.empty { background: var(--_rule); }
  :host([theme='dark']) .cell.empty { fill-opacity: 1; }
  .value.big { font-weight: 800; }
  @media (forced-colors: active) {
    .cell.empty { fill: Canvas; stroke: CanvasText; stroke-width: 1px; fill-opacity: 1; }
    .cell.filled { fill: CanvasText; }
    .swatch { forced-color-adjust: none; border: 1px solid CanvasText; }
    .swatch.filled { background: CanvasText; }
    .swatch.empty { background: Canvas; }
  }
`;
