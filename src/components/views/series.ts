import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye } from 'd3-shape';

const SHAPES = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolWye];

/** The series (source document) index → a distinct shape, so colour is never the only cue. */
export function seriesSymbol(index: number, size = 64): string {
  return symbol(SHAPES[index % SHAPES.length], size)() ?? '';
}
