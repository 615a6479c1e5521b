import { html, type TemplateResult } from 'lit';
import type { FootnoteSet } from '../../chart/footnotes.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { pageCatalog } from '../../data/page-catalog.js';
import { renderFootnoteRef } from './footnotes-view.js';
import { formatPeriodEnd } from '../../chart/period.js';
import { capitalized } from '../../chart/capitalized.js';
import { shortSourceName } from '../../data/citation.js';
import type { Figure } from '../../data/types.js';

/** A figure in running text: its value in bold with its footnote marker (or the marker alone). */
export function figureValue(id: string, notes: FootnoteSet | undefined, lang: Lang, markerOnly = false): TemplateResult {
  const ref = renderFootnoteRef(notes?.numberOf.get(id), lang);
  return markerOnly ? html`${ref}` : html`<strong>${formatFigure(pageCatalog.figure(id), lang)}</strong>${ref}`;
}

/** A bar label naming who counted: "Dec 2023 · armed forces (Elementa DDHH)"; the period is the figure's end. */
export function sourcedLabel(figure: Figure, what: string, lang: Lang, withPeriod = true): string {
  const source = shortSourceName(pageCatalog.source(figure.source));
  return capitalized(`${withPeriod ? `${formatPeriodEnd(figure.period, lang)} · ` : ''}${what} (${source})`);
}
