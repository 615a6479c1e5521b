import { html, svg, type TemplateResult } from 'lit';
import { barLabelColumn, barValueColumn, layoutBars } from '../../chart/bar-layout.js';
import { formatShort, labelDecimals } from '../../chart/format.js';
import { stackPanels } from '../../chart/panels.js';
import { isRemainder } from '../../chart/remainder.js';
import type { Lang } from '../../chart/locale.js';
import type { Figure } from '../../data/types.js';
import { renderBars } from './bars-view.js';
import { derivedKey } from './derived-key.js';
import type { ChartContext } from '../frame/chart-element.js';
import type { ChartSpec, SpecContext } from '../frame/chart-spec.js';
type MapView = typeof import('./map-view.js');
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
  /** The map view's code, where the chart draws its panel of states as a map. */
  map?: MapView;
  /** The chart is a map alone (a custom chart's): the summary is the map's own. */
  mapOnly?: boolean;
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
      // A chart that can draw its panel of states as a map names the map's code (MAP_CODE), in once it draws one.
      return barModel(panels, spec.copy(c, context, (figure) => shown(figure).replace(/\u00a0/g, ' ')), context,
        { ...options, map: c.code.map as MapView | undefined });
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

const moved = (index: number | undefined, by: number) => (index === undefined ? undefined : index + by);

/** Whether a panel's figures are states (and perhaps the other states together): a panel a map can draw. */
const mappable = (panel: BarPanel) => panel.figures.some((f) => /^MX-[A-Z]{3}$/.test(f.geography))
  && panel.figures.every((f) => f.geography.startsWith('MX-'));

/**
 * Panels of bars laid out for the context's width, with one label column so that bars compare across panels.
 * With a map's code (`options.map`), the panel of states is a tile map (the others stay bars); `mapOnly` makes the summary the map's own.
 */
export function barModel(panels: BarPanel[], copy: BarCopy, context: ChartContext, options: BarModelOptions = {}): ChartModel {
  const { lang, t, sizes } = context;
  const mapAt = options.map ? panels.findIndex(mappable) : -1;
  const map = mapAt >= 0 ? options.map!.renderMapPanel(panels[mapAt].figures, lang, t, sizes, panels[mapAt].highlight) : undefined;
  const barPanels = panels.filter((_, i) => i !== mapAt);
  // One label column for every panel, so bars start at the same x and compare across panels.
  const column = barLabelColumn(barPanels.flatMap((panel) => panel.figures.map(panel.label)), sizes);
  const valueText = valueLabels(barPanels, lang, options);
  // One room for values too: the bars of every panel end where the others' do, and panels with one maximum share a length per unit.
  const valueColumn = barValueColumn(barPanels.flatMap((panel) => panel.figures.map(valueText)), sizes);
  const layouts = panels.map((panel, i) => (i === mapAt ? undefined : layoutBars(panel.figures.map((figure) => ({
    id: figure.id,
    label: panel.label(figure),
    value: figure.value,
    valueText: valueText(figure),
    highlight: panel.highlight?.(figure) ?? false,
    muted: Boolean(figure.derived),
    remainder: isRemainder(figure),
    open: figure.qualifier === 'at-least',
  })), sizes, {
    max: panel.max, labelColumn: column, valueColumn, track: panel.track ?? sharesOfAWhole(panel),
    callout: panel.callout && { id: panel.callout.figure, text: panel.callout.text },
  })));
  const stack = stackPanels(panels.map((panel, i) => ({ title: panel.title, height: layouts[i]?.height ?? map!.height })), sizes);
  const marks: ChartMark[] = [];
  panels.forEach((panel, i) => {
    const shift = (hit: ChartMark['hit']) => ({ ...hit, y: hit.y + stack.panels[i].offset });
    const before = marks.length;
    // A map's marks say which tile is above and below, by their index among its own.
    if (i === mapAt) marks.push(...map!.marks.map((mark) => ({ ...mark, hit: shift(mark.hit), up: moved(mark.up, before), down: moved(mark.down, before) })));
    else marks.push(...layouts[i]!.bars.map((bar, j) => ({ figure: panel.figures[j], label: bar.label, hit: shift(bar.hit) })));
  });
  return {
    ...copy,
    // A map says what it shows of the states without a value of their own; a map alone (a custom chart's) says all of it.
    summary: map && options.mapOnly ? [map.summary.values, map.summary.missing].filter(Boolean).join(' ') : [copy.summary, map?.summary.missing].filter(Boolean).join(' '),
    legend: layouts.some((layout) => layout?.bars.some((bar) => bar.muted)) ? html`${copy.legend}${derivedKey(t)}` : copy.legend,
    width: sizes.width,
    height: stack.height,
    marks,
    visual: svg`${panels.map((panel, i) => svg`<g class="panel" data-panel=${panel.id}>
      ${stack.panels[i].titleLines.length ? svg`<text class="panel-title" font-size=${stack.titleSize} y=${stack.panels[i].titleY}>${stack.panels[i].titleLines.map((line, k) =>
        svg`<tspan x="0" dy=${k ? stack.titleLineHeight : 0}>${line}</tspan>`)}</text>` : ''}
      <g transform="translate(0 ${stack.panels[i].offset})">${i === mapAt ? map!.visual : renderBars(layouts[i]!)}</g>
    </g>`)}`,
  };
}
