import { html, type TemplateResult } from 'lit';
import type { Messages } from '../../chart/messages.js';

/**
 * The key to the hatching of values worked out from the documents' figures ("Derived: 756 − 328 …"
 * in their footnotes). Hidden from screen readers, whose mark names say "(derived)" already.
 */
export const derivedKey = (t: Messages): TemplateResult =>
  html`<p class="derived-key" part="legend" aria-hidden="true"><svg width="14" height="10"><rect width="14" height="10"></rect></svg>${t.derived}</p>`;
