import { html, type TemplateResult } from 'lit';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { pageCatalog } from '../../data/page-catalog.js';
import { formatPeriodEnd } from '../../chart/period.js';
import { capitalized } from '../../chart/capitalized.js';
import { shortSourceName } from '../../data/citation.js';
import type { Figure } from '../../data/types.js';

/** A figure in a chart's notes: its value in bold. Its source is in the footer and the sources panel, not a marker in the line. */
export function figureValue(id: string, lang: Lang): TemplateResult {
  return html`<strong>${formatFigure(pageCatalog.figure(id), lang)}</strong>`;
}

/** A bar label naming who counted: "Dec 2023 · armed forces (Elementa DDHH)"; the period is the figure's end. */
export function sourcedLabel(figure: Figure, what: string, lang: Lang, withPeriod = true): string {
  const source = shortSourceName(pageCatalog.source(figure.source));
  return capitalized(`${withPeriod ? `${formatPeriodEnd(figure.period, lang)} · ` : ''}${what} (${source})`);
}
