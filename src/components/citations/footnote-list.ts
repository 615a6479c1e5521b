import { html, nothing, type TemplateResult } from 'lit';
import type { Footnote } from '../../chart/footnotes.js';
import type { Messages } from '../../chart/messages.js';
import { footnoteId, unbrokenRanges } from './footnotes-view.js';

/**
 * Numbered source notes. Each shows its reference and the original data it
 * draws on; the quotes, locators and arithmetic sit one click away, in a
 * <details> (with the dataset's notes on the figures) that opens by itself when a mark or marker leads to it,
 * and is `unfolded` for print.
 */
export function renderFootnotes(notes: Footnote[], t: Messages, unfolded = false): TemplateResult {
  return html`<div class="footnotes" part="footnotes">
    <h3 class="footnotes-title">${t.sources}</h3>
    <ol class="footnote-list">
      ${notes.map((note) => {
        const primaries = [...new Set(note.passages.map((p) => p.primarySource).filter((p): p is string => Boolean(p)))];
        const quotes = note.passages.reduce((n, p) => n + p.quotes.length + p.derivations.length, 0);
        return html`<li class="footnote" id=${footnoteId(note.number)} tabindex="-1" value=${note.number} data-source=${note.sourceId}>
          <span class="reference">${unbrokenRanges(note.reference)}</span>
          ${primaries.length ? html`<span class="primary">${t.primarySource}: ${unbrokenRanges(primaries.join('; '))}.</span>` : nothing}
          ${note.url ? html`<a class="url" href=${note.url} rel="noopener noreferrer" target="_blank">${note.url}</a>` : nothing}
          ${quotes ? html`<details class="evidence-list" ?open=${unfolded}>
            <summary>${t.showEvidence(quotes)}</summary>
            ${note.passages.map((passage) => html`<p class="passage">
              ${passage.locator ? html`<span class="locator">${passage.locator}${/[?!:]$/.test(passage.locator) ? '' : ':'}</span>` : nothing}
              ${passage.quotes.map((quote, i) => html`${i ? ' · ' : ''}<q class="evidence" data-figure=${quote.figureId}>${quote.text}</q>`)}
              ${passage.derivations.map((d) => html`<span class="derivation" data-figure=${d.figureId}>${d.text}</span>`)}
              ${passage.notes.map((n) => html`<span class="figure-note" data-figure=${n.figureId}>${t.note}: ${n.text}</span>`)}
            </p>`)}
          </details>` : nothing}
        </li>`;
      })}
    </ol>
  </div>`;
}
