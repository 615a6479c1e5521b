import type { CSSResultOrNative } from 'lit';

/**
 * Constructed style sheets belong to the document they were made in: moved into another document (a
 * same-origin frame's), a shadow root loses them, and cannot adopt them there. Such an element
 * (`adoptedCallback`) adopts copies made in its new document, one per sheet and document, and its
 * originals again when it returns.
 */
const copies = new WeakMap<Document, Map<CSSStyleSheet, CSSStyleSheet>>();
/** The sheets a root adopted after its element's own (views that load on first use). */
const later = new WeakMap<ShadowRoot, CSSStyleSheet[]>();

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

const sheetOf = (style: CSSResultOrNative) => ('cssRules' in style ? style : style.styleSheet);

/** Adds a sheet to a root, in the root's document, once. */
export function adoptLater(root: ShadowRoot, style: CSSResultOrNative): void {
  const sheet = sheetOf(style);
  if (!sheet) return;
  const own = later.get(root) ?? [];
  if (!own.includes(sheet)) later.set(root, [...own, sheet]);
  const here = sheetIn(sheet, root.ownerDocument);
  if (!root.adoptedStyleSheets.includes(here)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, here];
}

/** A root's sheets (its element's `styles`, then those adopted later), made again in the document it is now in. */
export function restyle(root: ShadowRoot | null, styles: readonly CSSResultOrNative[]): void {
  if (!root) return;
  const sheets = [...styles.map(sheetOf), ...(later.get(root) ?? [])].filter((sheet): sheet is CSSStyleSheet => Boolean(sheet));
  root.adoptedStyleSheets = sheets.map((sheet) => sheetIn(sheet, root.ownerDocument));
}
