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

/**
 * d3-array's tick step for [start, stop] in about `count` steps: 1, 2 or 5 times a power of ten,
 * as [first, last, step], with a fractional step given as its inverse (negative), so that ticks
 * such as 0.3 are exact. Written out here: the d3-array module cost every element about 1 KB.
 */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && count >= 0.5 && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** Round tick values covering [start, stop] (start below stop), extended to round ends (d3-array's `nice` then `ticks`). */
export function niceTicks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  // nice: the ends rounded out to the step, until the step holds.
  for (let previous: number | undefined; ;) {
    const step = tickSpec(start, stop, count)[2];
    if (step === previous || step === 0 || !Number.isFinite(step)) break;
    if (step > 0) [start, stop] = [Math.floor(start / step) * step, Math.ceil(stop / step) * step];
    else [start, stop] = [Math.ceil(start * step) / step, Math.floor(stop * step) / step];
    previous = step;
  }
  const [i1, i2, inc] = tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  return Array.from({ length: i2 - i1 + 1 }, (_, i) => (inc < 0 ? (i1 + i) / -inc : (i1 + i) * inc));
}
