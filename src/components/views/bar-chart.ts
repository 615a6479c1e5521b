import { html, svg, type TemplateResult } from 'lit';
import { barLabelColumn, layoutBars } from '../../chart/bar-layout.js';
import { formatShort, labelDecimals } from '../../chart/format.js';
import { stackPanels } from '../../chart/panels.js';
import { isRemainder } from '../../chart/remainder.js';
import type { Lang } from '../../chart/locale.js';
import type { Figure } from '../../data/types.js';
import { renderBars } from './bars-view.js';
import type { ChartContext } from '../frame/chart-element.js';
import type { ChartSpec, SpecContext } from '../frame/chart-spec.js';
import type { ChartMark, ChartModel } from '../frame/chart-types.js';

/** One panel of bars: which figures, how to name them, what to emphasise. */
export interface BarPanel {
  id: string;
  title?: string;
  figures: Figure[];
  label: (figure: Figure) => string;
  highlight?: (figure: Figure) => boolean;
  /** The value at the end of the scale (100 for shares of a whole). */
  max?: number;
  /** Draw the whole scale faintly behind each bar; by default for shares on a scale of 100. */
  track?: boolean;
  /** A short note on one bar: the event or caveat that explains it. */
  callout?: { figure: string; text: string };
}

/** The words around the chart. */
export interface BarCopy {
  title: string;
  subtitle?: string;
  summary: string;
  notes?: TemplateResult[];
  /** A key of the chart's own, where the colours of its bars mean kinds and not only emphasis. */
  legend?: TemplateResult;
}

/** A chart of one or more panels of horizontal bars, stacked: which panels, and the words around them. */
export interface BarSpec<W, H = unknown> extends Omit<ChartSpec<W, H>, 'figures' | 'model'> {
  /** The panels, in reading order. */
  panels(c: SpecContext<W, H>): BarPanel[];
  /** Title, subtitle, summary and notes, in the chart's language; `shown` writes a figure as its bar's label does, for a title that names it. */
  copy(c: SpecContext<W, H>, chart: ChartContext, shown: (figure: Figure) => string): BarCopy;
  /** Figures cited in the notes but not drawn. */
  noteFigures?(c: SpecContext<W, H>): Figure[];
  /** The decimals every value label shows, where the chart's own rule (`labelDecimals`) does not suit it. */
  decimals?: number;
}

/** How a chart's value labels are written: one precision for all the bars of a unit. */
export interface BarModelOptions {
  /** The decimals of every label; by unit with `labelDecimals` when absent. */
  decimals?: number;
}

/** Whether a panel's bars are shares of one whole, drawn over it. */
const sharesOfAWhole = (panel: BarPanel) => panel.max === 100 && panel.figures.every((f) => f.unit === 'percent');

/** The chart spec of panels of bars: layout, marks and footnotes shared by every bar chart. */
export function barChart<W, H = unknown>(spec: BarSpec<W, H>): ChartSpec<W, H> {
  return {
    ...spec,
    figures: (c) => [...new Set([...spec.panels(c).flatMap((panel) => panel.figures), ...(spec.noteFigures?.(c) ?? [])])],
    model: (c, context) => {
      const panels = spec.panels(c);
      const options = { decimals: spec.decimals };
      const shown = valueLabels(panels, context.lang, options);
      // In a sentence, as in any other: the title wraps like the words around it, and is cited and embedded as written.
      return barModel(panels, spec.copy(c, context, (figure) => shown(figure).replace(/\u00a0/g, ' ')), context, options);
    },
  };
}

/**
 * How the chart writes a figure on its bar: one precision for the labels of a
 * unit across the chart (`labelDecimals`), a bound rounded the way that keeps
 * it true. The tooltip and table give the document's figure.
 */
export function valueLabels(panels: BarPanel[], lang: Lang, options: BarModelOptions = {}): (figure: Figure) => string {
  const units = new Set(panels.flatMap((panel) => panel.figures.map((f) => f.unit)));
  const decimals = new Map([...units].map((unit) => [unit, options.decimals
    ?? labelDecimals(panels.map((panel) => panel.figures.filter((f) => f.unit === unit).map((f) => f.value)))]));
  return (figure) => formatShort(figure, lang, decimals.get(figure.unit));
}

/** Panels of bars laid out for the context's width, with one label column so that bars compare across panels. */
export function barModel(panels: BarPanel[], copy: BarCopy, context: ChartContext, options: BarModelOptions = {}): ChartModel {
  const { lang, t, sizes } = context;
  // One label column for every panel, so bars start at the same x and compare across panels.
  const column = barLabelColumn(panels.flatMap((panel) => panel.figures.map(panel.label)), sizes);
  const valueText = valueLabels(panels, lang, options);
  const layouts = panels.map((panel) => layoutBars(panel.figures.map((figure) => ({
    id: figure.id,
    label: panel.label(figure),
    value: figure.value,
    valueText: valueText(figure),
    highlight: panel.highlight?.(figure) ?? false,
    muted: Boolean(figure.derived),
    remainder: isRemainder(figure),
  })), sizes, {
    max: panel.max, labelColumn: column, track: panel.track ?? sharesOfAWhole(panel),
    callout: panel.callout && { id: panel.callout.figure, text: panel.callout.text },
  }));
  const stack = stackPanels(panels.map((panel, i) => ({ title: panel.title, height: layouts[i].height })), sizes);
  const marks: ChartMark[] = panels.flatMap((panel, i) => layouts[i].bars.map((bar, j) => ({
    figure: panel.figures[j], label: bar.label, hit: { ...bar.hit, y: bar.hit.y + stack.panels[i].offset },
  })));
  return {
    // Lighter bars are worked out from the documents' figures, as their footnotes show ("Derived: 756 − 328 …").
    // Hidden from screen readers, whose mark names say "(derived)" already.
    ...copy,
    legend: layouts.some((layout) => layout.bars.some((bar) => bar.muted))
      ? html`${copy.legend}<p class="derived-key" part="legend" aria-hidden="true"><svg width="14" height="10"><rect width="14" height="10"></rect></svg>${t.derived}</p>`
      : copy.legend,
    width: sizes.width,
    height: stack.height,
    marks,
    visual: svg`${panels.map((panel, i) => svg`<g class="panel" data-panel=${panel.id}>
      ${stack.panels[i].titleLines.length ? svg`<text class="panel-title" font-size=${stack.titleSize} y=${stack.panels[i].titleY}>${stack.panels[i].titleLines.map((line, k) =>
        svg`<tspan x="0" dy=${k ? stack.titleLineHeight : 0}>${line}</tspan>`)}</text>` : ''}
      <g transform="translate(0 ${stack.panels[i].offset})">${renderBars(layouts[i])}</g>
    </g>`)}`,
  };
}
