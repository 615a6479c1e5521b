import { css } from '@lit/reactive-element';
import { seriesColours } from './series-colours.styles.js';

/** Colours and shapes of series (one per source document), and the time-panel marks. */
export const seriesStyles = css`
  ${seriesColours}
  /* 12% of a colour on near-black hardly shows. */
  :host([theme='dark']) .range .band, :host(:state(page-dark)) .range .band { fill-opacity: 0.3; }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .range .band { fill-opacity: 0.3; }
  }
  .point { fill: var(--_series); stroke: var(--_series); stroke-width: 1.5px; }
  .point.open { fill: var(--_canvas); }
  .series-line { fill: none; stroke: var(--_series); stroke-width: 2px; }
  .range .band { fill: var(--_series); fill-opacity: 0.12; }
  .range .floor { stroke: var(--_series); stroke-width: 2.5px; }
  .panel-title { font-weight: 700; }
  .x-axis line { stroke: var(--_muted); }
  .point-label { font-variant-numeric: tabular-nums; paint-order: stroke; stroke: var(--_canvas); stroke-width: 3px; stroke-linejoin: round; }
  .legend-key { margin: 0 0 0.5em; font-size: 0.75em; color: var(--_muted); }
  .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25em 1em; margin: 0 0 0.25em; padding: 0; font-size: 0.8em; color: var(--_text); }
  .legend li { display: inline-flex; align-items: center; gap: 0.35em; }
  .swatch { overflow: visible; }
  @media (forced-colors: active) {
    .point, .series-line, .range .floor { stroke: CanvasText; }
    .range .band { fill: CanvasText; fill-opacity: 0.15; }
    .point { fill: CanvasText; }
    .point.open { fill: Canvas; }
  }
`;
