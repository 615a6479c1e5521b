import { svg, type SVGTemplateResult } from 'lit';
import type { Lang } from '../../chart/locale.js';
import type { TimeLayout } from '../../chart/time-layout.js';
import { seriesSymbol } from './series.js';

/** Draws time panels: titles, grid, y ticks, lines, bands, points, labels and the shared x axis. */

/** How the axis of years is described to screen readers. */
const YEARS_AXIS: Record<Lang, string> = { en: 'Horizontal axis: years', es: 'Eje horizontal: años' };

export function renderTimePanels(layout: TimeLayout, lang: Lang, axisDescription?: string): SVGTemplateResult {
  return svg`
    ${layout.panels.map((panel) => svg`<g class="panel" data-panel=${panel.id}>
      <text class="panel-title" font-size=${layout.titleSize} y=${panel.titleY}>${panel.titleLines.map((line, i) => svg`<tspan x="0" dy=${i ? panel.titleLineHeight : 0}>${line}</tspan>`)}</text>
      <g class="grid">${panel.yTicks.map((tick) => svg`<line x1="0" x2=${layout.width} y1=${tick.y} y2=${tick.y}></line>`)}</g>
      <g class="axis" font-size=${layout.axisSize}>${panel.yTicks.map((tick) => svg`<text x="0" y=${tick.y - 3}>${tick.label}</text>`)}</g>
      ${panel.lines.map((l) => svg`<path class="series-line ${l.series}" d=${l.d}></path>`)}
      ${panel.ranges.map((r) => svg`<g class="range ${r.series}" data-figure=${r.id}>
        <rect class="band" x=${r.x1} y=${r.top} width=${r.x2 - r.x1} height=${Math.max(0, r.y - r.top)}></rect>
        <line class="floor" x1=${r.x1} x2=${r.x2} y1=${r.y} y2=${r.y}></line>
      </g>`)}
      ${panel.points.map((p) => svg`<path class="point ${p.series} ${p.open ? 'open' : ''}" data-figure=${p.id}
        transform="translate(${p.x},${p.y})" d=${seriesSymbol(Number(p.series.slice(1)))}></path>`)}
      ${panel.labels.map((label) => svg`<text class="point-label" font-size=${layout.labelSize} data-figure=${label.id} x=${label.x} y=${label.y} text-anchor=${label.anchor}>${label.text}</text>`)}
    </g>`)}
    <g class="axis x-axis" font-size=${layout.axisSize}>
      <line x1="0" x2=${layout.width} y1=${layout.axisY} y2=${layout.axisY}></line>
      ${layout.xTicks.map((tick) => svg`<text x=${tick.x} y=${layout.axisY + 16} text-anchor="middle">${tick.label}</text>`)}
    </g>
    <desc>${axisDescription ?? YEARS_AXIS[lang]}</desc>`;
}

