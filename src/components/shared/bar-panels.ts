import { html, svg, type TemplateResult } from 'lit';
import { barLabelColumn, layoutBars } from '../../chart/bar-layout.js';
import { formatShort } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import type { Messages } from '../../chart/messages.js';
import { stackPanels } from '../../chart/panels.js';
import { isRemainder } from '../../chart/remainder.js';
import type { Catalog } from '../../data/lookup.js';
import type { Figure } from '../../data/types.js';
import { renderBars } from './bars-view.js';
import { CifrasChart, type ChartContext } from './chart-element.js';
import type { ChartMark, ChartModel } from './chart-types.js';
import { adoptLazyStyles } from './lazy-styles.js';

type MapView = typeof import('../views/map-view.js');
/** The map view's code, once a chart on the page has asked for a map. */
let mapView: MapView | undefined;

const moved = (index: number | undefined, by: number) => (index === undefined ? undefined : index + by);

/** Whether a panel's figures are states (and perhaps the other states together): a panel a map can draw. */
const mappable = (panel: BarPanel) => panel.figures.some((f) => /^MX-[A-Z]{3}$/.test(f.geography))
  && panel.figures.every((f) => f.geography.startsWith('MX-'));

/** One panel of bars: which figures, how to name them, what to emphasise. */
export interface BarPanel {
  id: string;
  title?: string;
  figures: Figure[];
  label: (figure: Figure) => string;
  highlight?: (figure: Figure) => boolean;
  /** The value at the end of the scale (100 for shares of a whole). */
  max?: number;
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

/**
 * A chart made of one or more panels of horizontal bars, stacked. Subclasses say
 * which panels and what copy; layout, marks and footnotes are shared.
 */
export abstract class CifrasBarPanels extends CifrasChart {
  /** @internal Loads the map view's code, in the charts that can draw a map (only their files name its chunk). */
  static loadMapView?: () => Promise<MapView>;

  /** The panels, in reading order. */
  protected abstract panels(lang: Lang, t: Messages): BarPanel[];

  /** Title, subtitle, summary and notes, in the chart's language. */
  protected abstract copy(lang: Lang, t: Messages, context: ChartContext): BarCopy;

  /** Figures cited in the notes but not drawn. */
  protected noteFigures(): Figure[] {
    return [];
  }

  /** Whether the panel of states is drawn as a map (the other panels stay bars). */
  protected drawsMap(): boolean {
    return false;
  }

  /** The map view's code, where a map is drawn: loaded first (the chart waits for it, as for data). */
  protected mapCode(): MapView | undefined {
    return this.drawsMap() ? mapView : undefined;
  }

  protected override readData<T>(catalog: Catalog, read: () => T): T | undefined {
    const load = (this.constructor as typeof CifrasBarPanels).loadMapView;
    if (this.drawsMap() && !mapView && load) {
      this.waitFor(load().then((code) => { mapView = code; }));
      return undefined;
    }
    if (mapView && this.drawsMap()) adoptLazyStyles(this.shadowRoot, mapView.mapStyles);
    return super.readData(catalog, read);
  }

  protected chartFigures(): Figure[] {
    const drawn = this.panels(this.resolvedLang, this.t).flatMap((panel) => panel.figures);
    return [...new Set([...drawn, ...this.noteFigures()])];
  }

  protected buildModel(context: ChartContext): ChartModel {
    const { lang, t, sizes } = context;
    const panels = this.panels(lang, t);
    const code = this.mapCode();
    const mapAt = code ? panels.findIndex(mappable) : -1;
    const map = mapAt >= 0 ? code!.renderMapPanel(panels[mapAt].figures, lang, t, sizes, panels[mapAt].highlight) : undefined;
    const barPanels = panels.filter((_, i) => i !== mapAt);
    // One label column for every panel, so bars start at the same x and compare across panels.
    const column = barLabelColumn(barPanels.flatMap((panel) => panel.figures.map(panel.label)), sizes);
    const layouts = panels.map((panel, i) => (i === mapAt ? undefined : layoutBars(panel.figures.map((figure) => ({
      id: figure.id,
      label: panel.label(figure),
      value: figure.value,
      valueText: formatShort(figure, lang),
      highlight: panel.highlight?.(figure) ?? false,
      muted: Boolean(figure.derived),
      remainder: isRemainder(figure),
    })), sizes, panel.max, column)));
    const stack = stackPanels(panels.map((panel, i) => ({ title: panel.title, height: layouts[i]?.height ?? map!.height })), sizes);
    const marks: ChartMark[] = [];
    panels.forEach((panel, i) => {
      const shift = (hit: ChartMark['hit']) => ({ ...hit, y: hit.y + stack.panels[i].offset });
      const before = marks.length;
      // A map's marks say which tile is above and below, by their index among its own.
      if (i === mapAt) marks.push(...map!.marks.map((mark) => ({ ...mark, hit: shift(mark.hit), up: moved(mark.up, before), down: moved(mark.down, before) })));
      else marks.push(...layouts[i]!.bars.map((bar, j) => ({ figure: panel.figures[j], label: bar.label, hit: shift(bar.hit) })));
    });
    const copy = this.copy(lang, t, context);
    return {
      // Lighter bars are worked out from the documents' figures, as their footnotes show ("Derived: 756 − 328 …").
      // Hidden from screen readers, whose mark names say "(derived)" already.
      ...copy,
      summary: this.mapSummary(copy.summary, map?.summary),
      legend: layouts.some((layout) => layout?.bars.some((bar) => bar.muted))
        ? html`${copy.legend}<p class="derived-key" part="legend" aria-hidden="true"><svg width="14" height="10"><rect width="14" height="10"></rect></svg>${t.derived}</p>`
        : copy.legend,
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

  /** The chart's summary with a map's: what it says of the states without a value of their own. */
  protected mapSummary(summary: string, map?: { values: string; missing: string }): string {
    return [summary, map?.missing].filter(Boolean).join(' ');
  }
}
