// Text set in the saved image: an address broken to fit, a key's items in rows.
// In a module of its own, which only the lazy image code imports: what the
// elements share with their lazy chunks is bundled into every element's entry.
import type { TextMeasure } from './text.js';

/**
 * An address (a URL) on lines of its own, never cut short, since a reader may
 * type it in: broken after a slash or hyphen where one falls in the second half
 * of a line, else where it must be. Nothing is added to it or taken away.
 */
export function breakAddress(address: string, maxWidth: number, fontSize: number, measure: TextMeasure): string[] {
  const lines = [''];
  for (const char of address) {
    const line = lines[lines.length - 1];
    if (line && measure.width(line + char, fontSize) > maxWidth) {
      const cut = Math.max(line.lastIndexOf('/'), line.lastIndexOf('-')) + 1;
      const keep = cut > line.length / 2 ? cut : line.length;
      lines[lines.length - 1] = line.slice(0, keep);
      lines.push(line.slice(keep));
    }
    lines[lines.length - 1] += char;
  }
  return lines;
}

/** Items of the given widths set in rows `maxWidth` wide, `gap` apart: each one's x and row (0, 1…). An item wider than a row has one to itself. */
export function flowInRows(widths: number[], maxWidth: number, gap: number): { x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return widths.map((width) => {
    if (x > 0 && x + width > maxWidth) {
      x = 0;
      row++;
    }
    const place = { x, row };
    x += width + gap;
    return place;
  });
}
