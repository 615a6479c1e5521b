import { html, svg } from 'lit';
import { defineElement } from '../frame/define.js';
import { WORDS } from './words.js';
import { formatFigure, formatValue, qualifierText } from '../../chart/format.js';
import { formatPeriod } from '../../chart/period.js';
import { cellsPath, layoutWaffles, waffleDefaults, type WaffleLayout } from '../../chart/waffle-layout.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { CifrasChart, type ChartContext } from '../frame/chart-element.js';
import type { ChartModel } from '../frame/chart-types.js';
import { figureValue } from '../citations/figure-text.js';
import { keyStyles } from '../views/key.styles.js';
import { budgetShareStyles } from './budget-share.styles.js';

const SHARES = ['icg.military-budget-share.2018', 'icg.military-budget-share.2024'];
const RATIO = 'icg.military-budget-share.ratio-2024-2018';
const AGREEMENTS = 'icg.militarized-agreements-2023';
const FUNDS_MXN = 'icg.militarized-agreements-funds.mxn';
const FUNDS_USD = 'icg.militarized-agreements-funds.usd';
const TRUSTS = 'icg.military-trusts-growth';

/**
 * The armed forces' share of federal spending: 20% in the 2024 budget against
 * the 2018 share implied by "8.6 times greater" (derived, with its arithmetic in
 * the footnote), as two 10 × 10 waffles — one square per percentage point —
 * with the functions and funds moved to the military as annotated notes.
 *
 * @element cifras-budget-share
 * @summary The military share of the federal budget, 2018 and 2024.
 *
 * @attr chart-title - Replaces the title.
 * @attr chart-subtitle - Replaces the subtitle.
 * @attr heading-level - Outline level of the title (default 2).
 * @attr lang - `en` or `es`; inherited from the page when absent.
 * @attr theme - `light` (default), `dark` or `auto`.
 *
 * @slot title - Replaces the title.
 * @slot subtitle - Replaces the subtitle.
 *
 * @csspart frame - The figure.
 * @csspart title - The title.
 * @csspart subtitle - The subtitle.
 * @csspart actions - The row of buttons.
 * @csspart chart - The plot area.
 * @csspart marks - The drawing.
 * @csspart tooltip - The tooltip.
 * @csspart notes - The annotations under the chart.
 * @csspart table - The data table.
 * @csspart footnotes - The source notes.
 *
 * @cssprop --cifras-color-accent - Filled squares (the military share).
 * @cssprop --cifras-color-rule - Empty squares.
 * @cssprop --cifras-color-text - Text colour.
 * @cssprop --cifras-color-muted - Secondary text colour.
 * @cssprop --cifras-color-link - Links and focus rings.
 * @cssprop --cifras-color-background - Background (transparent by default).
 * @cssprop --cifras-color-canvas - Tooltip background.
 * @cssprop --cifras-font-family - Font stack.
 * @cssprop --cifras-font-size - Base font size (16px).
 */
export class CifrasBudgetShare extends CifrasChart {
  static override dataModule = () => import('../../data/shards/widgets/budget-share.json');
  static override provenanceModule = () => import('../../data/shards/widgets/budget-share.provenance.json');

  static override styles = [...CifrasChart.styles, keyStyles, budgetShareStyles];

  protected override chartFigures(): Figure[] {
    return [...SHARES, RATIO, AGREEMENTS, FUNDS_MXN, FUNDS_USD, TRUSTS].map((id) => pageCatalog.figure(id));
  }

  protected override buildModel({ lang, t, sizes }: ChartContext): ChartModel {
    const shares = SHARES.map((id) => pageCatalog.figure(id));
    const [before, after] = shares;
    const ratio = pageCatalog.figure(RATIO);
    const words = WORDS[lang];
    const value = (id: string) => figureValue(id, lang);
    const layout = layoutWaffles(shares.map((f) => ({
      id: f.id,
      heading: formatPeriod(f.period, lang) + (f.derived ? ` (${t.derivedMark})` : ''),
      qualifierText: qualifierText(f.qualifier, lang),
      valueText: formatValue(f.value, f.unit, lang),
      percent: f.value,
    })), sizes);
    return {
      title: words.title,
      subtitle: words.subtitle,
      summary: words.summary({ after: formatFigure(after, lang), ratio: formatFigure(ratio, lang), before: formatFigure(before, lang) }),
      width: layout.width,
      height: layout.height,
      visual: renderWaffles(layout, new Set(shares.filter((f) => f.derived).map((f) => f.id))),
      marks: layout.panels.map((panel, i) => ({ figure: shares[i], label: panel.heading, hit: panel.box })),
      notes: words.notes({ agreements: value(AGREEMENTS), fundsMxn: value(FUNDS_MXN), fundsUsd: value(FUNDS_USD), trusts: value(TRUSTS) }),
      legend: html`<ul class="key" part="legend">
        <li><span class="swatch filled"></span>${words.armedForces}</li>
        <li><span class="swatch empty"></span>${words.rest}</li>
      </ul>`,
    };
  }
}

/** The waffles; a derived share's squares hatched, as every chart draws a value worked out from the documents. */
function renderWaffles(layout: WaffleLayout, derived: Set<string>) {
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

defineElement('cifras-budget-share', CifrasBudgetShare);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-budget-share': CifrasBudgetShare;
  }
}
