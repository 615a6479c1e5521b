import { parseColor, type Rgba } from '../../src/chart/contrast.js';

/** A computed colour as RGBA; throws for anything else (a pattern, `none`). */
export const color = (text: string): Rgba => {
  const parsed = parseColor(text);
  if (!parsed) throw new Error(`not a colour: ${text}`);
  return parsed;
};

/** What is drawn behind the element: its own background, else the nearest ancestor's, else white. */
export function backdrop(el: Element): Rgba {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const c = parseColor(getComputedStyle(node).backgroundColor);
    if (c && c.a >= 0.5) return c;
  }
  return { r: 255, g: 255, b: 255, a: 1 };
}
