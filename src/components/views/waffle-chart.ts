import { svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatValue, qualifierText } from '../../chart/format.js';
import { formatPeriod } from '../../chart/period.js';
import { cellsPath, layoutWaffles, waffleDefaults, type WaffleLayout } from '../../chart/waffle-layout.js';
import type { Figure } from '../../data/types.js';
import type { ChartSpec, SpecContext } from '../frame/chart-spec.js';
import type { ChartModel } from '../frame/chart-types.js';

/** The words around the waffles. */
export interface WaffleCopy {
  title: string;
  subtitle?: string;
  summary: string;
  notes?: TemplateResult[];
  legend?: TemplateResult;
}

/** Shares of a whole as 10 × 10 waffles, one square per percentage point. */
export interface WaffleSpec<W, H = unknown> extends Omit<ChartSpec<W, H>, 'figures' | 'model'> {
  /** The shares, in percent, one waffle each, headed by their period. */
  waffles(c: SpecContext<W, H>): Figure[];
  copy(c: SpecContext<W, H>): WaffleCopy;
  /** Figures cited in the notes but not drawn. */
  noteFigures?(c: SpecContext<W, H>): Figure[];
}

/** The chart spec of waffles: one per share, side by side where they fit, a derived share's squares hatched. */
export function waffleChart<W, H = unknown>(spec: WaffleSpec<W, H>): ChartSpec<W, H> {
  return {
    ...spec,
    figures: (c) => [...new Set([...spec.waffles(c), ...(spec.noteFigures?.(c) ?? [])])],
    model: (c, { lang, t, sizes }): ChartModel => {
      const shares = spec.waffles(c);
      const layout = layoutWaffles(shares.map((f) => ({
        id: f.id,
        heading: formatPeriod(f.period, lang) + (f.derived ? ` (${t.derivedMark})` : ''),
        qualifierText: qualifierText(f.qualifier, lang),
        valueText: formatValue(f.value, f.unit, lang),
        percent: f.value,
      })), sizes);
      return {
        ...spec.copy(c),
        width: layout.width,
        height: layout.height,
        visual: renderWaffles(layout, new Set(shares.filter((f) => f.derived).map((f) => f.id))),
        marks: layout.panels.map((panel, i) => ({ figure: shares[i], label: panel.heading, hit: panel.box })),
      };
    },
  };
}

/** The waffles; a derived share's squares hatched, as every chart draws a value worked out from the documents. */
export function renderWaffles(layout: WaffleLayout, derived: Set<string>): SVGTemplateResult {
  const { headingSize } = waffleDefaults;
  return svg`${layout.panels.map((panel) => svg`<g class="waffle" data-figure=${panel.id}>
    <text class="heading" y=${panel.headingY} font-size=${headingSize}>${panel.headingLines.map((line, i) =>
      svg`<tspan x=${panel.box.x} dy=${i ? headingSize * 1.3 : 0}>${line}</tspan>`)}</text>
    ${panel.qualifierText && panel.qualifierY ? svg`<text class="qualifier" x=${panel.box.x} y=${panel.qualifierY} font-size=${headingSize}>${panel.qualifierText}</text>` : ''}
    <text class="value big" x=${panel.box.x} y=${panel.valueY} font-size=${layout.valueSize}>${panel.qualifierText && !panel.qualifierY ? svg`<tspan class="qualifier" font-size=${headingSize}>${`${panel.qualifierText}\u00a0`}</tspan>` : ''}${panel.valueText}</text>
    <path class="cell empty" d=${cellsPath(panel.cells, () => 1)}></path>
    <path class="cell filled ${derived.has(panel.id) ? 'derived' : ''}" d=${cellsPath(panel.cells, (cell) => cell.fill)}></path>
  </g>`)}`;
}
