import type { Catalog } from '../data/lookup.js';
import type { Figure } from '../data/types.js';
import { locatorText } from './footnotes.js';
import type { Lang } from './locale.js';

/** One row of a chart's data download: the figure and everything needed to check it. */
export interface DataRow {
  id: string;
  label: string;
  measure: string;
  value: number;
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
    value: f.value,
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

function csvField(value: string | number): string {
  // Text a spreadsheet would run as a formula (=HYPERLINK(…), +, -, @) is kept as text by a leading apostrophe.
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a header row. */
export function toCsv(rows: DataRow[]): string {
  return [DATA_COLUMNS.join(','), ...rows.map((row) => DATA_COLUMNS.map((column) => csvField(row[column])).join(','))].join('\r\n') + '\r\n';
}

/** The JSON download: what the data is, from which dataset version, and the rows. */
export function toJsonExport(title: string, version: string, rows: DataRow[]): string {
  return `${JSON.stringify({ title, dataset: { name: 'Cifras', version }, figures: rows }, null, 2)}\n`;
}
