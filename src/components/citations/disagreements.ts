import { html, nothing, type TemplateResult } from 'lit';
import type { FootnoteSet } from '../../chart/footnotes.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import type { Messages } from '../../chart/messages.js';
import type { Catalog } from '../../data/lookup.js';
import { conflictsAmong } from '../../data/relations.js';
import type { Figure } from '../../data/types.js';
import { shortCitation } from '../../data/citation.js';
import { shortOf } from '../../chart/footnotes.js';

/**
 * Where the chart's sources disagree: each conflict group with every figure in
 * it, the document that gives it, and the explanation. It heads the sources
 * panel, which the footer opens.
 */
export function renderDisagreements(catalog: Catalog, figures: Figure[], notes: FootnoteSet, lang: Lang, t: Messages): TemplateResult | typeof nothing {
  const conflicts = conflictsAmong(catalog, figures);
  if (conflicts.length === 0) return nothing;
  return html`<div class="disagreements" part="disagreements">
    <h3 class="footnotes-title">${t.disagreement}</h3>
    <ul>
      ${conflicts.map((conflict) => html`<li data-conflict=${conflict.id}>
        <strong>${conflict.measure[lang]}:</strong>
        ${conflict.figures.map((id, i) => {
          const figure = catalog.figure(id);
          return html`${i ? '; ' : ''}<span class="claim" data-figure=${id}>${formatFigure(figure, lang)} (${shortOf(notes, id) ?? shortCitation(catalog.source(figure.source))})</span>`;
        })}.
        ${conflict.explanation[lang]}
      </li>`)}
    </ul>
  </div>`;
}
