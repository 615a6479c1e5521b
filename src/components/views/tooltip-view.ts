import { css, html, nothing, type TemplateResult } from 'lit';
import type { FootnoteSet } from '../../chart/footnotes.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import type { Messages } from '../../chart/messages.js';
import { formatPeriod } from '../../chart/period.js';
import type { ChartMark } from '../frame/chart-types.js';
import type { Box } from '../../chart/boxes.js';
import { placeTooltip } from '../../chart/tooltip.js';

// The tooltip is closed until a reader points at a mark or reaches it by keyboard: its code and
// styles load then (or when the page is idle), not with the chart.

/** A mark's provenance, on hover and keyboard focus: the value as the document states it, its period, its source and the document's words. */
export function renderTip({ label, figure, instead }: ChartMark, notes: FootnoteSet, lang: Lang, t: Messages): TemplateResult {
  const note = figure && notes.notes.find((n) => n.number === notes.numberOf.get(figure.id));
  return html`<div class="tooltip" part="tooltip" aria-hidden="true">
      <strong>${label}</strong>
      ${instead ? html`<span class="tip-instead">${instead}</span>` : nothing}
      ${figure && !instead ? html`<span class="tip-value">${formatFigure(figure, lang)}${figure.derived ? html`<span class="tip-derived">(${t.derivedMark})</span>` : nothing}</span>` : nothing}
      ${figure ? html`<span class="tip-meta">${formatPeriod(figure.period, lang)}${note ? ` · ${note.short}` : ''}</span>` : nothing}
      ${figure?.evidence && !instead ? html`<q class="tip-quote">${clip(figure.evidence, 160)}</q>` : nothing}
    </div>`;
}

/** Places the tooltip at the size it is drawn (short content makes it narrower than its max-width), before the frame is painted. */
export function placeTip(box: HTMLElement, hit: Box, chartWidth: number): void {
  // Measured at the chart's left edge, where the tooltip's last place cannot squeeze it.
  box.style.left = '0px';
  const { left, top, above } = placeTooltip(hit, chartWidth, box.offsetWidth, box.offsetHeight);
  box.classList.toggle('above', above);
  box.classList.toggle('below', !above);
  box.style.left = `${left}px`;
  box.style.top = `${top}px`;
}

/** At most `max` characters, cut at a word with an ellipsis: a tooltip quotes, the sources panel gives the passage whole. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}

export const styles = css`
  .tooltip {
    position: absolute; z-index: 1; pointer-events: none;
    max-width: 260px;
    display: grid; gap: 0.1em; padding: 0.45em 0.6em; font-size: 0.8em; line-height: 1.3;
    color: var(--_text); background: var(--_canvas);
    border: 1px solid var(--_rule); border-radius: var(--_radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }
  .tooltip.above { transform: translateY(calc(-100% - 6px)); }
  .tooltip.below { transform: translateY(6px); }
  .tip-value { font-weight: 700; font-size: 1.15em; font-variant-numeric: tabular-nums; }
  .tip-instead { font-weight: 600; }
  .tip-instead::first-letter { text-transform: uppercase; }
  .tip-meta, .tip-derived { color: var(--_muted); }
  .tip-derived { font-weight: normal; font-size: 0.87em; margin-inline-start: 0.3em; }
  .tip-quote { font-style: italic; color: var(--_muted); }
  .tip-quote::before { content: '“'; } .tip-quote::after { content: '”'; }
`;
