import { html } from 'lit';
import { defineElement } from '../frame/define.js';
import { WORDS } from './words.js';
import { formatFigure } from '../../chart/format.js';
import { pageCatalog } from '../../data/page-catalog.js';
import { CifrasChart } from '../frame/chart-element.js';
import { figureValue } from '../citations/figure-text.js';
import { keyStyles } from '../views/key.styles.js';
import { waffleChart } from '../views/waffle-chart.js';
import { waffleStyles } from '../views/waffle.styles.js';

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
  static override styles = [...CifrasChart.styles, keyStyles, waffleStyles];

  static override spec = waffleChart({
    data: () => import('../../data/shards/widgets/budget-share.json'),
    provenance: () => import('../../data/shards/widgets/budget-share.provenance.json'),
    words: WORDS,
    waffles: () => SHARES.map((id) => pageCatalog.figure(id)),
    noteFigures: () => [RATIO, AGREEMENTS, FUNDS_MXN, FUNDS_USD, TRUSTS].map((id) => pageCatalog.figure(id)),
    copy: ({ lang, words }) => {
      const [before, after, ratio] = [...SHARES, RATIO].map((id) => formatFigure(pageCatalog.figure(id), lang));
      const value = (id: string) => figureValue(id, lang);
      return {
        title: words.title,
        subtitle: words.subtitle,
        summary: words.summary({ after, ratio, before }),
        notes: words.notes({ agreements: value(AGREEMENTS), fundsMxn: value(FUNDS_MXN), fundsUsd: value(FUNDS_USD), trusts: value(TRUSTS) }),
        legend: html`<ul class="key" part="legend">
          <li><span class="swatch filled"></span>${words.armedForces}</li>
          <li><span class="swatch empty"></span>${words.rest}</li>
        </ul>`,
      };
    },
  });
}

defineElement('cifras-budget-share', CifrasBudgetShare);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-budget-share': CifrasBudgetShare;
  }
}
