import type { CSSResult } from 'lit';

/** The sheets a shadow root adopted after its element's own, to adopt again in another document (document-sheets.ts). */
export const laterSheets = new WeakMap<ShadowRoot, CSSStyleSheet[]>();

/**
 * Adds the styles of a view that loads on first use (the table view, the
 * action panels) to an element's shadow root, once. Constructable style
 * sheets, like the element's own, so a strict Content-Security-Policy allows
 * them; in another document than the one they were made in (an element moved
 * into a same-origin frame), copies made there.
 */
export function adoptLazyStyles(root: ShadowRoot | null, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!root || !sheet || laterSheets.get(root)?.includes(sheet)) return;
  laterSheets.set(root, [...(laterSheets.get(root) ?? []), sheet]);
  if (root.ownerDocument === document) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else void restyleMoved(root);
}

/** Adopts a moved element's styles in its new document. */
export const restyleMoved = (root: ShadowRoot | null): Promise<void> | undefined =>
  root ? import('./document-sheets.js').then(({ restyle }) => restyle(root)) : undefined;
