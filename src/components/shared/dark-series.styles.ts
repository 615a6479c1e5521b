import { css } from '@lit/reactive-element';

// A bare list of declarations, like dark-tokens.styles.ts. A file of its own:
// a tagged template looks like a side effect to Rollup, so an unused export
// here would still be built into the elements that import the file for the
// other one (the inline citation elements have no series).
/** The series colours in the dark theme. */
export const darkSeries = css`
  --_s0: var(--cifras-series-1, #8ab4f8);
  --_s1: var(--cifras-series-2, #ff8a80);
  --_s2: var(--cifras-series-3, #81c995);
  --_s3: var(--cifras-series-4, #d7aefb);
  --_s4: var(--cifras-series-5, #fdd663);
`;
