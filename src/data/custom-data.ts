import type { Dataset, Figure, Source, Unit } from './types.js';

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
}

/** What can be wrong with a developer's data; custom-data-problems.ts words each in English and Spanish. */
export type CustomDataProblem = 'json' | 'shape' | 'no-sources' | 'no-data' | 'unit' | 'title' | 'subtitle'
  | 'source-fields' | 'source-year' | 'source-url' | 'source-twice'
  | 'value-shape' | 'no-label' | 'not-number' | 'negative' | 'too-large' | 'label-twice' | 'no-source' | 'unknown-source' | 'period' | 'not-text';

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
    throw new CustomDataError('json', [(error as Error).message]);
  }
}

/**
 * Checks a developer's data and turns it into a dataset the charts can draw,
 * each value a figure with its source. Throws CustomDataError on the first
 * problem: missing or unknown sources, values that are not numbers, repeated
 * categories, malformed periods or units.
 */
export function checkCustomData(input: unknown): Dataset {
  if (!isObject(input)) throw new CustomDataError('shape');
  const { sources, data, unit = 'count', source: defaultSource, title = '', subtitle } = input;
  if (!Array.isArray(sources) || sources.length === 0) throw new CustomDataError('no-sources');
  if (!Array.isArray(data) || data.length === 0) throw new CustomDataError('no-data');
  if (!UNITS.includes(unit as Unit)) throw new CustomDataError('unit', [unit, UNITS.join(', ')]);
  if (typeof title !== 'string') throw new CustomDataError('title');
  if (subtitle !== undefined && typeof subtitle !== 'string') throw new CustomDataError('subtitle');

  const cslSources: Source[] = sources.map((s, i) => {
    if (!isObject(s) || !text(s.id) || !text(s.title)) throw new CustomDataError('source-fields', [i + 1]);
    if (s.year !== undefined && !Number.isInteger(s.year)) throw new CustomDataError('source-year', [s.id]);
    if (s.url !== undefined && !(typeof s.url === 'string' && /^https?:\/\//.test(s.url))) throw new CustomDataError('source-url', [s.id]);
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
  if (repeatedSource) throw new CustomDataError('source-twice', [repeatedSource]);

  const known = sourceIds.map((s) => `"${s}"`).join(', ');
  const seen = new Map<string, number>();
  const figures: Figure[] = data.map((d, i) => {
    if (!isObject(d)) throw new CustomDataError('value-shape', [i + 1]);
    // A year is often written as a number: 2018 is the label "2018".
    const label = typeof d.label === 'number' && Number.isFinite(d.label) ? String(d.label) : text(d.label) ? d.label.trim() : '';
    if (!label) throw new CustomDataError('no-label', [i + 1]);
    const problem = (kind: CustomDataProblem, ...details: unknown[]) => new CustomDataError(kind, [i + 1, label, ...details]);
    if (typeof d.value !== 'number' || !Number.isFinite(d.value)) throw problem('not-number', JSON.stringify(d.value));
    // Bars and lines here start at zero: a negative value would be drawn as nothing, or below the axis.
    if (d.value < 0) throw problem('negative', d.value);
    // Past 2^53 a number is not stored exactly, and its ticks run to hundreds of digits.
    if (d.value > Number.MAX_SAFE_INTEGER) throw problem('too-large', d.value);
    if (seen.has(label)) throw new CustomDataError('label-twice', [label, seen.get(label)! + 1, i + 1]);
    seen.set(label, i);
    const sourceId = d.source ?? defaultSource;
    if (!text(sourceId)) throw problem('no-source', known);
    if (!sourceIds.includes(sourceId)) throw problem('unknown-source', sourceId, known);
    if (d.period !== undefined && !(typeof d.period === 'string' && PERIOD.test(d.period))) throw problem('period', JSON.stringify(d.period));
    for (const key of ['locator', 'evidence'] as const) {
      if (d[key] !== undefined && typeof d[key] !== 'string') throw problem('not-text', key);
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
      ...(typeof d.locator === 'string' ? { locator: { section: '', text: d.locator } } : {}),
      ...(typeof d.evidence === 'string' ? { evidence: d.evidence } : {}),
    };
  });
  return { version: CUSTOM_VERSION, sources: cslSources, figures, tables: [], conflicts: [] };
}
