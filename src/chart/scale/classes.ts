import { bisectRight } from 'd3-array';
import { niceTicks } from './ticks.js';

/**
 * Round breaks for the classes of a map: `niceTicks` from zero
 * (the counts and shares mapped here are measured from it, and a scale from the
 * lowest value would make 12% look like nothing beside 16%) to the highest
 * value, with as many classes as fit `maxClasses`: values up to 328 give 0,
 * 100, 200, 300, 400. They cover every value.
 */
export function classBreaks(values: number[], maxClasses = 6): number[] {
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values, 0) > lo ? Math.max(...values, 0) : lo + 1;
  const niceBreaks = (count: number) => niceTicks(lo, hi, count);
  for (let count = maxClasses; count > 1; count--) {
    const breaks = niceBreaks(count);
    if (breaks.length >= 2 && breaks.length - 1 <= maxClasses) return breaks;
  }
  return niceBreaks(1);
}

/** The class of a value: the top class holds the top break. */
export function classOf(value: number, breaks: number[]): number {
  return Math.max(0, Math.min(breaks.length - 2, bisectRight(breaks, value) - 1));
}
