import { html, nothing, type TemplateResult } from 'lit';
import type { Footnote } from '../../chart/footnotes.js';
import type { Messages } from '../../chart/messages.js';

/** The DOM id of a footnote inside one element's shadow root. */
export const footnoteId = (n: number): string => `cifras-fn-${n}`;

/** Moves focus to a footnote in the same shadow root (fragment links cannot cross it). */
export function focusFootnote(event: Event): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const root = link.getRootNode() as ShadowRoot | Document;
  const target = root.getElementById(link.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'nearest' });
  target.focus({ preventScroll: true });
}

/** A superscript footnote marker linking to its note. */
export function renderFootnoteRef(n: number | undefined, t: Messages): TemplateResult | typeof nothing {
  if (n === undefined) return nothing;
  return html`<sup class="fn-ref"><a href="#${footnoteId(n)}" aria-label=${t.footnoteLink(n)} @click=${focusFootnote}>${n}</a></sup>`;
}

/** Numbered source notes: reference, then for each figure its locator and the quote. */
export function renderFootnotes(notes: Footnote[], t: Messages): TemplateResult {
  return html`<footer class="footnotes" part="footnotes">
    <h3 class="footnotes-title">${t.sources}</h3>
    <ol class="footnote-list">
      ${notes.map((note) => html`<li class="footnote" id=${footnoteId(note.number)} tabindex="-1" value=${note.number} data-source=${note.sourceId}>
        <span class="reference">${note.reference}</span>
        ${note.url ? html` <a class="url" href=${note.url} rel="noopener noreferrer" target="_blank">${note.url}</a>` : nothing}
        ${note.items.map((item) => html`<span class="item" data-figure=${item.figureId}>
          ${item.locator ? html`<span class="locator">${item.locator}.</span>` : nothing}
          ${item.evidence ? html`<q class="evidence">${item.evidence}</q>` : nothing}
          ${item.derivation ? html`<span class="derivation">${item.derivation}</span>` : nothing}
          ${item.primarySource ? html`<span class="primary">${t.primarySource}: ${item.primarySource}.</span>` : nothing}
        </span>`)}
      </li>`)}
    </ol>
  </footer>`;
}
