import type { TextMeasurer } from '../../chart/text.js';

let context: CanvasRenderingContext2D | null | undefined;
/** What was last given to `context.font`: setting it parses the font again, even when it is the same. */
let contextFont = '';
const cache = new Map<string, number>();

/**
 * The browser's own text measurement (canvas measureText) in a given font
 * family, so labels are fitted to the font the reader actually sees.
 * Undefined where there is no canvas (the layout then estimates).
 */
export function canvasMeasurer(fontFamily: string): TextMeasurer | undefined {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return undefined;
  return (text, fontSize, bold) => {
    const font = `${bold ? 'bold ' : ''}${fontSize}px ${fontFamily}`;
    const key = `${font}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (font !== contextFont) ctx.font = contextFont = font;
      // A hair over the measured width: SVG and canvas round differently.
      width = ctx.measureText(text).width * 1.03 + 1;
      if (cache.size > 5000) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
}
