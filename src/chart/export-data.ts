import type { Catalog } from '../data/lookup.js';
import type { Figure } from '../data/types.js';
import { locatorText } from './footnotes.js';
import type { Lang } from './locale.js';

/** One row of a chart's data download: the figure and everything needed to check it. */
export interface DataRow {
  id: string;
  label: string;
  measure: string;
  /** Empty for an event (an annotation's date), which has no value. */
  value: number | '';
  unit: string;
  qualifier: string;
  period: string;
  geography: string;
  source: string;
  source_title: string;
  locator: string;
  evidence: string;
  notes: string;
  derived_formula: string;
  primary_source: string;
  dataset_version: string;
}

export const DATA_COLUMNS: (keyof DataRow)[] = ['id', 'label', 'measure', 'value', 'unit', 'qualifier', 'period', 'geography',
  'source', 'source_title', 'locator', 'evidence', 'notes', 'derived_formula', 'primary_source', 'dataset_version'];

/** The rows of exactly the figures a chart shows, in its order. */
export function dataRows(figures: Figure[], catalog: Catalog, lang: Lang, labels: Map<string, string> = new Map()): DataRow[] {
  return figures.map((f) => ({
    id: f.id,
    label: labels.get(f.id) ?? f.label?.[lang] ?? '',
    measure: f.measure[lang],
    value: f.event ? '' : f.value,
    unit: f.unit,
    qualifier: f.qualifier ?? 'exact',
    period: f.period,
    geography: f.geography,
    source: f.source,
    source_title: catalog.source(f.source).title,
    locator: locatorText(f.locator, lang),
    evidence: f.evidence ?? '',
    notes: f.notes?.[lang] ?? '',
    derived_formula: f.derived
      ? `${f.derived.formula} where ${Object.entries(f.derived.inputs).map(([name, id]) => `${name} = ${id}`).join(', ')}`
      : '',
    primary_source: f.primarySource ? catalog.source(f.primarySource).title : '',
    dataset_version: catalog.data.version,
  }));
}

/** Control characters (NUL, escape, DEL…) but tab and line breaks: nothing a reader needs, and a NUL can hide a formula. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Text a spreadsheet runs as a formula: a cell that starts with = + - @, a tab or a carriage return (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number as text ("-12", "-5%", "+3.5"), which a spreadsheet reads as a number, not a formula. */
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)*%?$/;
/** Separators of the common spreadsheet locales (comma, semicolon, tab), quotes and line breaks: the field is quoted. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const clean = value.replace(CONTROL, '');
  // A leading apostrophe keeps a formula as text; a spreadsheet in a ";" locale sees "a;=1+1" as one quoted cell.
  const text = FORMULA_START.test(clean) && !PLAIN_NUMBER.test(clean) ? `'${clean}` : clean;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with a header row, safe to open in a spreadsheet: text is never run as a formula
 * (OWASP's CSV-injection guidance), numbers stay numbers.
 */
export function toCsv(rows: DataRow[]): string {
  return [DATA_COLUMNS.join(','), ...rows.map((row) => DATA_COLUMNS.map((column) => csvField(row[column])).join(','))].join('\r\n') + '\r\n';
}

/** The JSON download: what the data is, from which dataset version, and the rows. */
export function toJsonExport(title: string, version: string, rows: DataRow[]): string {
  return `${JSON.stringify({ title, dataset: { name: 'Cifras', version }, figures: rows }, null, 2)}\n`;
}
