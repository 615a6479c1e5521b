import { BOLD_FACTOR, type TextMeasurer } from './text.js';

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

function advance(char: string): number {
  if (char >= '0' && char <= '9') return DIGIT;
  const width = WIDTHS[char];
  if (width !== undefined) return width;
  const base = char.normalize('NFD')[0];
  return WIDTHS[base] ?? FALLBACK;
}

/**
 * Width in px of `text` from the advance table: how the chart kit and server
 * renders size labels (`estimateTextWith(fontMetricsWidth)`), where there is no canvas.
 */
export const fontMetricsWidth: TextMeasurer = (text, fontSize, bold) => {
  let units = 0;
  for (const char of text) units += advance(char);
  return (units / 1000) * fontSize * SAFETY * (bold ? BOLD_FACTOR : 1);
};
