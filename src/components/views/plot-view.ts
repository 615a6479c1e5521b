import { html, nothing, svg, type TemplateResult } from 'lit';
import { describeMark } from '../../chart/describe.js';
import type { FootnoteSet } from '../../chart/footnotes.js';
import type { Lang } from '../../chart/locale.js';
import type { Messages } from '../../chart/messages.js';
import type { ChartModel } from '../frame/chart-types.js';
import type { MarkFocus } from '../frame/mark-focus.js';

export type TooltipView = typeof import('./tooltip-view.js');

/** The hatching that marks a derived value, in the neutral and the highlight colour. */
export const HATCHES = svg`<defs>
  <pattern id="cifras-hatch" class="hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="5"></line></pattern>
  <pattern id="cifras-hatch-highlight" class="hatch highlight" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="5"></line></pattern>
</defs>`;

/**
 * The drawing, and over it a layer of one target per mark that the pointer and the keyboard reach
 * (roving tabindex, arrow keys), with the tooltip of the mark in focus once its code is in (`tooltip`).
 */
export function renderPlot(model: ChartModel, notes: FootnoteSet, lang: Lang, t: Messages, focus: MarkFocus, tooltip?: TooltipView): TemplateResult {
  const { width, height, marks } = model;
  const active = marks[focus.active];
  return html`<div class="plot" part="chart">
    <svg class="visual" part="marks" role="img" width=${width} height=${height} viewBox="0 0 ${width} ${height}"
      aria-labelledby="cifras-title" aria-describedby="cifras-summary">${HATCHES}${model.visual}</svg>
    <svg class="hits" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group"
      aria-label=${t.marksLabel} @keydown=${focus.keydown}>
      ${marks.map((mark, i) => svg`<rect class="hit" data-figure=${mark.figure?.id ?? nothing} data-place=${mark.place ?? nothing} x=${mark.hit.x} y=${mark.hit.y}
        width=${Math.max(1, mark.hit.width)} height=${Math.max(1, mark.hit.height)} role="img"
        tabindex=${i === focus.active ? 0 : -1}
        aria-label=${describeMark(mark, mark.figure && notes.numberOf.get(mark.figure.id), lang)}
        @focus=${() => focus.show(i)} @blur=${focus.hide}
        @pointerenter=${() => focus.show(i)} @pointerleave=${focus.hide}></rect>`)}
    </svg>
    ${active && focus.open && tooltip ? tooltip.renderTip(active, notes, lang, t) : nothing}
  </div>`;
}
