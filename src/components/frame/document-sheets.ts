import type { CSSResultOrNative } from 'lit';
import { laterSheets } from './lazy-styles.js';

/**
 * Constructed style sheets belong to the document they were made in: moved into another document (a
 * same-origin frame's), a shadow root loses them, and cannot adopt them there. Such an element adopts
 * copies made in its new document, one per sheet and document, and its originals again back home.
 * Loaded only when an element moves so.
 */
const copies = new WeakMap<Document, Map<CSSStyleSheet, CSSStyleSheet>>();

/** `sheet` as a sheet of `document`: itself, or a copy made there. */
function sheetIn(sheet: CSSStyleSheet, document: Document): CSSStyleSheet {
  const view = document.defaultView as (Window & typeof globalThis) | null;
  if (!view || Object.getPrototypeOf(sheet) === view.CSSStyleSheet.prototype) return sheet;
  let made = copies.get(document);
  if (!made) copies.set(document, (made = new Map()));
  let copy = made.get(sheet);
  if (!copy) {
    copy = new view.CSSStyleSheet();
    copy.replaceSync([...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
    made.set(sheet, copy);
  }
  return copy;
}

/** A root's sheets (its element's `styles`, then those adopted later), made again in the document it is now in. */
export function restyle(root: ShadowRoot): void {
  const styles = (root.host.constructor as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles;
  const sheets = [...styles.map((style) => ('cssRules' in style ? style : style.styleSheet)), ...(laterSheets.get(root) ?? [])];
  root.adoptedStyleSheets = sheets.filter((sheet): sheet is CSSStyleSheet => Boolean(sheet)).map((sheet) => sheetIn(sheet, root.ownerDocument));
}
