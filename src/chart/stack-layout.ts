import { stack, stackOffsetExpand, stackOffsetNone } from 'd3-shape';
import { barLabelColumn, rowLabel, type PlacedText } from './bar-layout.js';
import type { Box } from './boxes.js';
import type { FrameSizes } from './layout.js';
import { linear } from './scale/linear.js';

/** How the parts of a category are drawn: one bar of parts, bars side by side, or one bar of parts scaled to 100%. */
export type StackMode = 'stacked' | 'grouped' | 'percent';

/** One value: the part `series` of the category `category`. */
export interface StackDatum {
  id: string;
  category: string;
  series: string;
  value: number;
  /** The value as its label writes it. */
  valueText: string;
}

/** How the layout writes the numbers it works out itself. */
export interface StackTexts {
  /** A category's total, at the end of its stacked bar. */
  total: (total: number) => string;
  /** A percentage, 0–100: a part's share of its bar at 100%, and the frame's ticks. */
  percent: (percent: number) => string;
}

export interface PlacedSegment extends StackDatum {
  /** Its series' place in the key (and its colour). */
  seriesIndex: number;
  /** Its share of its category's total, 0–1. */
  share: number;
  box: Box;
  /** Its number: inside the segment where it fits (stacked, percent), past the bar's end (grouped). */
  label?: { text: string; x: number; y: number; inside: boolean };
  /** What pointer and keyboard focus use. */
  hit: Box;
}

export interface PlacedCategory {
  label: string;
  labelText: PlacedText;
  /** The sum of its parts, at the end of its stacked bar. */
  total?: { value: number; text: string; x: number; y: number };
  /** The whole bar (stacked, percent) or the group of bars. */
  bar: Box;
}

/** The 0–100 frame of bars at 100%: ticks labelled above the bars, and a rule at each from `top` to `bottom` (none where they are equal). */
export interface StackFrame {
  /** `x` is the rule's; `labelX` its label's, kept a pixel inside the drawing at either end. */
  ticks: { percent: number; x: number; labelX: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
  labelY: number;
  top: number;
  bottom: number;
}

export interface StackLayout {
  width: number;
  height: number;
  mode: StackMode;
  /** The series in the key's order: as they first appear in the data. */
  series: string[];
  categories: PlacedCategory[];
  /** Category by category, series by series: the reading order. */
  segments: PlacedSegment[];
  frame?: StackFrame;
  labelSize: number;
  valueSize: number;
  axisSize: number;
}

export const stackDefaults = {
  /** Tall enough for a number inside, and a tap target of 24 px. */
  barHeight: 24,
  /** Side by side, each bar thinner, with a gap so that a bar and its neighbour's number never touch. */
  groupBarHeight: 20,
  groupGap: 4,
  rowGap: 14,
  /** Labels above their bars: more room above a label than between it and its bar. */
  compactRowGap: 18,
  labelLines: 3,
  /** Room a number inside a segment keeps from the segment's ends. */
  inset: 4,
  ticks: [0, 25, 50, 75, 100],
  /** Between the frame's tick labels and the first bar. */
  frameGap: 8,
};

const keyOf = (category: string, series: string) => JSON.stringify([category, series]);

/**
 * Horizontal bars of the parts of each category, categories and series in the
 * order they first appear. `stacked`: the parts end to end (d3-shape's stack),
 * the total past the bar. `percent`: the same scaled so that each bar is 100%,
 * in a 0–100 frame. `grouped`: one bar per part, side by side on one scale.
 * A number goes inside its segment only where it fits with room to spare;
 * wide, labels in a column to the left; compact, above their bars.
 */
export function layoutStacks(data: StackDatum[], mode: StackMode, sizes: FrameSizes, texts: StackTexts): StackLayout {
  const { width, compact, labelSize, valueSize, axisSize, gap, measure } = sizes;
  const { barHeight, groupBarHeight, groupGap, labelLines, inset, frameGap } = stackDefaults;
  const rowGap = compact ? stackDefaults.compactRowGap : stackDefaults.rowGap;
  const categories = [...new Set(data.map((d) => d.category))];
  const series = [...new Set(data.map((d) => d.series))];
  const values = new Map(data.map((d) => [keyOf(d.category, d.series), d]));
  const valueOf = (category: string, part: string) => values.get(keyOf(category, part))?.value ?? 0;
  // One row per category, one layer per series (a part a category lacks is 0 there): [start, end] of each part.
  const layers = stack<string, string>().keys(series).value(valueOf)
    .offset(mode === 'percent' ? stackOffsetExpand : stackOffsetNone)(categories);
  const totals = categories.map((category) => series.reduce((sum, part) => sum + valueOf(category, part), 0));
  const totalTexts = totals.map(texts.total);

  const valueWidth = (text: string) => measure.width(text, valueSize, true);
  // The numbers past the bars' ends: the totals of stacked bars, every value of grouped ones; none at 100%.
  const outside = mode === 'stacked' ? totalTexts : mode === 'grouped' ? data.map((d) => d.valueText) : [];
  const valueReserve = outside.length ? Math.max(...outside.map(valueWidth)) + gap : 0;
  const labelColumn = compact ? 0 : barLabelColumn(categories, sizes);
  const barStart = compact ? 0 : labelColumn + gap;
  const barSpace = Math.max(20, width - barStart - valueReserve);
  const max = mode === 'percent' ? 1 : Math.max(0, ...(mode === 'grouped' ? data.map((d) => d.value) : totals));
  const x = linear([0, max || 1], [0, barSpace]);
  const blockHeight = mode === 'grouped' ? series.length * groupBarHeight + (series.length - 1) * groupGap : barHeight;

  // At 100%, the frame's labels above the first bar.
  let y = mode === 'percent' ? axisSize + frameGap : 0;
  const top = y;
  const segments: PlacedSegment[] = [];
  const placed = categories.map((category, i): PlacedCategory => {
    // Side by side, a group ends with its last bar: a series it lacks at the end leaves no gap, and its label centres on the bars it has.
    const slots = series.reduce((last, part, k) => (values.has(keyOf(category, part)) ? k + 1 : last), 0);
    const ownHeight = mode === 'grouped' ? slots * groupBarHeight + (slots - 1) * groupGap : blockHeight;
    const { labelText, markY: barY, bottom } = rowLabel(category, y, ownHeight, labelColumn, sizes, labelLines);
    const middle = (top: number, height: number) => top + height / 2 + valueSize * 0.35;
    series.forEach((part, k) => {
      const datum = values.get(keyOf(category, part));
      if (!datum) return;
      const share = totals[i] ? datum.value / totals[i] : 0;
      if (mode === 'grouped') {
        const box = { x: barStart, y: barY + k * (groupBarHeight + groupGap), width: Math.max(datum.value > 0 ? 1 : 0, x(datum.value)), height: groupBarHeight };
        const label = { text: datum.valueText, x: barStart + box.width + gap, y: middle(box.y, groupBarHeight), inside: false };
        const hit = { x: 0, y: box.y - groupGap / 2, width: label.x + valueWidth(label.text), height: groupBarHeight + groupGap };
        segments.push({ ...datum, seriesIndex: k, share, box, label, hit });
        return;
      }
      const [start, end] = layers[k][i];
      const box = { x: barStart + x(start), y: barY, width: x(end) - x(start), height: barHeight };
      const text = mode === 'percent' ? texts.percent(share * 100) : datum.valueText;
      const fits = box.width >= valueWidth(text) + 2 * inset;
      segments.push({
        ...datum, seriesIndex: k, share, box,
        ...(fits ? { label: { text, x: box.x + box.width / 2, y: middle(barY, barHeight), inside: true } } : {}),
        hit: box,
      });
    });
    const bar = { x: barStart, y: barY, width: mode === 'grouped' ? barSpace : x(mode === 'percent' ? 1 : totals[i]), height: ownHeight };
    y = bottom + rowGap;
    return {
      label: category, labelText, bar,
      ...(mode === 'stacked' ? { total: { value: totals[i], text: totalTexts[i], x: barStart + bar.width + gap, y: middle(barY, barHeight) } } : {}),
    };
  });
  const bottom = Math.max(top, y - rowGap);
  const frame: StackFrame | undefined = mode === 'percent' ? {
    ticks: stackDefaults.ticks.map((percent, i, all) => {
      const at = barStart + x(percent / 100);
      const anchor = i === 0 ? 'start' : i === all.length - 1 ? 'end' : 'middle';
      return { percent, x: at, labelX: at + (anchor === 'start' ? 1 : anchor === 'end' ? -1 : 0), text: texts.percent(percent), anchor };
    }),
    // Wide, a rule at each tick runs down between the bars; compact, the labels above the bars would cross it.
    labelY: axisSize * 0.85, top, bottom: compact ? top : bottom,
  } : undefined;
  return { width, height: Math.ceil(bottom), mode, series, categories: placed, segments, frame, labelSize, valueSize, axisSize };
}
