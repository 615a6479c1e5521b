import { textMeasure, type TextMeasure, type TextMeasurer } from './text.js';

/** Sizes shared by every chart, by available width (240–1200 px: a 280 px phone less its page margins). */
export interface FrameSizes {
  width: number;
  /** Narrow layout: labels above bars, fewer ticks. */
  compact: boolean;
  labelSize: number;
  valueSize: number;
  axisSize: number;
  /** Gap between a mark and its text. */
  gap: number;
  /** How the layout measures its text: in the chart's drawing font where a browser lays it out. */
  measure: TextMeasure;
}

export const MIN_WIDTH = 240;
export const MAX_WIDTH = 1200;
export const COMPACT_BELOW = 520;

/** The sizes for a chart `width` px wide (clamped to the supported range), its text measured by `measurer` (estimated without one). */
export function frameSizes(width: number, measurer?: TextMeasurer): FrameSizes {
  const w = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.round(width) || 640));
  const compact = w < COMPACT_BELOW;
  return {
    width: w,
    compact,
    labelSize: compact ? 13 : 14,
    valueSize: compact ? 13 : 14,
    axisSize: 12,
    gap: 6,
    measure: textMeasure(measurer),
  };
}
