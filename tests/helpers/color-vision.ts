// Colour vision deficiency simulation with the matrices of Machado, Oliveira and
// Fernandes, "A Physiologically-based Model for Simulation of Color Vision
// Deficiency" (IEEE TVCG 15(6), 2009), severity 1.0, applied in linear sRGB.
import type { Rgba } from '../../src/chart/contrast.js';

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'greyscale';

const MATRICES: Record<'protanopia' | 'deuteranopia', number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

const toLinear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const toByte = (v: number) => {
  const c = Math.min(1, Math.max(0, v));
  return Math.round(255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055));
};

/** The colour as a reader with the given vision sees it. */
export function simulate(color: Rgba, vision: Vision): Rgba {
  if (vision === 'normal') return color;
  const linear = [color.r, color.g, color.b].map(toLinear);
  if (vision === 'greyscale') {
    const y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    return { r: toByte(y), g: toByte(y), b: toByte(y), a: color.a };
  }
  const [r, g, b] = MATRICES[vision].map((row) => toByte(row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]));
  return { r, g, b, a: color.a };
}
