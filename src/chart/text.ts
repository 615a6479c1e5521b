// Text measurement without a DOM: advance widths of a neutral sans-serif (in
// thousandths of an em, after Helvetica/Arial metrics), padded so that wider
// system fonts (DejaVu, Roboto) still fit. Labels are laid out from these numbers.

const WIDTHS: Record<string, number> = {
  ' ': 278, '!': 278, '"': 355, '#': 556, $: 556, '%': 889, '&': 667, "'": 191, '(': 333, ')': 333,
  '*': 389, '+': 584, ',': 278, '-': 333, '.': 278, '/': 278, ':': 278, ';': 278, '<': 584, '=': 584,
  '>': 584, '?': 556, '@': 1015, '[': 278, ']': 278, _: 556, '–': 556, '—': 1000, '’': 222, '‘': 222,
  '“': 333, '”': 333, '·': 278, '…': 1000, '≈': 584, '×': 584, '÷': 584, '≥': 584, '≤': 584,
  A: 667, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 500, K: 667, L: 556, M: 833,
  N: 722, O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667, Z: 611,
  a: 556, b: 556, c: 500, d: 556, e: 556, f: 278, g: 556, h: 556, i: 222, j: 222, k: 500, l: 222, m: 833,
  n: 556, o: 556, p: 556, q: 556, r: 333, s: 500, t: 278, u: 556, v: 500, w: 722, x: 500, y: 500, z: 500,
};
// Digits run wider in DejaVu and Roboto than in Arial.
const DIGIT = 590;
const FALLBACK = 600;
/** Headroom for fonts wider than Arial. */
const SAFETY = 1.12;
/** Bold faces run wider, DejaVu Sans Bold most of all. */
const BOLD = 1.26;

function advance(char: string): number {
  if (char >= '0' && char <= '9') return DIGIT;
  const width = WIDTHS[char];
  if (width !== undefined) return width;
  const base = char.normalize('NFD')[0];
  return WIDTHS[base] ?? FALLBACK;
}

/** Measures text in px: the browser's own measurement, given by the component that lays out. */
export type TextMeasurer = (text: string, fontSize: number, bold: boolean) => number;

let measurer: TextMeasurer | undefined;

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
  // A hair over the measured width: SVG and canvas round differently.
  if (measurer) return measurer(text, fontSize, bold) * 1.03 + 1;
  let units = 0;
  for (const char of text) units += advance(char);
  return (units / 1000) * fontSize * SAFETY * (bold ? BOLD : 1);
}

/**
 * Breaks text into lines no wider than `maxWidth`, at most `maxLines`; the last
 * line ends with an ellipsis when the text does not fit. A single word longer
 * than the line is cut too.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 2, bold = false): string[] {
  // Ordinary spaces only: a no-break space keeps a name together ("Crisis Group").
  const words = text.trim().split(/[ \t\n\r]+/).filter(Boolean);
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
