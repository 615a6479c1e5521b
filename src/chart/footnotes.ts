import type { Catalog } from '../data/lookup.js';
import { citationLabel, referenceText } from '../data/citation.js';
import type { Figure, Locator } from '../data/types.js';
import { formatFigure } from './format.js';
import type { Lang } from './locale.js';
import { messages } from './messages.js';

/** What a footnote says about one figure: where the number is, and the quote. */
export interface FootnoteItem {
  figureId: string;
  locator: string;
  /** The verbatim evidence, or for a derived figure its arithmetic in words. */
  evidence?: string;
  derivation?: string;
  primarySource?: string;
}

/** One numbered footnote: one source document and the figures taken from it. */
export interface Footnote {
  number: number;
  sourceId: string;
  label: string;
  reference: string;
  url?: string;
  items: FootnoteItem[];
}

export interface FootnoteSet {
  notes: Footnote[];
  /** Footnote number for each figure id. */
  numberOf: Map<string, number>;
}

/** "section II. C. Patterns in Crime and Violence, note 12, p. 4" */
export function locatorText(locator: Locator | undefined, lang: Lang): string {
  if (!locator) return '';
  const t = messages(lang);
  return [
    locator.section ? `${t.section} ${locator.section}` : '',
    locator.footnote != null ? `${t.footnote} ${locator.footnote}` : '',
    locator.page != null ? `${t.page} ${locator.page}` : '',
  ].filter(Boolean).join(', ');
}

/** "20% ÷ 8.6 (Calculated from: …)" — a derived figure's arithmetic, readable. */
export function derivationText(figure: Figure, catalog: Catalog, lang: Lang): string {
  const derived = figure.derived;
  if (!derived) return '';
  const t = messages(lang);
  let formula = derived.formula;
  for (const [name, id] of Object.entries(derived.inputs)) {
    formula = formula.replace(new RegExp(`\\b${name}\\b`, 'g'), formatFigure(catalog.figure(id), lang));
  }
  formula = formula.replace(/\*/g, '×').replace(/\//g, '÷');
  const note = derived.note ? ` ${derived.note[lang]}` : '';
  return `${t.derived}: ${formula} ≈ ${formatFigure(figure, lang)}.${note}`;
}

/**
 * Numbers the sources of a list of figures in order of first use, one note per
 * source document. A derived figure cites the documents of its inputs too.
 */
export function buildFootnotes(figures: Figure[], catalog: Catalog, lang: Lang, firstNumber = 1): FootnoteSet {
  const bySource = new Map<string, Footnote>();
  const numberOf = new Map<string, number>();
  const noteFor = (sourceId: string): Footnote => {
    let note = bySource.get(sourceId);
    if (!note) {
      const source = catalog.source(sourceId);
      note = {
        number: firstNumber + bySource.size, sourceId, label: citationLabel(source),
        reference: referenceText(source), url: source.URL, items: [],
      };
      bySource.set(sourceId, note);
    }
    return note;
  };
  const addItem = (figure: Figure, note: Footnote) => {
    // One quote per passage: figures stated by the same words share an item.
    const said = (item: FootnoteItem) => item.figureId === figure.id || (item.evidence !== undefined && item.evidence === figure.evidence);
    if (note.items.some(said)) return;
    note.items.push({
      figureId: figure.id,
      locator: locatorText(figure.locator, lang),
      evidence: figure.evidence,
      derivation: figure.derived ? derivationText(figure, catalog, lang) : undefined,
      primarySource: figure.primarySource ? catalog.source(figure.primarySource).title : undefined,
    });
  };
  for (const figure of figures) {
    const note = noteFor(figure.source);
    numberOf.set(figure.id, note.number);
    addItem(figure, note);
    for (const input of catalog.inputsOf(figure)) addItem(input, noteFor(input.source));
  }
  return { notes: [...bySource.values()], numberOf };
}
