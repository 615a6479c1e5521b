import type { CSSResult } from 'lit';
import { adoptLater } from './document-sheets.js';

/**
 * Adds the styles of a view that loads on first use (the table view, the
 * action panels) to an element's shadow root, once. Constructable style
 * sheets, like the element's own, so a strict Content-Security-Policy allows
 * them; made in the document the element is in.
 */
export function adoptLazyStyles(root: ShadowRoot | null, styles: CSSResult): void {
  if (root) adoptLater(root, styles);
}
