import { nice, ticks } from 'd3-array';

/** Round tick values covering [start, stop], extended to round ends (d3-array's `nice` then `ticks`). */
export function niceTicks(start: number, stop: number, count: number): number[] {
  const [lo, hi] = nice(start, stop, count);
  return ticks(lo, hi, count);
}

/** Round tick values for [0, max] that fit `length` px with labels `minSpacing` px apart. */
export function valueTicks(max: number, length: number, minSpacing = 60): number[] {
  const count = Math.max(2, Math.min(8, Math.floor(length / minSpacing)));
  return niceTicks(0, max, count);
}

/** Years to label on a time axis `length` px long spanning [start, end]. */
export function yearTicks(start: number, end: number, length: number, labelWidth = 40): number[] {
  const span = end - start;
  const fit = Math.max(1, Math.floor(length / (labelWidth + 12)));
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => span / s <= fit) ?? 50;
  const first = Math.ceil(start / step) * step;
  const ticks: number[] = [];
  for (let year = first; year <= end; year += step) ticks.push(year);
  return ticks;
}
