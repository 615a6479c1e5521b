import { svg, type SVGTemplateResult } from 'lit';
import type { BarLayout } from '../../chart/bar-layout.js';

/** Draws a bar layout: labels, bars, values (a number and nothing else); no axis line, as every bar starts at zero and is labelled. */
export function renderBars(layout: BarLayout): SVGTemplateResult {
  return svg`
    <g class="bars">
      ${layout.bars.map((bar) => svg`<g class="row" data-figure=${bar.id}>
        <text class="label" font-size=${layout.labelSize} text-anchor=${bar.labelText.anchor} y=${bar.labelText.y}>
          ${bar.labelText.lines.map((line, i) => svg`<tspan x=${bar.labelText.x} dy=${i === 0 ? 0 : bar.labelText.lineHeight}>${line}</tspan>`)}
        </text>
        <rect class="mark ${bar.highlight ? 'highlight' : ''} ${bar.muted ? 'muted' : ''}"
          x=${bar.bar.x} y=${bar.bar.y} width=${bar.bar.width} height=${bar.bar.height}></rect>
        <text class="value ${bar.highlight ? 'highlight' : ''}" font-size=${layout.valueSize} x=${bar.valueLabel.x} y=${bar.valueLabel.y}>${bar.valueLabel.text}</text>
      </g>`)}
    </g>`;
}
