import { html, nothing, type TemplateResult } from 'lit';
import { CITATION_MESSAGES } from '../../chart/messages.js';
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
