import { boxesOverlap, textBox, type Box } from './boxes.js';
import type { FrameSizes } from './layout.js';
import { linear } from './scale/linear.js';
import type { LabelCandidate, PlacedLabel } from './place-labels.js';
import type { TextMeasure } from './text.js';
import { valueTicks, yearTicks } from './scale/ticks.js';

/** A value drawn as a column on a time axis (positions in fractional years). */
export interface ColumnInput {
  id: string;
  /** Where the column stands: the middle of a year (2019.5), or a date ("December 2023": 2023.96). */
  position: number;
  /** A value that holds over a run of years ("at least 30,000 every year from 2017 to 2022"): drawn across them, behind the columns. */
  span?: [number, number];
  value: number;
  /** The value as a label says it: a number, a bound in words ("at least 30,000"). */
  valueText: string;
  /** A bound ("at least") or a projection: drawn with an open top. */
  open?: boolean;
  highlight?: boolean;
  /** Worked out from other figures: hatched. */
  muted?: boolean;
  /** Index of the series (one per source) where colour tells sources apart. */
  series?: number;
}

/** A labelled line at a date, or a shaded band over a period, on the time axis. */
export interface AnnotationInput {
  id: string;
  label: string;
  start: number;
  /** A band's end; a line has none. */
  end?: number;
}

export interface TimeColumnsInput {
  columns: ColumnInput[];
  annotations?: AnnotationInput[];
  /** The years the axis spans, [first, end): every year inside takes its place, with or without data. */
  domain: [number, number];
  tick: (value: number) => string;
  /** Words for a run of years with no figure ("no figures"), drawn in the gap where they fit. */
  gapText?: string;
}

export interface PlacedColumn extends ColumnInput {
  x: number;
  width: number;
  /** Top of the column (the value). */
  y: number;
  /** How far above the value an open top's sides reach. */
  openTop: number;
  hit: Box;
}

export interface PlacedAnnotation extends AnnotationInput {
  x1: number;
  x2?: number;
  lines: string[];
  /** Where its label starts and its first line's baseline. */
  labelX: number;
  labelY: number;
  box: Box;
  /** Bands side by side (one term after another) are shaded one in two, so that they do not merge into one. */
  shaded: boolean;
}

/** Consecutive years no figure covers: a gap on the axis, left empty. */
export interface YearGap {
  from: number;
  to: number;
  x1: number;
  x2: number;
}

export interface TimeColumnsLayout {
  width: number;
  height: number;
  axisSize: number;
  labelSize: number;
  plotLeft: number;
  plotTop: number;
  baseline: number;
  yTicks: { y: number; label: string }[];
  /** Every year's place on the axis: its edges, for a short tick. */
  yearEdges: number[];
  xTicks: { x: number; label: string }[];
  columns: PlacedColumn[];
  /** Multi-year values, drawn behind the columns. */
  spans: PlacedColumn[];
  labels: PlacedLabel[];
  annotations: PlacedAnnotation[];
  gaps: (YearGap & { text?: { x: number; y: number; text: string } })[];
}

export const columnDefaults = {
  plotHeight: 240, compactPlotHeight: 190, maxColumn: 44, minColumn: 7, columnShare: 0.7, pairGap: 2,
  openTop: 12, annotationSize: 12, annotationLine: 17, annotationGap: 6, axisBlock: 24, yearLabelWidth: 34,
  /** Tap targets: at least this wide, where the column's neighbours leave room. */
  minHit: 24,
};

/** The year positions [start, end) of a period's whole extent: "2019" is [2019, 2020], "2018-12/2024-05" is [2018.92, 2024.42]. */
export function periodExtent(period: string): [number, number] {
  const [first, last = first] = period.split('/');
  const at = (text: string, end: boolean) => {
    const [year, month] = text.split('-').map(Number);
    if (month === undefined) return year + (end ? 1 : 0);
    return year + (month - (end ? 0 : 1)) / 12;
  };
  return [at(first, false), at(last, true)];
}

/**
 * Columns on a true time axis: each year takes the same width whether a figure
 * covers it or not, so a year without data is an empty place, not a squeezed
 * axis. Columns whose places overlap (two counts of one year, a December and an
 * April) stand side by side as a pair, centred where they were. Annotations'
 * labels take rows above the plot, where no mark can be, each row clear of the
 * other labels in it.
 */
export function layoutTimeColumns(input: TimeColumnsInput, sizes: FrameSizes): TimeColumnsLayout {
  const { width, compact, axisSize, labelSize, measure } = sizes;
  const d = columnDefaults;
  const plotHeight = compact ? d.compactPlotHeight : d.plotHeight;
  const values = input.columns.map((c) => c.value);
  const ticks = valueTicks(Math.max(1, ...values) * 1.12, plotHeight, 42);
  const tickLabels = ticks.map(input.tick);
  // The value axis' labels sit in a margin of their own: a column never runs under them.
  const plotLeft = Math.ceil(Math.max(...tickLabels.map((label) => measure.width(label, axisSize)))) + 8;
  const [first, end] = input.domain;
  const x = linear([first, end], [plotLeft, width - 2]);
  const year = x(first + 1) - x(first);

  // Annotation labels in rows above the plot.
  const annotations = placeAnnotations(input.annotations ?? [], x, plotLeft, width, measure);
  const rows = annotations.reduce((n, a) => Math.max(n, a.rowEnd), 0);
  const plotTop = rows ? rows * d.annotationLine + d.annotationGap + 4 : 4;
  const labelRoom = labelSize + d.openTop + 4;
  const baseline = plotTop + labelRoom + plotHeight;
  const y = linear([0, ticks[ticks.length - 1]], [baseline, plotTop + labelRoom]);
  for (const a of annotations) a.labelY = a.row * d.annotationLine + d.annotationSize;

  // Columns that would overlap make a group, side by side.
  const standing = input.columns.filter((c) => !c.span).sort((a, b) => a.position - b.position);
  // Never wider than its year leaves room for: where years are narrower than the minimum (decades at a
  // phone's width), neighbouring years' columns thin rather than merge into one group pushed off its dates.
  const single = Math.min(year - d.pairGap, Math.max(d.minColumn, Math.min(d.maxColumn, year * d.columnShare)));
  const groups: ColumnInput[][] = [];
  for (const column of standing) {
    const last = groups[groups.length - 1];
    if (last && x(column.position) - x(last[last.length - 1].position) < single + d.pairGap) last.push(column);
    else groups.push([column]);
  }
  const columns: PlacedColumn[] = groups.flatMap((group) => {
    const each = Math.max(Math.min(d.minColumn, single), Math.min(single, (year * 0.96) / group.length - d.pairGap));
    const total = group.length * each + (group.length - 1) * d.pairGap;
    const centre = group.reduce((sum, c) => sum + x(c.position), 0) / group.length;
    const left = Math.max(plotLeft, Math.min(width - 2 - total, centre - total / 2));
    return group.map((column, i) => {
      const cx = left + i * (each + d.pairGap);
      const top = y(column.value);
      const openTop = column.open ? d.openTop : 0;
      const hitWidth = Math.max(each, Math.min(d.minHit, each + d.pairGap));
      const hitTop = Math.min(top - openTop, baseline - d.minHit);
      return { ...column, x: cx, width: each, y: top, openTop, hit: { x: cx + each / 2 - hitWidth / 2, y: hitTop, width: hitWidth, height: baseline - hitTop } };
    });
  });
  const spans: PlacedColumn[] = input.columns.filter((c) => c.span).map((column) => {
    const [x1, x2] = column.span!.map(x);
    const top = y(column.value);
    const openTop = column.open ? d.openTop : 0;
    return { ...column, x: x1, width: x2 - x1, y: top, openTop, hit: { x: x1, y: top - Math.max(openTop, 6), width: x2 - x1, height: Math.max(openTop, 6) + 6 } };
  });

  const yTicks = ticks.map((value, i) => ({ y: y(value), label: tickLabels[i] }));
  const obstacles: (Box & { id?: string })[] = [
    ...yTicks.map((t) => textBox(0, t.y + axisSize * 0.35, measure.width(t.label, axisSize), axisSize)),
    ...columns.map((c) => ({ id: c.id, x: c.x, y: c.y - c.openTop, width: c.width, height: baseline - c.y + c.openTop })),
    ...spans.map((s) => ({ id: s.id, x: s.x, y: s.y - s.openTop, width: s.width, height: s.openTop + 2 })),
  ];
  // A multi-year value's label comes after the columns': it may sit anywhere along its years, they only over themselves.
  const spanIds = new Set(spans.map((s) => s.id));
  // A column that ends just under a multi-year value has its label over that value's top, not squeezed beneath it.
  const labelBase = (c: PlacedColumn) => Math.min(c.y - c.openTop, ...spans
    .filter((s) => s.x < c.x + c.width && c.x < s.x + s.width && s.y < c.y && c.y - s.y < labelSize + 10).map((s) => s.y - s.openTop));
  const candidates = [
    ...columns.map((c) => ({ id: c.id, text: c.valueText, x: c.x + c.width / 2, y: labelBase(c), fontSize: labelSize - 1, bold: c.highlight, highlight: c.highlight, value: c.value })),
    // A span's label may sit anywhere along it, clear of the columns that stand through it.
    ...spans.map((s) => ({
      id: s.id, text: s.valueText, x: s.x + s.width / 2, y: s.y - s.openTop, fontSize: labelSize - 1, bold: s.highlight, highlight: s.highlight, value: s.value,
      along: [s.x + s.width / 4, s.x + (3 * s.width) / 4, s.x + s.width / 8, s.x + (7 * s.width) / 8],
      // Last, beside its start (the years before may be empty), level with its line.
      before: { x: s.x, y: s.y },
    })),
  ].sort((a, b) => Number(b.highlight ?? false) - Number(a.highlight ?? false) || Number(spanIds.has(a.id)) - Number(spanIds.has(b.id)) || b.value - a.value);
  // A label with no room (a pair's middle column, say) is left out, its value in the tooltip and the table.
  const labels = placeColumnLabels(candidates, obstacles, { x: plotLeft, y: plotTop, width: width - plotLeft, height: baseline - plotTop }, measure);

  // Years no figure covers, and runs of them: left empty on the axis.
  const covered = (yr: number) => input.columns.some((c) => (c.span ? c.span[0] <= yr && yr + 1 <= c.span[1] : Math.floor(c.position) === yr));
  const gaps: TimeColumnsLayout['gaps'] = [];
  for (let yr = Math.ceil(first); yr < end; yr++) {
    if (covered(yr)) continue;
    const last = gaps[gaps.length - 1];
    if (last && last.to === yr - 1) {
      last.to = yr;
      last.x2 = x(yr + 1);
    } else gaps.push({ from: yr, to: yr, x1: x(yr), x2: x(yr + 1) });
  }
  const gapSize = axisSize;
  for (const gap of gaps) {
    if (!input.gapText || gap.to - gap.from < 1) continue;
    const room = gap.x2 - gap.x1 - 8;
    const text = { x: (gap.x1 + gap.x2) / 2, y: baseline - 8, text: input.gapText };
    if (measure.width(input.gapText, gapSize) <= room && !labels.some((l) => l.box.x < gap.x2 && l.box.x + l.box.width > gap.x1 && l.box.y + l.box.height > baseline - 8 - gapSize * 1.2)) gap.text = text;
  }

  const yearEdges = Array.from({ length: Math.floor(end - Math.ceil(first)) + 1 }, (_, i) => x(Math.ceil(first) + i));
  const xTicks = yearTicks(Math.ceil(first), Math.ceil(end) - 1, width - plotLeft, d.yearLabelWidth)
    .filter((yr) => yr >= first && yr + 1 <= end)
    .map((yr) => {
      // Under its year, and inside the width: the last year's label may not stick out.
      const half = measure.width(String(yr), axisSize) / 2 + 1;
      return { x: Math.max(plotLeft + half, Math.min(width - half, x(yr + 0.5))), label: String(yr) };
    });
  return {
    width, height: baseline + d.axisBlock, axisSize, labelSize: labelSize - 1, plotLeft, plotTop, baseline,
    yTicks, yearEdges, xTicks, columns, spans, labels, gaps,
    annotations: annotations.map(({ row: _row, rowEnd: _end, width: w, ...a }) => {
      const box = textBox(a.labelX, a.labelY, w, d.annotationSize);
      return { ...a, box: { ...box, height: box.height + (a.lines.length - 1) * d.annotationLine } };
    }),
  };
}

/**
 * Rows for the annotations' labels, in order of their start: each label starts at its line or band
 * (ending at the plot's right edge where it would run past it; a line's then ends just left of it),
 * in the first row where it clears the labels already there by a word space. A line runs down from
 * its label to the axis, so it takes a row where it crosses no label below, and no label goes where
 * a line already runs. A label too long for the width wraps over two rows.
 */
function placeAnnotations(annotations: AnnotationInput[], x: (v: number) => number, left: number, width: number, measure: TextMeasure) {
  const d = columnDefaults;
  const taken: [number, number][][] = [];
  /** The lines placed, each from its label's first row down. */
  const verticals: { x: number; row: number }[] = [];
  let bands = 0;
  return [...annotations].sort((a, b) => a.start - b.start).map((annotation) => {
    const shaded = annotation.end !== undefined && bands++ % 2 === 0;
    const x1 = Math.max(left, x(annotation.start));
    const x2 = annotation.end === undefined ? undefined : Math.min(width, x(annotation.end));
    const lines = measure.wrap(annotation.label, width - left, d.annotationSize, 2);
    const w = Math.max(...lines.map((line) => measure.width(line, d.annotationSize)));
    // A line's label sits just right of it (left of it where the width ends first); a band's inside its left edge.
    const labelX = x2 === undefined && x1 + 4 + w > width && x1 - 4 - w >= left ? x1 - 4 - w : Math.max(left, Math.min(x1 + 4, width - w));
    const [from, to] = [labelX, labelX + w];
    let row = 0;
    const apart = (at: number, [a, b]: [number, number]) => at < a - 4 || at > b + 4;
    const clear = (r: number) => lines.every((_, k) => (taken[r + k] ?? []).every(([a, b]) => to + 8 <= a || b + 8 <= from));
    const uncrossed = (r: number) => clear(r) && verticals.every((v) => v.row >= r + lines.length || apart(v.x, [from, to]))
      && (x2 !== undefined || taken.slice(r + lines.length).every((spans) => spans.every((span) => apart(x1, span))));
    // Past the rows taken, only a line already under the label's span can cross it: then no row avoids it, and it is let be.
    const rows = taken.length;
    while (row <= rows && !uncrossed(row)) row++;
    if (row > rows) for (row = 0; !clear(row);) row++;
    for (let k = 0; k < lines.length; k++) (taken[row + k] ??= []).push([from, to]);
    if (x2 === undefined) verticals.push({ x: x1, row });
    return { ...annotation, x1, x2, lines, labelX, labelY: 0, row, rowEnd: row + lines.length, width: w, shaded };
  });
}



/** A column's label: as placeLabels' candidates, and where a multi-year value starts (its label may stand just before it, level with its line). */
type ColumnLabelCandidate = Pick<LabelCandidate, 'id' | 'text' | 'x' | 'y' | 'fontSize' | 'bold' | 'along'> & { before?: { x: number; y: number } };

/**
 * Each label over its column: centred, else starting or ending at its centre (over its own column
 * still, running over empty years or lower neighbours), in order of priority; a multi-year value's
 * label anywhere along it, or just before it. A label with no free place is left out, never drawn
 * over another label or another figure's mark: its value is in the tooltip and the table.
 */
function placeColumnLabels(candidates: ColumnLabelCandidate[], obstacles: (Box & { id?: string })[], bounds: Box, measure: TextMeasure): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const padded = (box: Box, pad: number) => ({ x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad });
  for (const c of candidates) {
    const w = measure.width(c.text, c.fontSize, c.bold);
    const above = c.y - 5 - c.fontSize * 0.27;
    const options: [number, number, PlacedLabel['anchor']][] = [
      ...[c.x, ...(c.along ?? [])].map((x): [number, number, PlacedLabel['anchor']] => [Math.max(bounds.x + w / 2 + 1, Math.min(bounds.x + bounds.width - w / 2 - 1, x)), above, 'middle']),
      [c.x, above, 'start'], [c.x, above, 'end'],
      // A line higher, over its column still, clear of a neighbour's label.
      [Math.max(bounds.x + w / 2 + 1, Math.min(bounds.x + bounds.width - w / 2 - 1, c.x)), above - c.fontSize * 1.6, 'middle'],
      ...(c.before === undefined ? [] : [[c.before.x - 5, c.before.y + c.fontSize * 0.35, 'end'] as [number, number, PlacedLabel['anchor']]]),
    ];
    for (const [x, y, anchor] of options) {
      const box = textBox(x, y, w, c.fontSize, anchor);
      const inside = box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
      if (!inside || placed.some((p) => boxesOverlap(padded(box, 4), p.box)) || obstacles.some((o) => o.id !== c.id && boxesOverlap(padded(box, 3), o))) continue;
      placed.push({ id: c.id, text: c.text, x, y, anchor, box });
      break;
    }
  }
  return placed;
}
