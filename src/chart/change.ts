import type { Figure } from '../data/types.js';
import { formatNumber } from './format.js';
import type { Lang } from './locale.js';

/** The change from one figure to another, when they measure in the same unit. */
export interface FigureChange {
  /** to − from, in the figures' unit (percentage points for percentages). */
  absolute: number;
  /** Relative change in per cent, when it means something (not for shares). */
  relative?: number;
}

/** The change from `from` to `to`, or undefined when their units differ. */
export function figureChange(from: Figure, to: Figure): FigureChange | undefined {
  if (from.unit !== to.unit) return undefined;
  const absolute = to.value - from.value;
  if (from.unit === 'percent' || from.value === 0) return { absolute };
  return { absolute, relative: (absolute / from.value) * 100 };
}

const signed = (value: number, lang: Lang, digits: number) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatNumber(Math.abs(value), lang, digits)}`;

/** What a change between two shares is counted in. */
const POINTS: Record<Lang, string> = { en: ' percentage points', es: ' puntos porcentuales' };

/** "+3,398 (+9.3%)", "+8.6 percentage points", "−24" */
export function formatChange(change: FigureChange, unit: Figure['unit'], lang: Lang): string {
  const points = unit === 'percent' ? POINTS[lang] : '';
  const absolute = `${signed(change.absolute, lang, 2)}${points}`;
  return change.relative === undefined ? absolute : `${absolute} (${signed(change.relative, lang, 1)}%)`;
}

/** The arithmetic behind a change, for its note: "33,287 − 36,685 = −3,398; −3,398 ÷ 36,685 = −9.3%". */
export function changeArithmetic(from: Figure, to: Figure, change: FigureChange, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, 2);
  // No-break spaces after an operator and round "=": a line may break only before an operator,
  // never leave "= −9.3%" alone.
  const absolute = `${n(to.value)} −\u00a0${n(from.value)}\u00a0=\u00a0${signed(change.absolute, lang, 2)}`;
  if (change.relative === undefined) return absolute;
  return `${absolute}; ${signed(change.absolute, lang, 2)} ÷\u00a0${n(from.value)}\u00a0=\u00a0${signed(change.relative, lang, 1)}%`;
}
