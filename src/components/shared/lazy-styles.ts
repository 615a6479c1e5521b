import type { CSSResult } from 'lit';

/**
 * Adds the styles of a view that loads on first use (the table view, the
 * action panels) to an element's shadow root, once. Constructable style
 * sheets, like the element's own, so a strict Content-Security-Policy allows them.
 */
export function adoptLazyStyles(root: ShadowRoot | null, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
