import { defineElement } from '../frame/define.js';
import { formatFigure, formatNumber, roundTo } from '../../chart/format.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { barChart } from '../views/bar-chart.js';
import { CifrasChart } from '../frame/chart-element.js';
import { WORDS } from './words.js';

/** From crime to conviction, each a share of all crimes, reported or not: the two middle stages derived onto that base. */
const CHAIN = ['elementa.crimes-reported-2022', 'icg.crimes-case-file-opened-2022', 'elementa.reported-crimes-concluded-2022', 'elementa.crimes-conviction-2022'];
/** Impunity rates on other bases (crimes that reach the authorities; homicides), drawn apart. */
const APART = ['icg.impunity-all-crimes-2022', 'icg.homicide-impunity-2022'];
const CONVICTED = CHAIN[3];
/** The chart's labels show one decimal: 95.7% and 96.3% are not both 96%. */
const DECIMALS = 1;

/**
 * From crime to conviction in 2022, all on one base, so that the drop-off
 * reads in one direction: of every 100 crimes, reported or not, how many were
 * reported, led to a case file, reached a conclusion and ended in a
 * conviction. Impunity rates, on bases of their own, are drawn apart.
 *
 * @element cifras-impunity
 * @summary Of every 100 crimes: reporting, investigation and conviction, 2022.
 */
export class CifrasImpunity extends CifrasChart {
  static override spec = barChart({
    data: () => import('../../data/shards/widgets/impunity.json'),
    provenance: () => import('../../data/shards/widgets/impunity.provenance.json'),
    words: WORDS,
    decimals: DECIMALS,
    panels: ({ words }) => [
      {
        id: 'chain', max: 100, title: words.chain,
        figures: CHAIN.map((id) => pageCatalog.figure(id)),
        label: (f: Figure) => words.labels[f.id],
        highlight: (f) => f.id === CONVICTED,
      },
      {
        id: 'apart', max: 100, title: words.apart,
        figures: APART.map((id) => pageCatalog.figure(id)),
        label: (f: Figure) => words.labels[f.id],
      },
    ],
    copy: ({ lang, words }) => {
      const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
      // The title's numbers as the bars show them.
      const n = (id: string) => formatNumber(roundTo(pageCatalog.figure(id).value, DECIMALS), lang, DECIMALS);
      return {
        title: words.title({ reported: n(CHAIN[0]), convicted: n(CONVICTED) }),
        subtitle: words.subtitle,
        summary: words.summary({ reported: f(CHAIN[0]), caseFile: f(CHAIN[1]), concluded: f(CHAIN[2]), convicted: f(CONVICTED), impunity: f(APART[0]), murder: f(APART[1]) }),
      };
    },
  });
}

defineElement('cifras-impunity', CifrasImpunity);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-impunity': CifrasImpunity;
  }
}
