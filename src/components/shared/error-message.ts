import { html, type TemplateResult } from 'lit';
import type { Messages } from '../../chart/messages.js';

/** A visible, announced error inside an element, with the ids it may have meant. */
export function renderError(t: Messages, message: string, suggestions: string[] = []): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <p class="error-title"><strong>${t.errorTitle}</strong></p>
    <p>${message}</p>
    ${suggestions.length
      ? html`<p>${t.didYouMean} ${suggestions.map((id, i) => html`${i ? ', ' : ''}<code>${id}</code>`)}?</p>`
      : ''}
  </div>`;
}
