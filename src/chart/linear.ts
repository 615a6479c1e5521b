import { nice, ticks } from 'd3-array';

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

/** Round tick values covering [start, stop], extended to round ends (d3-array's `nice` then `ticks`). */
export function niceTicks(start: number, stop: number, count: number): number[] {
  const [lo, hi] = nice(start, stop, count);
  return ticks(lo, hi, count);
}
