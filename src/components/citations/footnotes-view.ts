import { html, type TemplateResult } from 'lit';

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
