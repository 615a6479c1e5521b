// The scales a layout maps with, one file each: linear.ts for positions (every
// element's bars), ticks.ts for round values (the time axes' and lines' code),
// classes.ts for a map's classes. Apart, so that what a lazily loaded chunk
// uses does not travel in the elements' own files.

/** Maps a numeric domain onto a pixel range, as d3's linear scale does. */
export type Linear = (value: number) => number;

/**
 * A linear scale from `domain` to `range`. d3-scale's `scaleLinear` would add
 * d3-interpolate, d3-color and d3-format (8 KB gzip, a third of a widget's
 * budget) for colour interpolation and tick formats Cifras never uses: it maps
 * numbers to pixels and formats with Intl.
 */
export function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): Linear {
  const span = d1 - d0;
  return (value) => (span ? r0 + ((value - d0) / span) * (r1 - r0) : (r0 + r1) / 2);
}
