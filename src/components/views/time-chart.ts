import { css, html, type TemplateResult } from 'lit';
import { formatShort } from '../../chart/format.js';
import { periodExtent, layoutTimeColumns, type AnnotationInput } from '../../chart/time-columns.js';
import { periodPosition } from '../../chart/period.js';
import type { Figure } from '../../data/types.js';
import { renderTimeColumns } from './columns-view.js';
import { derivedKey } from './derived-key.js';
import type { ChartContext } from '../frame/chart-element.js';
import type { ChartSpec, SpecContext } from '../frame/chart-spec.js';
import type { ChartMark, ChartModel } from '../frame/chart-types.js';

/** A figure drawn as a column on the time axis. */
export interface TimeColumn {
  figure: Figure;
  /** The mark's name in its tooltip, the table and for a screen reader: "Dec 2023 · armed forces and National Guard (Elementa DDHH)". */
  label: string;
  highlight?: boolean;
  /** Which source's colour, where colour tells the sources apart (with a key). */
  series?: number;
  /** A value for each year of its period ("at least 30,000 a year, 2017–2022"): drawn across those years. */
  everyYear?: boolean;
  /** Where the column stands, where its period's end is not the date it counts (a count "at the end of the term"). */
  at?: number;
  /** The label over it, where it says more than the value ("at least 30,000 a year"). */
  valueText?: string;
}

/** A labelled line at a date or a shaded period, each from a figure of the documents. */
export interface TimeAnnotation {
  id: string;
  label: string;
  /** The figure that dates it: cited in the notes, the table and the sources like any figure. */
  figure: Figure;
  /** A line at the period's start, or a band over it (default), to `end` (a year position) where the figure's period stops short. */
  kind?: 'line' | 'band';
  end?: number;
  start?: number;
}

/** The words around the chart. */
export interface TimeCopy {
  title: string;
  subtitle?: string;
  summary: string;
  notes?: TemplateResult[];
  legend?: TemplateResult;
  /** What the horizontal axis is, for a screen reader: "Horizontal axis: years, 2012 to 2024". */
  axis: string;
  /** Said in a run of years with no figure: "no figures". */
  gap?: string;
}

/** Columns on a time axis, with their annotations and words. */
export interface TimeSpec<W, H = unknown> extends Omit<ChartSpec<W, H>, 'figures' | 'model'> {
  columns(c: SpecContext<W, H>): TimeColumn[];
  annotations?(c: SpecContext<W, H>): TimeAnnotation[];
  /** The years the axis spans, [first, end); by default the columns' and annotations' years. */
  domain?: [number, number];
  copy(c: SpecContext<W, H>, chart: ChartContext): TimeCopy;
  /** Figures cited in the notes but not drawn. */
  noteFigures?(c: SpecContext<W, H>): Figure[];
}

/** The styles of columns on a time axis and their annotations. */
export const timeColumnStyles = css`
  .visual .open-end { fill: none; stroke: var(--_mark); stroke-width: 1.5px; stroke-dasharray: 3 2; }
  .visual .highlight .open-end { stroke: var(--_highlight); }
  .visual .annotation .band { fill: none; }
  .visual .annotation .band.shaded { fill: var(--_text); fill-opacity: 0.06; }
  .visual .annotation .event { stroke: var(--_muted); stroke-dasharray: 4 3; }
  .visual .annotation-label, .visual .gap-label { fill: var(--_muted); }
  .visual .column-label { font-variant-numeric: tabular-nums; fill: var(--_text); paint-order: stroke; stroke: var(--_canvas); stroke-width: 3px; stroke-linejoin: round; }
  .visual .column-label.highlight { font-weight: 700; }
  .visual .x-axis line { stroke: var(--_muted); }
  @media (forced-colors: active) {
    .visual .open-end, .visual .annotation .event { stroke: CanvasText; }
    .visual .annotation .band.shaded { fill: CanvasText; fill-opacity: 0.12; }
    .visual .annotation-label, .visual .gap-label { fill: CanvasText; }
    .visual .x-axis line { stroke: GrayText; }
  }
`;


/** The chart spec of columns on a true time axis: every year its place, gaps left empty, annotations above. */
export function timeChart<W, H = unknown>(spec: TimeSpec<W, H>): ChartSpec<W, H> {
  return {
    ...spec,
    figures: (c) => [...new Set([
      ...spec.columns(c).map((column) => column.figure),
      ...(spec.annotations?.(c) ?? []).map((a) => a.figure),
      ...(spec.noteFigures?.(c) ?? []),
    ])],
    model: (c, context) => timeModel(spec.columns(c), spec.annotations?.(c) ?? [], spec.copy(c, context), context, spec.domain),
  };
}

/** Where an annotation lies on the axis: its figure's period, or the years given. */
export function annotationInput(a: TimeAnnotation): AnnotationInput {
  const [start, end] = periodExtent(a.figure.period);
  return { id: a.id, label: a.label, start: a.start ?? start, end: a.kind === 'line' ? undefined : (a.end ?? end) };
}

/** Columns on a time axis laid out for the context's width: the marks in time order. */
export function timeModel(columns: TimeColumn[], annotations: TimeAnnotation[], copy: TimeCopy, context: ChartContext, domain?: [number, number]): ChartModel {
  const { lang, sizes } = context;
  const inputs = columns.map((column) => {
    const { figure } = column;
    const [start, end] = periodExtent(figure.period);
    return {
      id: figure.id,
      position: column.at ?? (column.everyYear ? (start + end) / 2 : periodPosition(figure.period)),
      span: column.everyYear ? [start, end] as [number, number] : undefined,
      value: figure.value,
      valueText: column.valueText ?? formatShort(figure, lang),
      open: figure.qualifier === 'at-least' || figure.projection === true,
      highlight: column.highlight,
      muted: Boolean(figure.derived),
      series: column.series,
    };
  });
  const placed = annotations.map(annotationInput);
  const years = [...inputs.flatMap((c) => c.span ?? [c.position]), ...placed.flatMap((a) => [a.start, a.end ?? a.start])];
  const layout = layoutTimeColumns({
    columns: inputs,
    annotations: placed,
    domain: domain ?? [Math.floor(Math.min(...years)), Math.ceil(Math.max(...years))],
    tick: (value) => formatShort({ value, unit: columns[0]?.figure.unit ?? 'count', qualifier: 'exact' }, lang),
    gapText: copy.gap,
  }, sizes);
  const byId = new Map(columns.map((column) => [column.figure.id, column]));
  const marks: ChartMark[] = [...layout.spans, ...layout.columns].sort((a, b) => a.position - b.position || a.x - b.x)
    .map((c) => ({ figure: byId.get(c.id)!.figure, label: byId.get(c.id)!.label, hit: c.hit }));
  return {
    title: copy.title,
    subtitle: copy.subtitle,
    summary: copy.summary,
    notes: copy.notes,
    legend: layout.columns.some((c) => c.muted) ? html`${copy.legend}${derivedKey(context.t)}` : copy.legend,
    width: layout.width,
    height: layout.height,
    marks,
    visual: renderTimeColumns(layout, copy.axis),
  };
}
