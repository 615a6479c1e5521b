import { css } from '@lit/reactive-element';

// A bare list of declarations, like dark-tokens.styles.ts. A file of its own:
// a tagged template looks like a side effect to Rollup, so an unused export
// here would still be built into the elements that import the file for the
// other one (the inline citation elements have no series).
/** The series colours in the dark theme. */
export const darkSeries = css`
  --_s0: var(--cifras-series-1, #56b4e9);
  --_s1: var(--cifras-series-2, #e69f00);
  --_s2: var(--cifras-series-3, #d7aefb);
  --_s3: var(--cifras-series-4, #b4b4c0);
  --_s4: var(--cifras-series-5, #f0a3c8);
`;
