/**
 * The most rows `<cifras-chart>` draws, per mark type (README, "Large data").
 * Bars: a hundred rows already make a chart about 3,000 px tall, past what a
 * reader scrolls through. Columns: sixty years make each column about 2 px wide
 * at a phone's width, each still at its date; more would be hairlines. Lines and dots: a thousand points is more than a
 * column has pixels, and drawing them, or their table, takes one task of about
 * 90 or 120 ms of main-thread time (`npm run bench:large`); a table of two
 * thousand rows took about 300. Past the maximum a chart draws the first rows
 * and says how many of how many it shows. A map has 32 states: past them a row
 * names a state twice or none, which its check reports, as it does for a bar chart.
 * Waffles: a dozen 10 × 10 waffles are already squares of 10 px at 1000 px, and
 * past that each is a speck that says less than a bar would.
 */
export const MARK_LIMITS = { bar: 100, column: 60, line: 1000, dot: 1000, map: 100, waffle: 12 } as const;

/**
 * A developer's data cut to its first `max` rows, and how many rows it had: input
 * of another shape is handed on whole, for the data check to say what is wrong.
 */
export function withinLimit<T>(input: T, max: number): { input: T; rows: number } {
  const data = typeof input === 'object' && input !== null ? (input as { data?: unknown }).data : undefined;
  if (!Array.isArray(data)) return { input, rows: 0 };
  return { input: data.length > max ? { ...input, data: data.slice(0, max) } : input, rows: data.length };
}
