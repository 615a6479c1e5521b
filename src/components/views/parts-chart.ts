import { css, html, svg, type SVGTemplateResult } from 'lit';
import { formatShort, formatTick, formatValue, labelDecimals, qualifierText } from '../../chart/format.js';
import { layoutStacks, type StackLayout, type StackMode } from '../../chart/stack-layout.js';
import { summarizeExtremes } from '../../chart/summarize.js';
import { layoutWaffles } from '../../chart/waffle-layout.js';
import type { Figure } from '../../data/types.js';
import type { ChartContext } from '../frame/chart-element.js';
import type { ChartModel } from '../frame/chart-types.js';
import type { BarCopy } from './bar-chart.js';
import { keyStyles } from './key.styles.js';
import { seriesColours } from './series-colours.styles.js';
import { renderWaffles } from './waffle-chart.js';
import { waffleStyles } from './waffle.styles.js';

// The parts of a whole as `<cifras-chart>` draws them (DESIGN.md: "stacked bars to 100%, or a waffle for one
// striking share"): code the chart loads when it first draws rows with a series, or a waffle.

/**
 * The parts in their series' colours (seriesColours: Okabe–Ito, no red/green pair), set apart by a
 * hairline of the background; a number inside a part in the background's colour, 4.5:1 on every
 * series colour of either theme.
 */
export const styles = css`
  ${seriesColours}
  ${keyStyles}
  ${waffleStyles}
  .key .swatch { background: var(--_series); }
  .visual .part { fill: var(--_series); stroke: var(--_canvas); stroke-width: 1px; }
  .visual .value.inside { fill: var(--_canvas); }
  .visual .frame-rule { stroke: var(--_rule); stroke-width: 1px; shape-rendering: crispEdges; }
  .visual .frame-rule.edge { stroke: var(--_muted); }
  .visual .tick { fill: var(--_muted); font-variant-numeric: tabular-nums; }
  @media (forced-colors: active) {
    .key .swatch { background: CanvasText; }
    .visual .part { fill: Canvas; stroke: CanvasText; }
    .visual .value.inside { fill: CanvasText; }
  }
`;

const middot = ' · ';

/** Figures with a series as bars of parts: stacked (the default), side by side, or each at 100%. */
export function stackModel(figures: Figure[], mode: StackMode, copy: BarCopy, context: ChartContext): ChartModel {
  const { lang, sizes } = context;
  const unit = figures[0].unit;
  // One precision for every number of the chart: the parts', and the totals, which are sums of them.
  const decimals = labelDecimals([figures.map((f) => f.value)]);
  const layout = layoutStacks(figures.map((f) => ({
    id: f.id, category: f.label![lang], series: f.series!, value: f.value, valueText: formatShort(f, lang, decimals),
  })), mode, sizes, {
    total: (value) => formatShort({ value, unit }, lang, decimals),
    percent: (percent) => formatTick(Math.round(percent), 'percent', lang, 0),
  });
  const byId = new Map(figures.map((f) => [f.id, f]));
  return {
    ...copy,
    // Stacked bars compare their totals; side by side, and at 100%, the values (as the copy sums them up).
    summary: mode === 'stacked' ? summarizeExtremes(layout.categories.map((c) => ({ label: c.label, value: c.total!.value, text: c.total!.text })), false, lang) : copy.summary,
    legend: html`<ul class="key" part="legend">${layout.series.map((name, i) => html`<li class="s${i}"><span class="swatch"></span>${name}</li>`)}</ul>`,
    width: layout.width,
    height: layout.height,
    visual: renderStacks(layout),
    // One mark a part, named by its category and its series: "Tamaulipas · Army".
    marks: layout.segments.map((segment) => ({ figure: byId.get(segment.id)!, label: segment.category + middot + segment.series, hit: segment.hit })),
  };
}

/** The bars of parts: the 0–100 frame first (under the bars), then each category's label and total, then the parts and their numbers. */
function renderStacks(layout: StackLayout): SVGTemplateResult {
  const { frame, labelSize, valueSize, axisSize } = layout;
  return svg`<g class="stacks ${layout.mode}">
    ${frame ? svg`<g class="frame-ticks">${frame.ticks.map((tick, i, all) => svg`
      ${frame.bottom > frame.top ? svg`<line class="frame-rule ${i === 0 || i === all.length - 1 ? 'edge' : ''}" x1=${tick.x} x2=${tick.x} y1=${frame.top - 3} y2=${frame.bottom}></line>` : ''}
      <text class="tick" font-size=${axisSize} x=${tick.labelX} y=${frame.labelY} text-anchor=${tick.anchor}>${tick.text}</text>`)}</g>` : ''}
    ${layout.categories.map((category) => svg`<g class="category">
      <text class="label" font-size=${labelSize} text-anchor=${category.labelText.anchor} y=${category.labelText.y}>${category.labelText.lines.map((line, i) =>
        svg`<tspan x=${category.labelText.x} dy=${i === 0 ? 0 : category.labelText.lineHeight}>${line}</tspan>`)}</text>
      ${category.total ? svg`<text class="value total" font-size=${valueSize} x=${category.total.x} y=${category.total.y}>${category.total.text}</text>` : ''}
    </g>`)}
    ${layout.segments.map((segment) => svg`<g class="segment s${segment.seriesIndex}" data-figure=${segment.id}>
      <rect class="part" x=${segment.box.x} y=${segment.box.y} width=${segment.box.width} height=${segment.box.height}></rect>
      ${segment.label ? svg`<text class="value ${segment.label.inside ? 'inside' : ''}" font-size=${valueSize} x=${segment.label.x} y=${segment.label.y}
        text-anchor=${segment.label.inside ? 'middle' : 'start'}>${segment.label.text}</text>` : ''}
    </g>`)}
  </g>`;
}

/** Each figure a share in percent, as a 10 × 10 waffle headed by its label: one square a percentage point. */
export function waffleModel(figures: Figure[], copy: BarCopy, { lang, sizes }: ChartContext): ChartModel {
  const layout = layoutWaffles(figures.map((f) => ({
    id: f.id, heading: f.label![lang], qualifierText: qualifierText(f.qualifier, lang), valueText: formatValue(f.value, f.unit, lang), percent: f.value,
  })), sizes);
  return {
    ...copy,
    width: layout.width,
    height: layout.height,
    visual: renderWaffles(layout, new Set()),
    marks: layout.panels.map((panel, i) => ({ figure: figures[i], label: panel.heading, hit: panel.box })),
  };
}
