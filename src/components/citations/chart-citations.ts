import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { buildFootnotes, type FootnoteSet } from '../../chart/footnotes.js';
import type { Lang } from '../../chart/locale.js';
import type { Catalog } from '../../data/lookup.js';
import { inputsOf } from '../../data/relations.js';
import type { Figure } from '../../data/types.js';
import { citations, renumbered, type CitingElement } from './citation-registry.js';

/**
 * A chart's part in the page's source numbering: it registers the chart with
 * the page, numbers the chart's notes with the page's numbers (one number
 * names one document on the page), and lays the chart out again when the page
 * renumbers them.
 */
export class ChartCitations implements ReactiveController {
  /** The chart's numbered notes, once it is laid out. */
  notes?: FootnoteSet;
  /** The page renumbered this chart's sources since its last update: it must be laid out again. */
  renumbered = false;

  /** `key`: the page-wide name of one of the chart's sources (its id in the bundled dataset, or a custom chart's own). */
  constructor(private readonly host: ReactiveControllerHost & CitingElement, private readonly key: (sourceId: string) => string) {
    host.addController(this);
  }

  hostConnected(): void {
    citations.add(this.host);
  }

  hostDisconnected(): void {
    citations.remove(this.host);
  }

  hostUpdated(): void {
    this.renumbered = false;
  }

  /** The documents `figures` cite, in reading order (a derived figure cites its inputs' too), by their page-wide names. */
  sources(figures: Figure[], catalog: Catalog): string[] {
    return [...new Set(figures.flatMap((f) => [f, ...inputsOf(catalog, f)]).map((f) => this.key(f.source)))];
  }

  /** Numbers the notes of `figures`, and asks the page to renumber (it tells the chart if that changes its numbers). */
  number(figures: Figure[], catalog: Catalog, lang: Lang): FootnoteSet {
    this.notes = buildFootnotes(figures, catalog, lang, (id) => citations.numberOf(this.key(id)));
    citations.schedule();
    return this.notes;
  }

  /** The page renumbered its sources: an update only if this chart's numbers change. */
  renumber(): void {
    if (!this.notes || !renumbered(this.notes.notes, this.key)) return;
    this.renumbered = true;
    this.host.requestUpdate();
  }
}
