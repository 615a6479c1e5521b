/** Text in the two languages Cifras speaks. */
export interface Localized {
  en: string;
  es: string;
}

export type Unit =
  | 'count' | 'percent' | 'percentage-points' | 'per-100k' | 'mxn' | 'usd'
  | 'times' | 'kg' | 'tonnes' | 'litres' | 'years';

/** How the document qualifies the number: "nearly", "at least", "less than". */
export type Qualifier = 'exact' | 'approx' | 'at-least' | 'at-most';

/** Where in its document a figure is stated. */
export interface Locator {
  /** The document's section (or part, or chapter). */
  section?: string;
  /** The opening words of the paragraph, where the document has no sections or pages (an essay). */
  paragraph?: string;
  /** A free-form locator ("Table 2, p. 14"), for data brought by a developer. */
  text?: string;
  footnote?: number | null;
  page?: number | null;
}

/** A figure computed from other figures, with its arithmetic. */
export interface Derivation {
  /** Arithmetic over the input names: `share2024 / 8.6`. */
  formula: string;
  /** Input name → figure id. */
  inputs: Record<string, string>;
  /** The value is the formula's result rounded to this many decimals. */
  decimals: number;
  note?: Localized;
}

/** One number from one source document. See data/FIGURE-FORMAT.md. */
export interface Figure {
  id: string;
  /** Loaded with what a chart draws, not yet with its evidence, notes and locator (which come with the chart's sources panel). */
  slim?: true;
  value: number;
  unit: Unit;
  qualifier?: Qualifier;
  measure: Localized;
  label?: Localized;
  /** YYYY, YYYY-MM, YYYY-MM-DD or an interval `start/end` of those. */
  period: string;
  /** MX, US, an ISO 3166-2:MX code (MX-TAM) or MX-other. */
  geography: string;
  /** The town or municipality a local figure is about (Iguala, Tijuana). */
  place?: string;
  /** The figure covers only part of its period (the first months of a year). */
  partial?: true;
  /** The document's own forecast, not a count it reports. */
  projection?: true;
  /** Id of a count this count is part of. */
  partOf?: string;
  /** Id of the document that states the figure. */
  source: string;
  locator?: Locator;
  /** The shortest verbatim span of the document that states the number. */
  evidence?: string;
  /** Id of the source the document credits for the number. */
  primarySource?: string | null;
  notes?: Localized;
  derived?: Derivation;
  /** The part of its category a developer's value is (`<cifras-chart>`'s stacked and grouped bars): its series' name. */
  series?: string;
  /** A developer's short note on the value's bar (`<cifras-chart>`): the event or caveat that explains it. */
  callout?: string;
  /**
   * A dated event a chart marks, with a line at its date or a band over its period (a developer's annotation:
   * the creation of a force, a presidency): cited like a figure, with no value of its own (`value` is 0, never shown).
   */
  event?: 'line' | 'band';
}

/** A CSL-JSON name. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** A CSL-JSON item, the citation ecosystem's standard record. */
export interface Source {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  translator?: CslName[];
  publisher?: string;
  'container-title'?: string;
  'collection-title'?: string;
  issued?: { 'date-parts': number[][] };
  URL?: string;
  note?: string;
  language?: string;
  custom?: {
    /** `document` for the five source documents, `primary` for what they cite. */
    kind?: 'document' | 'primary';
    /** File name of the document's text in the seeds directory (validation only). */
    seed?: string;
    /** The documents that cite a primary source. */
    citedIn?: string[];
    /** A short name for labels: "Crisis Group". */
    short?: string;
    /** The title in Spanish, where the title is a description written for this dataset rather than the source's own (a bracketed one, say). */
    titleEs?: string;
  };
}

/** A group of figures that a chart shows together. */
export interface Table {
  id: string;
  title: Localized;
  notes?: Localized;
  figures: string[];
}

/** Figures that give different numbers for the same thing. */
export interface Conflict {
  id: string;
  /** Loaded with what a chart draws: its members, not yet its measure and explanation (which come with the chart's sources panel). */
  slim?: true;
  measure: Localized;
  explanation: Localized;
  figures: string[];
}

export interface Dataset {
  version: string;
  /** Date of this dataset version (YYYY-MM-DD). */
  released?: string;
  sources: Source[];
  figures: Figure[];
  tables: Table[];
  conflicts: Conflict[];
}
