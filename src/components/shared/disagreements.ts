import { html, nothing, type TemplateResult } from 'lit';
import type { FootnoteSet } from '../../chart/footnotes.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import type { Messages } from '../../chart/messages.js';
import type { Catalog } from '../../data/lookup.js';
import type { Figure } from '../../data/types.js';
import { shortCitation } from '../../data/citation.js';
import { shortOf } from '../../chart/footnotes.js';

/**
 * Where the chart's sources disagree: each conflict group with every figure in
 * it and the explanation, folded under one summary line so it never swamps the chart.
 */
export function renderDisagreements(catalog: Catalog, figures: Figure[], notes: FootnoteSet, lang: Lang, t: Messages): TemplateResult | typeof nothing {
  const conflicts = catalog.conflictsAmong(figures);
  if (conflicts.length === 0) return nothing;
  return html`<details class="disagreements" part="disagreements">
    <summary>${t.disagreement} (${conflicts.length})</summary>
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
  </details>`;
}
