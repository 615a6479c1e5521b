import { CUSTOM_VERSION } from '../data/custom-data.js';
import type { Source } from '../data/types.js';

/** What the citation of a chart is made from. */
export interface ChartCitationInput {
  /** The element's tag, e.g. cifras-clashes-by-state. */
  tag: string;
  title: string;
  /** Dataset version, e.g. 0.1.0. */
  version: string;
  /** Year of the dataset version. */
  year: number;
  /** The documents the chart draws on. */
  sources: Source[];
  /** The page the chart is on, if any. */
  url?: string;
  /** Date the reader looked at the chart, for "accessed" (YYYY-MM-DD). */
  accessed?: string;
}

/**
 * The chart as a citable CSL-JSON item: a data set compiled by Cifras, with
 * its version and the documents it draws on named in a note, followed by the
 * documents themselves, so a citation credits both.
 */
export function chartCitationItems(input: ChartCitationInput): Source[] {
  const drawnFrom = input.sources.map((s) => s.title).join('; ');
  // A developer's own data (<cifras-chart>) is theirs, not a Cifras data set: the chart is cited by its title and page.
  const ours = input.version !== CUSTOM_VERSION;
  const chart: Source = {
    id: input.tag,
    type: 'dataset',
    title: input.title,
    ...(ours ? { author: [{ literal: 'Cifras' }], publisher: 'Cifras', version: input.version } : {}),
    issued: { 'date-parts': [[input.year]] },
    note: `Data from: ${drawnFrom}`,
    ...(input.url ? { URL: input.url } : {}),
    ...(input.accessed ? { accessed: { 'date-parts': [input.accessed.split('-').map(Number)] } } : {}),
    custom: { kind: 'document' },
  } as Source;
  return [chart, ...input.sources];
}
