import { html, type TemplateResult } from 'lit';
import type { FootnoteSet } from '../../chart/footnotes.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import type { Messages } from '../../chart/messages.js';
import { defaultCatalog } from '../../data/lookup.js';
import { renderFootnoteRef } from './footnotes-view.js';

/** A figure in running text: its value in bold with its footnote marker (or the marker alone). */
export function figureValue(id: string, notes: FootnoteSet | undefined, lang: Lang, t: Messages, markerOnly = false): TemplateResult {
  const ref = renderFootnoteRef(notes?.numberOf.get(id), t);
  return markerOnly ? html`${ref}` : html`<strong>${formatFigure(defaultCatalog.figure(id), lang)}</strong>${ref}`;
}
