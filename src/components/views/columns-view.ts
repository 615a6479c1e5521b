import { svg, type SVGTemplateResult } from 'lit';
import { columnDefaults, type PlacedColumn, type TimeColumnsLayout } from '../../chart/time-columns.js';

/** A column's classes: its series or emphasis, a derived value's hatching (and, on its group, an open top: the column itself is filled). */
const classes = (c: PlacedColumn, group = true) => `${c.series === undefined ? '' : `series s${c.series}`} ${c.highlight ? 'highlight' : ''} ${c.muted ? 'muted' : ''} ${group && c.open ? 'open' : ''}`;

/** An open top: the column's sides run on, dashed, past its value, and no line closes it. */
function openTop(c: PlacedColumn): SVGTemplateResult {
  return svg`<path class="open-end" d="M${c.x + 0.75},${c.y} V${c.y - c.openTop} M${c.x + c.width - 0.75},${c.y} V${c.y - c.openTop}"></path>`;
}

/**
 * Draws columns on a time axis: the annotations' bands and lines behind, the
 * value grid, multi-year values, the columns (a bound with an open top), their
 * labels, the years as short ticks (so an empty year shows as an empty place)
 * and the annotations' labels above the plot.
 */
export function renderTimeColumns(layout: TimeColumnsLayout, axisDescription: string): SVGTemplateResult {
  const { baseline } = layout;
  const strong = new Set(layout.columns.filter((c) => c.highlight).map((c) => c.id));
  return svg`
    <g class="annotations">${layout.annotations.map((a) => svg`<g class="annotation ${a.x2 === undefined ? 'at' : 'period'}" data-annotation=${a.id}>
      ${a.x2 === undefined
        ? svg`<line class="event" x1=${a.x1} x2=${a.x1} y1=${a.box.y} y2=${baseline}></line>`
        : svg`<rect class="band ${a.shaded ? 'shaded' : ''}" x=${a.x1} y=${a.box.y} width=${Math.max(0, a.x2 - a.x1)} height=${baseline - a.box.y}></rect>`}
      <text class="annotation-label" font-size=${columnDefaults.annotationSize} y=${a.labelY}>${a.lines.map((line, i) => svg`<tspan x=${a.labelX} dy=${i ? columnDefaults.annotationLine : 0}>${line}</tspan>`)}</text>
    </g>`)}</g>
    <g class="grid">${layout.yTicks.slice(1).map((t) => svg`<line x1=${layout.plotLeft} x2=${layout.width} y1=${t.y} y2=${t.y}></line>`)}</g>
    <g class="axis" font-size=${layout.axisSize}>${layout.yTicks.map((t) => svg`<text x=${layout.plotLeft - 6} y=${t.y + layout.axisSize * 0.35} text-anchor="end">${t.label}</text>`)}</g>
    ${layout.gaps.map((g) => (g.text ? svg`<text class="gap-label" font-size=${layout.axisSize} x=${g.text.x} y=${g.text.y} text-anchor="middle">${g.text.text}</text>` : ''))}
    ${layout.spans.map((s) => svg`<g class="span ${classes(s)}" data-figure=${s.id}>
      <line class="span-top" x1=${s.x} x2=${s.x + s.width} y1=${s.y} y2=${s.y}></line>
    </g>`)}
    ${layout.columns.map((c) => svg`<g class="column ${classes(c)}" data-figure=${c.id}>
      <rect class="mark ${classes(c, false)}" x=${c.x} y=${c.y} width=${c.width} height=${Math.max(0, baseline - c.y)}></rect>
      ${c.open ? openTop(c) : ''}
    </g>`)}
    ${layout.labels.map((l) => svg`<text class="column-label ${strong.has(l.id) ? 'highlight' : ''}" font-size=${layout.labelSize} data-figure=${l.id} x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)}
    <g class="axis x-axis" font-size=${layout.axisSize}>
      <line class="zero" x1=${layout.plotLeft} x2=${layout.width} y1=${baseline} y2=${baseline}></line>
      ${layout.yearEdges.map((x) => svg`<line class="year" x1=${x} x2=${x} y1=${baseline} y2=${baseline + 4}></line>`)}
      ${layout.xTicks.map((t) => svg`<text x=${t.x} y=${baseline + 17} text-anchor="middle">${t.label}</text>`)}
    </g>
    <desc>${axisDescription}</desc>`;
}
