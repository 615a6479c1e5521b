// Text widths for layout: the browser's own measurement when a chart lays
// out (withTextMeasurer), else an estimate (font-metrics.ts, which the chart
// kit and server renders use; the element bundles leave its tables out).

/** Measures text in px: the browser's own measurement, given by the component that lays out. */
export type TextMeasurer = (text: string, fontSize: number, bold: boolean) => number;

let measurer: TextMeasurer | undefined;

/** How much wider a bold face runs (DejaVu Sans Bold, the widest common one). */
export const BOLD_FACTOR = 1.26;

/** An average advance of 0.62 em: only a browser without canvas is left with it. */
let estimate: TextMeasurer = (text, fontSize, bold) => [...text].length * fontSize * 0.62 * (bold ? BOLD_FACTOR : 1);

/** How text is sized where nothing measures it: `fontMetricsWidth` (font-metrics.ts) outside a browser. */
export function estimateTextWith(estimator: TextMeasurer): void {
  estimate = estimator;
}

/**
 * Lays out with real measurements while `layout` runs (a chart passes the
 * browser's canvas measurement in its own font); without one, widths are
 * estimated from font metrics.
 */
export function withTextMeasurer<T>(measure: TextMeasurer | undefined, layout: () => T): T {
  const previous = measurer;
  measurer = measure;
  try {
    return layout();
  } finally {
    measurer = previous;
  }
}

/** Width in px of `text` at `fontSize` px: measured when a measurer is set, else estimated. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return (measurer ?? estimate)(text, fontSize, bold);
}

/**
 * Breaks text into lines no wider than `maxWidth`, at most `maxLines`; the last
 * line ends with an ellipsis when the text does not fit. A single word longer
 * than the line is cut too.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 2, bold = false): string[] {
  // A rounding error's worth of room: a column sized to its longest label and handed
  // back less a gap ((w + 6) − 6) can come out a hair under w, and wrapped that label for nothing.
  maxWidth += 1e-6;
  // Ordinary spaces only: a no-break space keeps a name together ("Crisis Group"), as two capitalised words do ("López Obrador").
  const words = text.trim().replace(/(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)/gu, '$1\u00a0$2').split(/[ \t\n\r]+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= maxWidth || !current) current = candidate;
    else { lines.push(current); current = word; }
  }
  if (current) lines.push(current);
  const kept = lines.slice(0, maxLines);
  const overflow = lines.length > maxLines;
  return kept.map((line, i) => (overflow && i === kept.length - 1) || textWidth(line, fontSize, bold) > maxWidth
    ? truncate(overflow && i === kept.length - 1 ? `${line} ${lines[i + 1] ?? ''}` : line, maxWidth, fontSize, bold)
    : line);
}

/** The longest prefix of `text` that fits `maxWidth` with an ellipsis. */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text.trim()];
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, fontSize, bold) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
