import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../chart/messages.js';

/** A visible, announced error inside an element. */
export function renderError(t: Messages, message: string | TemplateResult): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <p class="error-title"><strong>${t.errorTitle}</strong></p>
    <p>${message}</p>
  </div>`;
}

/** "Did you mean `a`, `b`?", the ids an unknown one may have meant, or nothing when none is close. */
export function renderSuggestions(t: Messages, suggestions: string[] = []): TemplateResult | typeof nothing {
  return suggestions.length ? html`${t.didYouMean} ${suggestions.map((id, i) => html`${i ? ', ' : ''}<code>${id}</code>`)}?` : nothing;
}
