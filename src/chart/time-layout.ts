import { line } from 'd3-shape';
import type { Box } from './boxes.js';
import { textBox } from './boxes.js';
import type { FrameSizes } from './layout.js';
import { linear } from './scale/linear.js';
import { periodPosition } from './period.js';
import { placeLabels, type Obstacle, type PlacedLabel } from './place-labels.js';
import type { TextMeasure } from './text.js';
import { valueTicks, yearTicks } from './scale/ticks.js';

/** A value at a point in time, or held over an interval (`start`–`end`, in years). */
export interface TimeDatum {
  id: string;
  /** Position on the time axis, in (fractional) years. */
  position: number;
  /** For a value that holds over a span of years. */
  span?: [number, number];
  /** A whole calendar year, which may join its neighbours in a line. */
  year?: number;
  value: number;
  series: string;
  /** Drawn hollow: a bound ("at least") or a projection rather than a count. */
  open?: boolean;
  labelText: string;
}

export interface TimePanelInput {
  id: string;
  title: string;
  data: TimeDatum[];
  /** Formats a y-axis tick. */
  tick: (value: number) => string;
}

export interface PlacedPoint extends TimeDatum {
  x: number;
  y: number;
  hit: Box;
}

export interface TimePanel {
  id: string;
  titleLines: string[];
  titleY: number;
  titleLineHeight: number;
  top: number;
  height: number;
  yTicks: { y: number; label: string }[];
  points: PlacedPoint[];
  /** A value held over years, drawn as a band from the value up to the panel's top. */
  ranges: (PlacedPoint & { x1: number; x2: number; top: number })[];
  /** One path per series, broken wherever a year is missing. */
  lines: { series: string; d: string }[];
  labels: PlacedLabel[];
}

export interface TimeLayout {
  width: number;
  axisSize: number;
  labelSize: number;
  titleSize: number;
  height: number;
  axisY: number;
  xTicks: { x: number; label: string }[];
  panels: TimePanel[];
}

export const timeDefaults = {
  panelHeight: 190, compactPanelHeight: 160, titleSize: 13, titleGap: 14, panelGap: 18, axisBlock: 22, pointRadius: 4.5, dodge: 12, yearLabelSpacing: 60,
  /**
   * Past this many points a panel is dense, as Datawrapper and Plot treat a long series: its marks stay where
   * their values put them (spread apart, they would run off the chart) and only its ends and extremes are labelled.
   */
  dense: 100,
};

/**
 * Panels stacked on one shared time axis. A line joins a series' values only
 * between consecutive calendar years; a gap in the data is a gap in the line.
 */
export function layoutTime(panels: TimePanelInput[], domain: [number, number], sizes: FrameSizes, categories?: { position: number; label: string }[]): TimeLayout {
  const { width, compact, axisSize, labelSize, measure } = sizes;
  const panelHeight = compact ? timeDefaults.compactPanelHeight : timeDefaults.panelHeight;
  const x = linear(domain, [4, width - 4]);
  let top = 0;
  const placedPanels = panels.map((panel): TimePanel => {
    const titleLines = measure.wrap(panel.title, width - 12, timeDefaults.titleSize, 3, true);
    const titleLineHeight = Math.round(timeDefaults.titleSize * 1.3);
    const plotTop = top + titleLines.length * titleLineHeight + timeDefaults.titleGap;
    const plotBottom = plotTop + panelHeight;
    const max = Math.max(1, ...panel.data.map((d) => d.value));
    const ticks = valueTicks(max * 1.1, panelHeight, 45);
    const y = linear([0, ticks[ticks.length - 1]], [plotBottom, plotTop + 8]);
    const topTickY = plotTop + 8;
    const place = (d: TimeDatum): PlacedPoint => {
      const px = x(d.position);
      const py = y(d.value);
      const r = timeDefaults.pointRadius + 6;
      return { ...d, x: px, y: py, hit: { x: px - r, y: py - r, width: 2 * r, height: 2 * r } };
    };
    const placedPoints = panel.data.filter((d) => !d.span).map(place);
    const dense = placedPoints.length > timeDefaults.dense;
    const points = dense ? placedPoints : dodge(placedPoints, width);
    const ranges = panel.data.filter((d) => d.span).map((d) => {
      const p = place(d);
      const [x1, x2] = d.span!.map((v) => x(v));
      // Up to the top gridline, not past it.
      return { ...p, x1, x2, top: topTickY, hit: { x: x1, y: p.y - 8, width: x2 - x1, height: 16 } };
    });
    const draw = line<PlacedPoint>().x((p) => p.x).y((p) => p.y);
    const lines = [...new Set(points.map((p) => p.series))].flatMap((series) => {
      const yearly = points.filter((p) => p.series === series && p.year !== undefined).sort((a, b) => a.year! - b.year!);
      return consecutiveRuns(yearly).map((run) => ({ series, d: draw(run) ?? '' }));
    });
    const yTicks = ticks.map((value) => ({ y: y(value), label: panel.tick(value) }));
    const labelled = dense ? new Set(endsAndExtremes(points)) : new Set(points);
    const obstacles: Obstacle[] = [
      ...yTicks.map((t) => textBox(0, t.y - 3, measure.width(t.label, axisSize), axisSize)),
      // Diamonds and triangles reach 7.5 px above or below their centre. Among a dense panel's marks no label
      // could keep clear of them all: the labelled ones keep their room, and the halo sets a label off the rest.
      ...points.filter((p) => labelled.has(p)).map((p) => ({ id: p.id, x: p.x - 5, y: p.y - 7, width: 10, height: 14, mark: true })),
      // A label may come closer to a band's floor than to a point: a figure's value just above the line
      // does not read as the band's, and the room lets the points inside a band keep their labels.
      ...ranges.map((r) => ({ id: r.id, x: r.x1, y: r.y - 2, width: r.x2 - r.x1, height: 4, clearance: 4 })),
    ];
    const candidates = [
      ...points.filter((p) => labelled.has(p)).map((p) => ({ id: p.id, text: p.labelText, x: p.x, y: p.y, value: p.value })),
      // A band's label may sit anywhere along it: its middle first, then a quarter in from either end.
      // It names no point, so it keeps well away from their sides, where it would read as one's ("■ ≥30,000").
      ...ranges.map((r) => ({
        id: r.id, text: r.labelText, x: (r.x1 + r.x2) / 2, y: r.y, value: r.value, along: [(3 * r.x1 + r.x2) / 4, (r.x1 + 3 * r.x2) / 4], sideClearance: 30, clearance: 12,
      })),
    ].sort((a, b) => b.value - a.value).map((c) => ({ ...c, fontSize: labelSize - 1 }));
    const labels = placeLabels(candidates, obstacles, { x: 0, y: plotTop - 4, width, height: plotBottom - plotTop + 4 }, measure);
    const result: TimePanel = {
      id: panel.id, titleLines, titleLineHeight, titleY: top + timeDefaults.titleSize, top: plotTop, height: panelHeight,
      yTicks, points, ranges, lines, labels,
    };
    top = plotBottom + timeDefaults.panelGap;
    return result;
  });
  const axisY = top - timeDefaults.panelGap;
  // A year's tick sits mid-year, so the last labelled year is the one before the domain ends.
  const xTicks = categories
    ? thinLabels(categories, x, width, axisSize, measure)
    : yearTicks(domain[0], domain[1] - 1, width, timeDefaults.yearLabelSpacing - 12).map((year) => ({ x: x(year + 0.5), label: String(year) }));
  return { width, axisSize, labelSize: labelSize - 1, titleSize: timeDefaults.titleSize, height: axisY + timeDefaults.axisBlock, axisY, xTicks, panels: placedPanels };
}

/**
 * Where categories in order sit on a time axis, and its domain: by their periods' places in time when
 * `periods` are given (2018, 2019 and 2022 are not evenly spaced), else one to a slot; the domain reaches half
 * the closest gap (a year at most) beyond each end.
 */
export function categoryAxis(count: number, periods?: string[]): { positions: number[]; domain: [number, number] } {
  const positions = Array.from({ length: count }, (_, i) => (periods ? periodPosition(periods[i]) : i + 0.5));
  const gap = Math.min(1, ...positions.slice(1).map((p, i) => p - positions[i]).filter((d) => d > 0));
  return { positions, domain: [positions[0] - gap / 2, positions[count - 1] + gap / 2] };
}

/** The first and last points along x, the highest and the lowest, each once, in their order. */
export function endsAndExtremes<T extends { x: number; value: number }>(points: T[]): T[] {
  const pick = (better: (a: T, b: T) => boolean) => points.reduce((best, p) => (better(p, best) ? p : best), points[0]);
  const kept = new Set([pick((a, b) => a.x < b.x), pick((a, b) => a.x > b.x), pick((a, b) => a.value > b.value), pick((a, b) => a.value < b.value)]);
  return points.filter((p) => kept.has(p));
}

/** Runs of two or more points in consecutive calendar years (each run is one line). */
export function consecutiveRuns<T extends { year?: number }>(sorted: T[]): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const point of sorted) {
    if (run.length && point.year !== run[run.length - 1].year! + 1) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
    run.push(point);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/**
 * Spreads marks that would overlap sideways, so no mark hides another: marks
 * closer than a dodge step in both directions form a group, centred where the
 * group was (but inside the chart's width), each a step from the next. A
 * spread group that now meets a neighbour takes it in, and is spread again.
 */
function dodge(points: PlacedPoint[], width: number): PlacedPoint[] {
  const step = timeDefaults.dodge;
  // Symbols reach a little past the circle's radius.
  const edge = timeDefaults.pointRadius + 2;
  const x = new Map(points.map((p) => [p, p.x]));
  // Neighbours along one series' line, both still at their years, are a line, not marks on top of each other.
  const moved = (p: PlacedPoint) => x.get(p) !== p.x;
  const clash = (a: PlacedPoint, b: PlacedPoint) => Math.abs(x.get(a)! - x.get(b)!) < step - 0.5 && Math.abs(a.y - b.y) < step
    && (a.series !== b.series || Math.abs(a.x - b.x) < step / 2 || moved(a) || moved(b));
  for (let round = 0; round < 4; round++) {
    const groups: PlacedPoint[][] = [];
    for (const point of [...points].sort((a, b) => x.get(a)! - x.get(b)!)) {
      const group = groups.find((g) => g.some((other) => clash(other, point)));
      if (group) group.push(point);
      else groups.push([point]);
    }
    if (groups.every((g) => g.length === 1)) break;
    for (const group of groups.filter((g) => g.length > 1)) {
      const half = ((group.length - 1) / 2) * step;
      const mean = group.reduce((sum, p) => sum + x.get(p)!, 0) / group.length;
      const centre = Math.max(edge + half, Math.min(width - edge - half, mean));
      group.forEach((point, i) => x.set(point, centre - half + i * step));
    }
  }
  return points.map((point) => {
    const shift = x.get(point)! - point.x;
    return shift ? { ...point, x: point.x + shift, hit: { ...point.hit, x: point.hit.x + shift } } : point;
  });
}

/**
 * Category labels that sit apart, each centred on its position (inside the width), the earlier kept
 * first: with positions in time (a line through 2018, 2019 and 2022) the gaps differ. Long labels are shortened.
 */
function thinLabels(categories: { position: number; label: string }[], x: (position: number) => number, width: number, size: number, measure: TextMeasure): { x: number; label: string }[] {
  const room = Math.max(90, width / Math.max(1, categories.length) - 10);
  const kept: { x: number; label: string }[] = [];
  let end = -Infinity;
  for (const c of categories) {
    const label = measure.truncate(c.label, room, size);
    const half = measure.width(label, size) / 2;
    const centre = Math.max(half, Math.min(width - half, x(c.position)));
    if (centre - half < end + 10) continue;
    kept.push({ x: centre, label });
    end = centre + half;
  }
  return kept;
}
