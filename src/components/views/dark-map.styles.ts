import { css } from '@lit/reactive-element';

// A bare list of declarations, like ../views/dark-series.styles.ts (rollup.config.mjs leaves it to be squeezed, not minified).
/** The map's ramp in the dark theme: lighter for more, each shade 3:1 on the dark background, and the ink of a tile's words on it (4.5:1). */
export const darkMap = css`
  --_map-0: var(--cifras-map-1, #7d5cad);
  --_map-1: var(--cifras-map-2, #9473c2);
  --_map-2: var(--cifras-map-3, #a98bd2);
  --_map-3: var(--cifras-map-4, #bfa5e1);
  --_map-4: var(--cifras-map-5, #d5c2ef);
  --_map-5: var(--cifras-map-6, #eee3fa);
  --_map-ink-0: #ffffff;
  --_map-ink: #17171b;
`;
