import { css } from '@lit/reactive-element';
import { keyStyles } from './key.styles.js';
import { seriesColours } from './series-colours.styles.js';

/**
 * Columns on a time axis in each series' colour (a document's, say, as the homicides draw them), with
 * their key, and a value that holds over several years drawn as a dashed floor.
 */
export const seriesColumnStyles = css`
  ${seriesColours}
  ${keyStyles}
  .visual .column .mark.series { fill: var(--_series); }
  .visual .series .open-end, .visual .span.series .span-top { stroke: var(--_series); }
  /* A floor over several years is a line at its level, dashed as a bound is, not an area that reads as a series of its own. */
  .visual .span-top { stroke: var(--_mark); stroke-width: 2px; stroke-dasharray: 6 3; }
  .key .swatch { background: var(--_series); }
  @media (forced-colors: active) {
    .visual .column .mark.series { fill: CanvasText; }
    .visual .column .mark.series.highlight { fill: Canvas; stroke: Highlight; stroke-width: 2; }
    .visual .span-top { stroke: CanvasText; }
    .key .swatch { background: CanvasText; }
  }
`;
