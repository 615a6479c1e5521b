import { svg, type SVGTemplateResult } from 'lit';
import type { BarLayout, PlacedBar } from '../../chart/bar-layout.js';

/** A bar's note, beside its value or under the bar. */
function renderCallout({ callout }: PlacedBar, size: number): SVGTemplateResult | string {
  return callout
    ? svg`<text class="callout" font-size=${size} y=${callout.y}>${callout.lines.map((line, i) => svg`<tspan x=${callout.x} dy=${i === 0 ? 0 : callout.lineHeight}>${line}</tspan>`)}</text>`
    : '';
}

/**
 * Draws a bar layout: labels, bars (over the faint whole of their scale, for
 * shares; a lower bound's end left open), values (a number and nothing else) and a bar's callout; no axis
 * line, as every bar starts at zero and is labelled.
 */
export function renderBars(layout: BarLayout): SVGTemplateResult {
  return svg`
    <g class="bars">
      ${layout.bars.map((bar) => svg`<g class="row" data-figure=${bar.id}>
        <text class="label" font-size=${layout.labelSize} text-anchor=${bar.labelText.anchor} y=${bar.labelText.y}>
          ${bar.labelText.lines.map((line, i) => svg`<tspan x=${bar.labelText.x} dy=${i === 0 ? 0 : bar.labelText.lineHeight}>${line}</tspan>`)}
        </text>
        ${bar.track ? svg`<rect class="track" x=${bar.track.x} y=${bar.track.y} width=${bar.track.width} height=${bar.track.height}></rect>` : ''}
        <rect class="mark ${bar.highlight ? 'highlight' : ''} ${bar.muted ? 'muted' : ''}"
          x=${bar.bar.x} y=${bar.bar.y} width=${bar.bar.width} height=${bar.bar.height}></rect>
        ${bar.openEnd ? svg`<path class="open-end ${bar.highlight ? 'highlight' : ''}" d="M${bar.bar.x + bar.bar.width},${bar.bar.y + 0.75}h${bar.openEnd}M${bar.bar.x + bar.bar.width},${bar.bar.y + bar.bar.height - 0.75}h${bar.openEnd}"></path>` : ''}
        <text class="value ${bar.highlight ? 'highlight' : ''}" font-size=${layout.valueSize} x=${bar.valueLabel.x} y=${bar.valueLabel.y}>${bar.valueLabel.text}</text>
        ${renderCallout(bar, layout.calloutSize)}
      </g>`)}
    </g>`;
}
