import { css } from '@lit/reactive-element';
import { darkSeries } from './dark-series.styles.js';

// A file of its own: a tagged template looks like a side effect to Rollup, so the
// columns in each source's colour (the homicides) would otherwise carry the points'
// and lines' rules too.
/** The series colours, one per source document, in both themes, and the classes that pick one (`s0` … `s4`). */
export const seriesColours = css`
  :host {
    /* After Okabe and Ito: told apart by every kind of colour vision, no red/green pair, each 3:1 on white. */
    --_s0: var(--cifras-series-1, #0072b2);
    --_s1: var(--cifras-series-2, #c05500);
    --_s2: var(--cifras-series-3, #7b4ea3);
    --_s3: var(--cifras-series-4, #5a5a66);
    --_s4: var(--cifras-series-5, #a8437f);
  }
  :host([theme='dark']), :host(:state(page-dark)) { ${darkSeries} }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) { ${darkSeries} }
  }
  .s0 { --_series: var(--_s0); } .s1 { --_series: var(--_s1); } .s2 { --_series: var(--_s2); }
  .s3 { --_series: var(--_s3); } .s4 { --_series: var(--_s4); }
`;
