import { capped, echo, ECHO_LENGTH } from './echo.js';
import type { Dataset, Figure, Qualifier, Source, Unit } from './types.js';

/** A source as a developer writes it for <cifras-chart>. */
export interface CustomSource {
  id: string;
  title: string;
  author?: string;
  publisher?: string;
  year?: number;
  url?: string;
}

/** One value of a developer's chart, with where it comes from. */
export interface CustomValue {
  /** Text, or a number (a year, say). */
  label: string | number;
  value: number;
  /** Id of one of `sources`; defaults to the chart's `source`. */
  source?: string;
  /** YYYY, YYYY-MM, YYYY-MM-DD or an interval of those. */
  period?: string;
  /** Where in the source: "Table 2, p. 14". */
  locator?: string;
  /** The words of the source that state the value. */
  evidence?: string;
  /**
   * The part of the category the value is (text): rows that share a `label` and differ by `series` are
   * the parts of one bar, stacked or side by side. Every row has one, or none does.
   */
  series?: string;
  /** How the source bounds the value: `exact` (default), `approx` ("about"), `at-least`, `at-most`. */
  qualifier?: Qualifier;
  /** A short note on the value's bar: the event or caveat that explains it ("counted to May 2024"). One row at most. */
  callout?: string;
}

/** A labelled line at a date or a shaded band over a period, on a `column` chart: sourced like a value. */
export interface CustomAnnotation {
  label: string;
  /** A date (YYYY, YYYY-MM, YYYY-MM-DD) or an interval of them: "2018-12/2024-09". */
  period: string;
  /** A line at the period's start, or a band over it; by default a line for a date, a band for an interval. */
  kind?: 'line' | 'band';
  /** Id of one of `sources`; defaults to the chart's `source`. */
  source?: string;
  locator?: string;
  evidence?: string;
}

/** What <cifras-chart> takes: a `data` property, or JSON in a child script. */
export interface CustomChartData {
  title?: string;
  subtitle?: string;
  unit?: Unit;
  /** The source of every value that names none. */
  source?: string;
  sources: CustomSource[];
  data: CustomValue[];
  /** Events drawn over a `column` chart, each within the years of its rows. */
  annotations?: CustomAnnotation[];
}

/** What can be wrong with a developer's data; custom-data-problems.ts words each in English and Spanish. */
export type CustomDataProblem = 'json' | 'shape' | 'no-sources' | 'no-data' | 'unit' | 'title' | 'subtitle'
  | 'source-fields' | 'source-year' | 'source-url' | 'source-twice'
  | 'value-shape' | 'no-label' | 'not-number' | 'not-finite' | 'negative' | 'too-large' | 'label-twice' | 'no-source' | 'unknown-source' | 'period' | 'not-text'
  | 'unknown-state' | 'state-twice' | 'qualifier' | 'no-period' | 'type'
  | 'callout-many' | 'series-some' | 'series-twice' | 'series-many' | 'series-type' | 'stack-negative' | 'layout' | 'share' | 'share-unit'
  | 'annotations' | 'annotation-shape' | 'annotation-label' | 'annotation-period' | 'annotation-kind' | 'annotation-source' | 'annotation-text' | 'annotation-range';

/**
 * Thrown for data a chart cannot draw: `problem` names what is wrong and `details` where ("Value 2", its label…).
 * Its words load only when a page's data has a problem, in the chart's language; `customDataset` from
 * `cifras/data` gives its errors their English message.
 */
export class CustomDataError extends Error {
  override readonly name = 'CustomDataError';

  constructor(readonly problem: CustomDataProblem, readonly details: unknown[] = []) {
    super(problem);
  }
}

const UNITS: readonly Unit[] = ['count', 'percent', 'percentage-points', 'per-100k', 'mxn', 'usd', 'times', 'kg', 'tonnes', 'litres', 'years'];
const DATE = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';
const PERIOD = new RegExp(`^${DATE}(/${DATE})?$`);

/** The dataset version of a developer's own data: not a version of the Cifras dataset. */
export const CUSTOM_VERSION = 'custom';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Parses JSON text, keeping the parser's complaint when it is not JSON. */
export function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new CustomDataError('json', [capped(String((error as Error).message), 2 * ECHO_LENGTH)]);
  }
}

const SOURCE_FIELDS = ['id', 'title', 'author', 'publisher', 'year', 'url'] as const satisfies readonly (keyof CustomSource)[];
const VALUE_FIELDS = ['label', 'value', 'source', 'period', 'locator', 'evidence', 'series', 'qualifier', 'callout'] as const satisfies readonly (keyof CustomValue)[];
const ANNOTATION_FIELDS = ['label', 'period', 'kind', 'source', 'locator', 'evidence'] as const satisfies readonly (keyof CustomAnnotation)[];
const CHART_FIELDS = ['title', 'subtitle', 'unit', 'source', 'sources', 'data', 'annotations'] as const satisfies readonly (keyof CustomChartData)[];
const QUALIFIERS: readonly Qualifier[] = ['exact', 'approx', 'at-least', 'at-most'];

/** The named fields of an object, each read once; those it does not have (or that are undefined) left out. */
function pick(value: unknown, fields: readonly string[], inner: Partial<Record<string, (v: unknown) => unknown>> = {}): unknown {
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const field of fields) {
    const read = value[field];
    if (read !== undefined) copy[field] = inner[field] ? inner[field](read) : read;
  }
  return copy;
}

/** Each element of an array, read once. */
const each = (list: unknown, item: (v: unknown) => unknown): unknown => {
  if (!Array.isArray(list)) return list;
  const length = list.length;
  return Array.from({ length }, (_, i) => item(list[i]));
};

/**
 * A developer's data as plain values: every field the format defines read once (a getter runs once,
 * so what is checked is what is drawn) and nothing else (no "apiKey" travels into an embed snippet).
 * Data that throws as it is read is data of the wrong shape.
 */
export function copyCustomData(input: unknown): unknown {
  try {
    return pick(input, CHART_FIELDS, {
      sources: (list) => each(list, (s) => pick(s, SOURCE_FIELDS)),
      data: (list) => each(list, (d) => pick(d, VALUE_FIELDS)),
      annotations: (list) => each(list, (a) => pick(a, ANNOTATION_FIELDS)),
    });
  } catch {
    throw new CustomDataError('shape');
  }
}

/** The most series one chart tells apart: one colour each of the series palette (series-colours.styles.ts), none twice. */
export const MAX_SERIES = 5;

/** The first and last year a period covers: "2018-12/2024-09" is [2018, 2024]. */
const yearsOf = (period: string): [number, number] => {
  const [first, last = first] = period.split('/');
  return [Number(first.slice(0, 4)), Number(last.slice(0, 4))];
};

/**
 * Checks a developer's data and turns it into a dataset the charts can draw,
 * each value a figure with its source, each annotation an event figure after
 * them. Throws CustomDataError on the first problem: missing or unknown
 * sources, values that are not numbers, repeated categories (a category and
 * series, where rows have a series), a series on only some rows, malformed
 * periods, qualifiers or units, annotations outside the rows' years. `timed`:
 * the chart places every row by its period (a `column` chart), so each needs one.
 */
export function checkCustomData(data: unknown, timed = false): Dataset {
  // Checked and drawn from one copy: read again, a getter could pass the check and give something else.
  const input = copyCustomData(data);
  if (!isObject(input)) throw new CustomDataError('shape');
  const { sources, data: values, unit = 'count', source: defaultSource, title = '', subtitle, annotations = [] } = input;
  if (!Array.isArray(sources) || sources.length === 0) throw new CustomDataError('no-sources');
  if (!Array.isArray(values) || values.length === 0) throw new CustomDataError('no-data');
  if (!UNITS.includes(unit as Unit)) throw new CustomDataError('unit', [echo(unit), UNITS.join(', ')]);
  if (typeof title !== 'string') throw new CustomDataError('title');
  if (subtitle !== undefined && typeof subtitle !== 'string') throw new CustomDataError('subtitle');

  const cslSources: Source[] = sources.map((s, i) => {
    if (!isObject(s) || !text(s.id) || !text(s.title)) throw new CustomDataError('source-fields', [i + 1]);
    if (s.year !== undefined && !Number.isInteger(s.year)) throw new CustomDataError('source-year', [capped(s.id)]);
    if (s.url !== undefined && !(typeof s.url === 'string' && /^https?:\/\//.test(s.url))) throw new CustomDataError('source-url', [capped(s.id)]);
    return {
      id: s.id, type: 'document', title: s.title,
      ...(text(s.author) ? { author: [{ literal: s.author }] } : {}),
      ...(text(s.publisher) ? { publisher: s.publisher } : {}),
      ...(s.year !== undefined ? { issued: { 'date-parts': [[s.year as number]] } } : {}),
      ...(typeof s.url === 'string' ? { URL: s.url } : {}),
      custom: { kind: 'document' as const },
    };
  });
  const sourceIds = cslSources.map((s) => s.id);
  const repeatedSource = sourceIds.find((id, i) => sourceIds.indexOf(id) !== i);
  if (repeatedSource) throw new CustomDataError('source-twice', [capped(repeatedSource)]);

  const known = sourceIds.map((s) => echo(s)).join(', ');
  const seen = new Map<string, number>();
  // Series on every row or on none: a row without one would be a bar of its own among the parts of others.
  const withSeries = values.findIndex((d) => isObject(d) && d.series !== undefined);
  let calledOut = -1;
  const series = new Set<string>();
  const figures: Figure[] = values.map((d, i) => {
    if (!isObject(d)) throw new CustomDataError('value-shape', [i + 1]);
    // A year is often written as a number: 2018 is the label "2018".
    const label = typeof d.label === 'number' && Number.isFinite(d.label) ? String(d.label) : text(d.label) ? d.label.trim() : '';
    if (!label) throw new CustomDataError('no-label', [i + 1]);
    const problem = (kind: CustomDataProblem, ...details: unknown[]) => new CustomDataError(kind, [i + 1, capped(label), ...details]);
    if (typeof d.value !== 'number') throw problem('not-number', d.value === undefined ? undefined : echo(d.value));
    if (!Number.isFinite(d.value)) throw problem('not-finite', String(d.value));
    // Bars and lines here start at zero: a negative value would be drawn as nothing, or below the axis.
    if (withSeries >= 0 && d.series === undefined) throw problem('series-some', withSeries + 1);
    if (d.series !== undefined && !text(d.series)) throw problem('not-text', 'series');
    const part = typeof d.series === 'string' ? d.series.trim() : undefined;
    // A part of a stack below zero would be drawn over the parts before it.
    if (d.value < 0) throw part === undefined ? problem('negative', d.value) : problem('stack-negative', capped(part), d.value);
    // Past 2^53 a number is not stored exactly, and its ticks run to hundreds of digits.
    if (d.value > Number.MAX_SAFE_INTEGER) throw problem('too-large', d.value);
    const key = part === undefined ? label : JSON.stringify([label, part]);
    if (seen.has(key)) {
      throw part === undefined ? new CustomDataError('label-twice', [capped(label), seen.get(key)! + 1, i + 1])
        : new CustomDataError('series-twice', [capped(label), capped(part), seen.get(key)! + 1, i + 1]);
    }
    seen.set(key, i);
    if (part !== undefined && series.add(part).size > MAX_SERIES) throw new CustomDataError('series-many', [MAX_SERIES, [...series].map((s) => capped(s)).join(', ')]);
    const sourceId = d.source ?? defaultSource;
    if (!text(sourceId)) throw problem('no-source', known);
    if (!sourceIds.includes(sourceId)) throw problem('unknown-source', capped(sourceId), known);
    if (d.period !== undefined && !(typeof d.period === 'string' && PERIOD.test(d.period))) throw problem('period', echo(d.period));
    if (timed && d.period === undefined) throw problem('no-period');
    if (d.qualifier !== undefined && !QUALIFIERS.includes(d.qualifier as Qualifier)) throw problem('qualifier', echo(d.qualifier), QUALIFIERS.join(', '));
    for (const key of ['locator', 'evidence', 'callout'] as const) {
      if (d[key] !== undefined && typeof d[key] !== 'string') throw problem('not-text', key);
    }
    // One note on the bar that matters: several would compete with each other and with the title.
    if (typeof d.callout === 'string' && d.callout.trim()) {
      if (calledOut >= 0) throw new CustomDataError('callout-many', [calledOut + 1, i + 1]);
      calledOut = i;
    }
    return {
      id: `data.${i + 1}`,
      value: d.value,
      unit: unit as Unit,
      measure: { en: title || label, es: title || label },
      label: { en: label, es: label },
      period: (d.period as string | undefined) ?? '',
      geography: '',
      source: sourceId,
      ...(d.qualifier !== undefined && d.qualifier !== 'exact' ? { qualifier: d.qualifier as Qualifier } : {}),
      ...(typeof d.locator === 'string' ? { locator: { section: '', text: d.locator } } : {}),
      ...(typeof d.evidence === 'string' ? { evidence: d.evidence } : {}),
      ...(part !== undefined ? { series: part } : {}),
      ...(typeof d.callout === 'string' && d.callout.trim() ? { callout: d.callout.trim() } : {}),
    };
  });

  if (!Array.isArray(annotations)) throw new CustomDataError('annotations');
  // The years the rows cover: an annotation outside them points at nothing the chart draws.
  const rowYears = figures.filter((f) => f.period).flatMap((f) => yearsOf(f.period));
  const [first, last] = [Math.min(...rowYears), Math.max(...rowYears)];
  const events: Figure[] = annotations.map((a, i) => {
    if (!isObject(a)) throw new CustomDataError('annotation-shape', [i + 1]);
    if (!text(a.label)) throw new CustomDataError('annotation-label', [i + 1]);
    const label = a.label.trim();
    const problem = (kind: CustomDataProblem, ...details: unknown[]) => new CustomDataError(kind, [i + 1, capped(label), ...details]);
    if (!(typeof a.period === 'string' && PERIOD.test(a.period))) throw problem('annotation-period', echo(a.period));
    if (a.kind !== undefined && a.kind !== 'line' && a.kind !== 'band') throw problem('annotation-kind', echo(a.kind));
    const sourceId = a.source ?? defaultSource;
    if (!text(sourceId) || !sourceIds.includes(sourceId)) throw problem('annotation-source', sourceId === undefined ? '' : echo(sourceId), known);
    for (const key of ['locator', 'evidence'] as const) {
      if (a[key] !== undefined && typeof a[key] !== 'string') throw problem('annotation-text', key);
    }
    const [from, to] = yearsOf(a.period);
    if (!rowYears.length || from < first || to > last) throw problem('annotation-range', a.period, rowYears.length ? (first === last ? String(first) : `${first}–${last}`) : '');
    return {
      id: `annotation.${i + 1}`,
      // A date is a line and an interval a band, unless the data says otherwise.
      event: (a.kind as 'line' | 'band' | undefined) ?? (a.period.includes('/') ? 'band' : 'line'),
      value: 0,
      unit: unit as Unit,
      measure: { en: label, es: label },
      label: { en: label, es: label },
      period: a.period,
      geography: '',
      source: sourceId,
      ...(typeof a.locator === 'string' ? { locator: { section: '', text: a.locator } } : {}),
      ...(typeof a.evidence === 'string' ? { evidence: a.evidence } : {}),
    };
  });
  return { version: CUSTOM_VERSION, sources: cslSources, figures: [...figures, ...events], tables: [], conflicts: [] };
}

/** How a map reads the states its values name (src/chart/places.ts): passed in, so that the data layer needs no chart code. */
export interface StateNames {
  /** The ISO 3166-2:MX code of a name as written ("CDMX", "Michoacán de Ocampo", "MX-MIC"), or undefined. */
  code: (name: string) => string | undefined;
  /** A state's own name, by code. */
  name: (code: string) => string;
  /** The names of the states closest to a name that is none ("did you mean"): the search loads with the map's code, not with the chart. */
  closest: (name: string) => string[];
}

/**
 * A checked dataset of a map: each value's label names a state (placed in the
 * figure's `geography`), once. Throws CustomDataError for a label that names
 * no state (with the closest states' names) or a state named twice.
 */
export function placeStates(dataset: Dataset, states: StateNames): Dataset {
  const seen = new Map<string, number>();
  const figures = dataset.figures.map((figure, i) => {
    if (figure.event) return figure;
    const label = figure.label!.en;
    const code = states.code(label);
    if (!code) throw new CustomDataError('unknown-state', [i + 1, capped(label), states.closest(label).join(', ')]);
    const first = seen.get(code);
    if (first !== undefined) throw new CustomDataError('state-twice', [states.name(code), first + 1, i + 1]);
    seen.set(code, i);
    return { ...figure, geography: code };
  });
  return { ...dataset, figures };
}
