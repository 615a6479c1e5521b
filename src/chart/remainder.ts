import type { Figure } from '../data/types.js';

/**
 * A figure for "everything else": the total minus the figures shown, carried as
 * a derived figure with its arithmetic, so its footnote can show the sum.
 */
export function remainderFigure(total: Figure, shown: Figure[], template: Figure): Figure {
  const inputs: Record<string, string> = { total: total.id };
  shown.forEach((figure, i) => { inputs[`part${i + 1}`] = figure.id; });
  const value = shown.reduce((rest, figure) => rest - figure.value, total.value);
  return {
    ...template,
    id: `${template.id}.remainder-${shown.length}`,
    value,
    evidence: undefined,
    locator: undefined,
    derived: {
      formula: ['total', ...shown.map((_, i) => `part${i + 1}`)].join(' - '),
      inputs,
      decimals: 0,
    },
  };
}

/** Whether a figure is "everything else": a total (or 100%) less the figures beside it. */
export const isRemainder = (figure: Figure): boolean => /^(total|100) - /.test(figure.derived?.formula ?? '');
