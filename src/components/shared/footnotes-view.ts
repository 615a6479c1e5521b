import { html, nothing, type TemplateResult } from 'lit';
import type { Footnote } from '../../chart/footnotes.js';
import { CITATION_MESSAGES, type Messages } from '../../chart/messages.js';
import type { Lang } from '../../chart/locale.js';

/** Text in which a year range ("2020–2022", "2022-2023") does not break at its dash, as browsers otherwise may. */
export const unbrokenRanges = (text: string): (string | TemplateResult)[] =>
  text.split(/(\d+[–-]\d+)/).map((part, i) => (i % 2 ? html`<span class="range">${part}</span>` : part));

/** The DOM id of a footnote inside one element's shadow root. */
export const footnoteId = (n: number): string => `cifras-fn-${n}`;

/** Scrolls to and focuses footnote `n` in a shadow root; false if it is not there. */
export function showFootnote(root: ShadowRoot | Document, n: number): boolean {
  const target = root.getElementById(footnoteId(n));
  if (!target) return false;
  const details = target.querySelector('details');
  if (details) details.open = true;
  target.scrollIntoView({ block: 'nearest' });
  target.focus({ preventScroll: true });
  return true;
}

/** Click handler for footnote links: fragment navigation cannot cross a shadow root. */
export function focusFootnote(event: Event): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const n = Number(link.hash.replace(`#${footnoteId(0).slice(0, -1)}`, ''));
  if (showFootnote(link.getRootNode() as ShadowRoot | Document, n)) event.preventDefault();
}

/** A superscript footnote marker linking to its note, in brackets like the inline citations' markers. */
export function renderFootnoteRef(n: number | undefined, lang: Lang): TemplateResult | typeof nothing {
  if (n === undefined) return nothing;
  return html`<sup class="fn-ref"><a href="#${footnoteId(n)}" aria-label=${CITATION_MESSAGES[lang].footnoteLink(n)} @click=${focusFootnote}>[${n}]</a></sup>`;
}

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
