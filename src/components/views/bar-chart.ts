import { html, svg, type TemplateResult } from 'lit';
import { barLabelColumn, barValueColumn, layoutBars } from '../../chart/bar-layout.js';
import { formatShort } from '../../chart/format.js';
import { stackPanels } from '../../chart/panels.js';
import { isRemainder } from '../../chart/remainder.js';
import type { Figure } from '../../data/types.js';
import { renderBars } from './bars-view.js';
import { derivedKey } from './derived-key.js';
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
  /** Panels naming one scale share its length per unit: one maximum, one room for their values (a count and its parts). */
  scale?: string;
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
  /** Title, subtitle, summary and notes, in the chart's language. */
  copy(c: SpecContext<W, H>, chart: ChartContext): BarCopy;
  /** Figures cited in the notes but not drawn. */
  noteFigures?(c: SpecContext<W, H>): Figure[];
}

/** The chart spec of panels of bars: layout, marks and footnotes shared by every bar chart. */
export function barChart<W, H = unknown>(spec: BarSpec<W, H>): ChartSpec<W, H> {
  return {
    ...spec,
    figures: (c) => [...new Set([...spec.panels(c).flatMap((panel) => panel.figures), ...(spec.noteFigures?.(c) ?? [])])],
    model: (c, context) => barModel(spec.panels(c), spec.copy(c, context), context),
  };
}

/** Panels of bars laid out for the context's width, with one label column so that bars compare across panels. */
export function barModel(panels: BarPanel[], copy: BarCopy, context: ChartContext): ChartModel {
  const { lang, t, sizes } = context;
  // One label column for every panel, so bars start at the same x and compare across panels.
  const column = barLabelColumn(panels.flatMap((panel) => panel.figures.map(panel.label)), sizes);
  const scales = new Map<string, { max: number; values: number }>();
  for (const panel of panels.filter((p) => p.scale)) {
    const shared = scales.get(panel.scale!) ?? { max: 0, values: 0 };
    shared.max = Math.max(shared.max, panel.max ?? 0, ...panel.figures.map((f) => f.value));
    shared.values = Math.max(shared.values, barValueColumn(panel.figures.map((f) => formatShort(f, lang)), sizes));
    scales.set(panel.scale!, shared);
  }
  const scale = (panel: BarPanel) => (panel.scale ? scales.get(panel.scale) : undefined);
  const layouts = panels.map((panel) => layoutBars(panel.figures.map((figure) => ({
    id: figure.id,
    label: panel.label(figure),
    value: figure.value,
    valueText: formatShort(figure, lang),
    highlight: panel.highlight?.(figure) ?? false,
    muted: Boolean(figure.derived),
    remainder: isRemainder(figure),
  })), sizes, scale(panel)?.max ?? panel.max, column, scale(panel)?.values));
  const stack = stackPanels(panels.map((panel, i) => ({ title: panel.title, height: layouts[i].height })), sizes);
  const marks: ChartMark[] = panels.flatMap((panel, i) => layouts[i].bars.map((bar, j) => ({
    figure: panel.figures[j], label: bar.label, hit: { ...bar.hit, y: bar.hit.y + stack.panels[i].offset },
  })));
  return {
    ...copy,
    legend: layouts.some((layout) => layout.bars.some((bar) => bar.muted)) ? html`${copy.legend}${derivedKey(t)}` : copy.legend,
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
