/** An axis-aligned rectangle. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box, tolerance = 0.5): boolean {
  return a.x + a.width - tolerance > b.x && b.x + b.width - tolerance > a.x
    && a.y + a.height - tolerance > b.y && b.y + b.height - tolerance > a.y;
}

/** Every pair of indices whose boxes overlap. */
export function overlappingPairs(boxes: Box[], tolerance = 0.5): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i], boxes[j], tolerance)) pairs.push([i, j]);
  }
  return pairs;
}

/**
 * The box a browser draws for a text at (x, y), baseline at y: the font's
 * ascent and descent, about 1.25 em tall (Firefox's boxes run taller than Chromium's).
 */
export function textBox(x: number, y: number, width: number, fontSize: number, anchor: 'start' | 'middle' | 'end' = 'start'): Box {
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { x: left, y: y - fontSize * 0.98, width, height: fontSize * 1.25 };
}
