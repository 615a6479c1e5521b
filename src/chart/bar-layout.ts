import type { Box } from './boxes.js';
import type { FrameSizes } from './layout.js';
import { linear } from './scale/linear.js';

/** One bar to draw: its category label and value, already formatted. */
export interface BarDatum {
  id: string;
  label: string;
  value: number;
  valueText: string;
  highlight?: boolean;
  /** Drawn lighter: a derived figure. */
  muted?: boolean;
  /** Everything else ("other states"): set a little apart when it ends the list. */
  remainder?: boolean;
  /** A lower bound ("at least 31"): the bar's end is left open, its edges running on dashed. */
  open?: boolean;
}

export interface PlacedText {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  lineHeight: number;
  anchor: 'start' | 'end';
}

/** A short note on one bar, the event or caveat that explains it ("counted to May 2024"). */
export interface BarCallout {
  /** The bar it belongs to. */
  id: string;
  text: string;
}

export interface PlacedCallout {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  lineHeight: number;
  /** Beside the value or under the bar. */
  beside: boolean;
}

export interface PlacedBar extends BarDatum {
  bar: Box;
  /** The whole of the scale behind a share's bar (0 to 100), when the panel draws one. */
  track?: Box;
  callout?: PlacedCallout;
  /** How far an open end's dashed edges run past the bar. */
  openEnd: number;
  labelText: PlacedText;
  valueLabel: { text: string; x: number; y: number };
  /** The whole row: what pointer and keyboard focus use. */
  hit: Box;
}

export interface BarLayout {
  width: number;
  height: number;
  bars: PlacedBar[];
  labelSize: number;
  valueSize: number;
  calloutSize: number;
}

/** What a panel of bars may add to its bars. */
export interface BarOptions {
  /** The value at the end of the scale (100 for shares of a whole); the largest value by default. */
  max?: number;
  /** The label column's width, shared with other panels. */
  labelColumn?: number;
  /** The room for values, shared with panels on one scale so that their bars share a length per unit. */
  valueColumn?: number;
  /** Draw the whole scale behind each bar, faintly: a share read as part of its whole. */
  track?: boolean;
  callout?: BarCallout;
}

export const barDefaults = {
  barHeight: 20,
  compactBarHeight: 16,
  rowGap: 10,
  /** Labels above their bars: more room above a label than between it and its bar, so that neither reads as the bar above's. */
  compactRowGap: 16,
  /** Extra space before a muted remainder ("other states") so it does not read as one more item. */
  remainderGap: 10,
  maxLabelShare: 0.45,
  /** A long name (a period, what was counted and by whom) takes a third line before it is shortened. */
  labelLines: 3,
  /** A callout beside its value sits this many gaps past it, set apart from the number. */
  calloutGaps: 3,
  /** A callout too long to sit beside its value goes under the bar, in at most this many lines. */
  calloutLines: 3,
  /** How far a lower bound's open end runs past its bar. */
  openEnd: 8,
};

/**
 * Horizontal bars, one row each, in the given order. Wide: labels in a column
 * to the left, right-aligned. Compact: labels above their bars. Values sit just
 * past the end of each bar, so they never collide with the bar or the label.
 */
export function layoutBars(data: BarDatum[], sizes: FrameSizes, options: BarOptions = {}): BarLayout {
  const { width, compact, labelSize, valueSize, gap, measure } = sizes;
  const { max: maxValue, labelColumn: labelColumnWidth, valueColumn } = options;
  // Smaller than a label, never under 12 px on screen.
  const calloutSize = Math.max(12, labelSize - 1);
  const calloutLineHeight = Math.round(calloutSize * 1.3);
  const barHeight = compact ? barDefaults.compactBarHeight : barDefaults.barHeight;
  const rowGap = compact ? barDefaults.compactRowGap : barDefaults.rowGap;
  const valueWidth = (d: BarDatum) => measure.width(d.valueText, valueSize, true);
  const valueReserve = Math.max(valueColumn ?? 0, ...data.map(valueWidth)) + gap + (data.some((d) => d.open) ? barDefaults.openEnd : 0);
  const labelColumn = compact ? 0 : labelColumnWidth ?? barLabelColumn(data.map((d) => d.label), sizes);
  const barStart = compact ? 0 : labelColumn + gap;
  const barSpace = Math.max(20, width - barStart - valueReserve);
  const max = maxValue ?? Math.max(0, ...data.map((d) => d.value));
  const x = linear([0, max || 1], [0, barSpace]);

  let y = 0;
  const bars = data.map((datum, index): PlacedBar => {
    // Only before a remainder that ends the list: any other bar, derived or not, keeps the rows' pitch.
    if (datum.remainder && index && index === data.length - 1) y += barDefaults.remainderGap;
    const rowTop = y;
    const { labelText, markY: barY, bottom } = rowLabel(datum.label, rowTop, barHeight, labelColumn, sizes, barDefaults.labelLines);
    const barWidth = Math.max(datum.value > 0 ? 1 : 0, x(datum.value));
    const openEnd = datum.open ? barDefaults.openEnd : 0;
    const valueLabel = { text: datum.valueText, x: barStart + barWidth + openEnd + gap, y: barY + barHeight / 2 + valueSize * 0.35 };
    let rowBottom = bottom;
    let callout: PlacedCallout | undefined;
    if (options.callout?.id === datum.id) {
      callout = placeCallout(options.callout.text, valueLabel.x + measure.width(datum.valueText, valueSize, true), valueLabel.y, barY + barHeight, barStart);
      if (!callout.beside) rowBottom = Math.max(rowBottom, callout.y + (callout.lines.length - 1) * calloutLineHeight + calloutSize * 0.3);
    }
    y = rowBottom + rowGap;
    return {
      ...datum,
      bar: { x: barStart, y: barY, width: barWidth, height: barHeight },
      openEnd,
      ...(options.track ? { track: { x: barStart, y: barY, width: x(max || 1), height: barHeight } } : {}),
      ...(callout ? { callout } : {}),
      labelText,
      valueLabel,
      hit: { x: 0, y: rowTop, width, height: rowBottom - rowTop },
    };
  });
  // No axis line: the bars start at zero, and each is labelled.
  return { width, height: Math.ceil(Math.max(0, y - rowGap)), bars, labelSize, valueSize, calloutSize };

  /**
   * A callout beside its bar's value when it fits on that line, set apart from
   * the number; otherwise under the bar, from where the bar starts, wrapped to the chart's width.
   */
  function placeCallout(text: string, valueEnd: number, baseline: number, barBottom: number, start: number): PlacedCallout {
    const x = valueEnd + barDefaults.calloutGaps * gap;
    const beside = x + measure.width(text, calloutSize) <= width;
    return beside
      ? { lines: [text], x, y: baseline, lineHeight: calloutLineHeight, beside }
      : { lines: measure.wrap(text, width - start, calloutSize, barDefaults.calloutLines), x: start, y: barBottom + 4 + calloutSize, lineHeight: calloutLineHeight, beside };
  }
}

/** A row's label and where its marks stand: compact, the label above them; wide, in the label column, centred on them. */
export function rowLabel(label: string, rowTop: number, markHeight: number, labelColumn: number, sizes: FrameSizes, maxLines: number): { labelText: PlacedText; markY: number; bottom: number } {
  const { width, compact, labelSize, gap, measure } = sizes;
  // 1.35: Firefox draws text boxes taller than Chromium; two-line labels must not touch.
  const lineHeight = Math.round(labelSize * 1.35);
  const lines = measure.wrap(label, compact ? width : labelColumn - gap, labelSize, maxLines);
  const labelHeight = lines.length * lineHeight;
  const rowHeight = Math.max(markHeight, labelHeight);
  const labelText: PlacedText = compact
    ? { lines, x: 0, y: rowTop + labelSize, lineHeight, anchor: 'start' }
    : { lines, x: labelColumn, anchor: 'end', lineHeight, y: rowTop + (rowHeight - labelHeight) / 2 + labelSize * 0.95 };
  // Compact, the label a little apart from its marks, so that it reads as theirs and not the row above's.
  const markY = compact ? rowTop + labelHeight + 7 : rowTop + (rowHeight - markHeight) / 2;
  return { labelText, markY, bottom: Math.max(markY + markHeight, labelText.y + (lines.length - 1) * lineHeight + labelSize * 0.3) };
}

/** The width of the widest of these value labels. */
export function barValueColumn(values: string[], sizes: FrameSizes): number {
  return Math.max(0, ...values.map((v) => sizes.measure.width(v, sizes.valueSize, true)));
}

/** The width of the label column for these labels (wide layout), capped at a share of the chart. */
export function barLabelColumn(labels: string[], sizes: FrameSizes): number {
  return Math.min(sizes.width * barDefaults.maxLabelShare, Math.max(0, ...labels.map((l) => sizes.measure.width(l, sizes.labelSize))) + sizes.gap);
}
