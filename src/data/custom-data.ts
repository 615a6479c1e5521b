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
  label: string;
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

/** Thrown for data a chart cannot draw; the message names the problem and where it is. */
export class CustomDataError extends Error {
  override readonly name = 'CustomDataError';
}

const UNITS: readonly Unit[] = ['count', 'percent', 'percentage-points', 'per-100k', 'mxn', 'usd', 'times', 'kg', 'tonnes', 'litres', 'years'];
const DATE = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';
const PERIOD = new RegExp(`^${DATE}(/${DATE})?$`);

/** The dataset version of a developer's own data: not a version of the Cifras dataset. */
export const CUSTOM_VERSION = 'custom';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Parses JSON text, naming the parser's complaint when it is not JSON. */
export function parseCustomJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new CustomDataError(`The chart's data is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Checks a developer's data and turns it into a dataset the charts can draw,
 * each value a figure with its source. Throws CustomDataError on the first
 * problem: missing or unknown sources, values that are not numbers, repeated
 * categories, malformed periods or units.
 */
export function customDataset(input: unknown): Dataset {
  if (!isObject(input)) throw new CustomDataError('The chart\'s data must be an object with "sources" and "data".');
  const { sources, data, unit = 'count', source: defaultSource, title = '', subtitle } = input;
  if (!Array.isArray(sources) || sources.length === 0) throw new CustomDataError('The chart\'s data has no "sources": list at least one source, e.g. { "id": "inegi", "title": "…" }.');
  if (!Array.isArray(data) || data.length === 0) throw new CustomDataError('The chart\'s data has no "data": give an array of { "label", "value", "source" }.');
  if (!UNITS.includes(unit as Unit)) throw new CustomDataError(`"unit" is "${String(unit)}"; use one of ${UNITS.join(', ')}.`);
  if (typeof title !== 'string') throw new CustomDataError('"title" must be text.');
  if (subtitle !== undefined && typeof subtitle !== 'string') throw new CustomDataError('"subtitle" must be text.');

  const cslSources: Source[] = sources.map((s, i) => {
    if (!isObject(s) || !text(s.id) || !text(s.title)) throw new CustomDataError(`Source ${i + 1} needs an "id" and a "title".`);
    if (s.year !== undefined && !Number.isInteger(s.year)) throw new CustomDataError(`Source "${s.id}" has a "year" that is not a whole number.`);
    if (s.url !== undefined && !(typeof s.url === 'string' && /^https?:\/\//.test(s.url))) throw new CustomDataError(`Source "${s.id}" has a "url" that is not an http(s) address.`);
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
  if (repeatedSource) throw new CustomDataError(`Source id "${repeatedSource}" appears twice in "sources".`);

  const seen = new Map<string, number>();
  const figures: Figure[] = data.map((d, i) => {
    const where = `Value ${i + 1}`;
    if (!isObject(d)) throw new CustomDataError(`${where} is not an object with "label", "value" and "source".`);
    if (!text(d.label)) throw new CustomDataError(`${where} has no "label".`);
    const label = d.label.trim();
    if (typeof d.value !== 'number' || !Number.isFinite(d.value)) {
      throw new CustomDataError(`${where} ("${label}") is not a number: ${JSON.stringify(d.value) ?? 'nothing'}. Write numbers without quotes, e.g. "value": 36661.`);
    }
    // Bars and lines here start at zero: a negative value would be drawn as nothing, or below the axis.
    if (d.value < 0) throw new CustomDataError(`${where} ("${label}") is ${d.value}; these charts show counts and shares from zero, so values must be 0 or more.`);
    if (seen.has(label)) throw new CustomDataError(`Category "${label}" appears twice (values ${seen.get(label)! + 1} and ${i + 1}); each label must be unique.`);
    seen.set(label, i);
    const sourceId = d.source ?? defaultSource;
    if (!text(sourceId)) throw new CustomDataError(`${where} ("${label}") has no source: give it "source" naming one of ${sourceIds.map((s) => `"${s}"`).join(', ')}.`);
    if (!sourceIds.includes(sourceId)) throw new CustomDataError(`${where} ("${label}") names source "${sourceId}", which is not in "sources" (${sourceIds.map((s) => `"${s}"`).join(', ')}).`);
    if (d.period !== undefined && !(typeof d.period === 'string' && PERIOD.test(d.period))) {
      throw new CustomDataError(`${where} ("${label}") has period ${JSON.stringify(d.period)}; write YYYY, YYYY-MM, YYYY-MM-DD or start/end.`);
    }
    for (const key of ['locator', 'evidence'] as const) {
      if (d[key] !== undefined && typeof d[key] !== 'string') throw new CustomDataError(`${where} ("${label}") has a "${key}" that is not text.`);
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
