import type { Catalog } from '../data/lookup.js';
import { inputsOf } from '../data/relations.js';
import { citationLabel, referenceText, shortCitation, sourceTitle } from '../data/citation.js';
import type { Figure, Locator } from '../data/types.js';
import { formatNumber, formatValue } from './format.js';
import type { Lang } from './locale.js';
import { LOCATOR_MESSAGES, messages } from './messages.js';

/** One passage of a document: where it is, the quotes from it, the sums on it and the dataset's notes on them. */
export interface FootnotePassage {
  locator: string;
  quotes: { figureId: string; text: string }[];
  derivations: { figureId: string; text: string }[];
  /** What the dataset notes about a figure: a missing year, a conversion as printed, what a share is of. */
  notes: { figureId: string; text: string }[];
  primarySource?: string;
}

/** One numbered footnote: one source document and the passages used from it. */
export interface Footnote {
  number: number;
  sourceId: string;
  label: string;
  /** The document's short name and year, as the footer and tooltips give it: "Crisis Group (2024)". */
  short: string;
  reference: string;
  url?: string;
  passages: FootnotePassage[];
  /** Every figure the note covers. */
  figureIds: string[];
}

export interface FootnoteSet {
  notes: Footnote[];
  /** Footnote number for each figure id. */
  numberOf: Map<string, number>;
}

/** "section II. C. Patterns in Crime and Violence, note 12, p. 4" */
export function locatorText(locator: Locator | undefined, lang: Lang): string {
  if (!locator) return '';
  if (locator.text) return locator.text;
  const t = LOCATOR_MESSAGES[lang];
  const { section, paragraph, footnote, page } = locator;
  return [
    section && `${t.section} ${section}`,
    paragraph && `${t.paragraph} “${paragraph}”`,
    footnote != null && `${t.footnote} ${footnote}`,
    page != null && `p. ${page}`,
  ].filter(Boolean).join(', ');
}

/** "20% ÷ 8.6 (Calculated from: …)" — a derived figure's arithmetic, readable. */
export function derivationText(figure: Figure, catalog: Catalog, lang: Lang): string {
  const derived = figure.derived;
  if (!derived) return '';
  const t = messages(lang);
  let formula = derived.formula;
  for (const [name, id] of Object.entries(derived.inputs)) {
    formula = formula.replace(new RegExp(`\\b${name}\\b`, 'g'), formatNumber(catalog.figure(id).value, lang));
  }
  formula = formula.replace(/\*/g, '×').replace(/\//g, '÷').replace(/ - /g, ' − ');
  const exact = derived.decimals === 0 && /^[\d\s+−-]+$/.test(formula.replace(/[,.\d]/g, '0'));
  const note = derived.note ? ` ${derived.note[lang]}` : '';
  return `${t.derived}: ${formula} ${exact ? '=' : '≈'} ${formatValue(figure.value, figure.unit, lang)}.${note}`;
}

/**
 * Numbers the sources of a list of figures in order of first use, one note per
 * source document (or by the page's numbering, when a page-wide source list
 * gives one). A derived figure cites the documents of its inputs too. The
 * notes name their documents; `withPassages` adds what each quotes from them.
 */
export function buildFootnotes(figures: Figure[], catalog: Catalog, lang: Lang, pageNumber?: (sourceId: string) => number | undefined): FootnoteSet {
  const bySource = new Map<string, Footnote>();
  const numberOf = new Map<string, number>();
  const noteFor = (sourceId: string): Footnote => {
    let note = bySource.get(sourceId);
    if (!note) {
      const source = catalog.source(sourceId);
      note = {
        number: pageNumber?.(sourceId) ?? bySource.size + 1, sourceId, label: citationLabel(source), short: shortCitation(source),
        reference: referenceText(source, lang), url: source.URL, passages: [], figureIds: [],
      };
      bySource.set(sourceId, note);
    }
    return note;
  };
  const cite = (figure: Figure, note: Footnote) => {
    if (!note.figureIds.includes(figure.id)) note.figureIds.push(figure.id);
  };
  for (const figure of figures) {
    const note = noteFor(figure.source);
    numberOf.set(figure.id, note.number);
    cite(figure, note);
    for (const input of inputsOf(catalog, figure)) cite(input, noteFor(input.source));
  }
  return { notes: [...bySource.values()].sort((a, b) => a.number - b.number), numberOf };
}

/**
 * The notes with the passages of each document they draw on: locator, quotes,
 * the arithmetic of derived figures, the dataset's notes and the primary source
 * (which the sources panel shows, and which may load only with it).
 */
export function withPassages(set: FootnoteSet, figures: Figure[], catalog: Catalog, lang: Lang): FootnoteSet {
  // The figures as the chart has them: a chart may make some itself (the sum of "other states").
  const known = new Map([...figures, ...figures.flatMap((figure) => inputsOf(catalog, figure))].map((figure) => [figure.id, figure]));
  const notes = set.notes.map((note): Footnote => {
    const passages: FootnotePassage[] = [];
    for (const figure of note.figureIds.map((id) => known.get(id) ?? catalog.figure(id))) {
      const locator = locatorText(figure.locator, lang);
      const primarySource = figure.primarySource ? sourceTitle(catalog.source(figure.primarySource), lang) : undefined;
      let passage = passages.find((p) => p.locator === locator && p.primarySource === primarySource);
      if (!passage) passages.push(passage = { locator, quotes: [], derivations: [], notes: [], primarySource });
      const add = (list: FootnotePassage['quotes'], text?: string) => {
        if (text && !list.some((q) => q.text === text)) list.push({ figureId: figure.id, text });
      };
      if (figure.derived) passage.derivations.push({ figureId: figure.id, text: derivationText(figure, catalog, lang) });
      else add(passage.quotes, figure.evidence);
      add(passage.notes, figure.notes?.[lang]);
    }
    return { ...note, passages };
  });
  return { notes, numberOf: set.numberOf };
}

/** The short name of the document a figure comes from ("Crisis Group (2024)"), if the notes cite it. */
export function shortOf(notes: FootnoteSet, figureId: string): string | undefined {
  const n = notes.numberOf.get(figureId);
  return notes.notes.find((note) => note.number === n)?.short;
}
