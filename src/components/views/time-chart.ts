import type { TemplateResult } from 'lit';
import type { Figure } from '../../data/types.js';
import type { ChartContext } from '../frame/chart-element.js';
import type { ChartSpec, SpecContext } from '../frame/chart-spec.js';

export type TimeModel = typeof import('./time-model.js');

/** The time axis's layout, drawing and styles, loaded when a chart on it first lays out. */
export const TIME_CODE = { name: 'time', load: (): Promise<TimeModel> => import('./time-model.js') };

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

/** The chart spec of columns on a true time axis: every year its place, gaps left empty, annotations above. */
export function timeChart<W, H = unknown>(spec: TimeSpec<W, H>): ChartSpec<W, H> {
  return {
    ...spec,
    figures: (c) => [...new Set([
      ...spec.columns(c).map((column) => column.figure),
      ...(spec.annotations?.(c) ?? []).map((a) => a.figure),
      ...(spec.noteFigures?.(c) ?? []),
    ])],
    code: [TIME_CODE],
    model: (c, context) => (c.code.time as TimeModel).timeModel(spec.columns(c), spec.annotations?.(c) ?? [], spec.copy(c, context), context, spec.domain),
  };
}

