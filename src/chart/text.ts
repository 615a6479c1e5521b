// Text widths for layout, passed in with the sizes (`frameSizes(width, measurer)`):
// the browser's own measurement in the chart's font when a chart lays out, else
// an estimate (font-metrics.ts, which the chart kit and server renders pass; the
// element bundles leave its tables out).

/** Measures text in px: the browser's own measurement, given by the component that lays out. */
export type TextMeasurer = (text: string, fontSize: number, bold: boolean) => number;

/** How much wider a bold face runs (DejaVu Sans Bold, the widest common one). */
export const BOLD_FACTOR = 1.26;

/** An average advance of 0.62 em: only a browser without canvas is left with it. */
export const roughTextWidth: TextMeasurer = (text, fontSize, bold) => [...text].length * fontSize * 0.62 * (bold ? BOLD_FACTOR : 1);

/** Text measured one way for a whole layout: widths, lines wrapped to a width, a line cut short. */
export interface TextMeasure {
  /** Width in px of `text` at `fontSize` px. */
  width(text: string, fontSize: number, bold?: boolean): number;
  /**
   * Breaks text into lines no wider than `maxWidth`, at most `maxLines`; the last
   * line ends with an ellipsis when the text does not fit. A single word longer
   * than the line is cut too.
   */
  wrap(text: string, maxWidth: number, fontSize: number, maxLines?: number, bold?: boolean): string[];
  /** The longest prefix of `text` that fits `maxWidth` with an ellipsis. */
  truncate(text: string, maxWidth: number, fontSize: number, bold?: boolean): string;
}

/** Text measured with `measurer` (a rough estimate without one). */
export function textMeasure(measurer: TextMeasurer = roughTextWidth): TextMeasure {
  const width = (text: string, fontSize: number, bold = false) => measurer(text, fontSize, bold);

  function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
    if (width(text, fontSize, bold) <= maxWidth) return text;
    const chars = [...text.trim()];
    while (chars.length > 1 && width(`${chars.join('').trimEnd()}…`, fontSize, bold) > maxWidth) chars.pop();
    return `${chars.join('').trimEnd()}…`;
  }

  function wrap(text: string, maxWidth: number, fontSize: number, maxLines = 2, bold = false): string[] {
    // A rounding error's worth of room: a column sized to its longest label and handed
    // back less a gap ((w + 6) − 6) can come out a hair under w, and wrapped that label for nothing.
    maxWidth += 1e-6;
    // Ordinary spaces only: a no-break space keeps a name together ("Crisis Group"), as two capitalised words do ("López Obrador").
    const words = text.trim().replace(/(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)/gu, '$1\u00a0$2').split(/[ \t\n\r]+/).filter(Boolean);
    const lines: string[] = [];
    let current = '';
    for (const word of words) {
      const candidate = current ? `${current} ${word}` : word;
      if (width(candidate, fontSize, bold) <= maxWidth || !current) current = candidate;
      else { lines.push(current); current = word; }
    }
    if (current) lines.push(current);
    const kept = lines.slice(0, maxLines);
    const overflow = lines.length > maxLines;
    return kept.map((line, i) => (overflow && i === kept.length - 1) || width(line, fontSize, bold) > maxWidth
      ? truncate(overflow && i === kept.length - 1 ? `${line} ${lines[i + 1] ?? ''}` : line, maxWidth, fontSize, bold)
      : line);
  }

  return { width, wrap, truncate };
}
