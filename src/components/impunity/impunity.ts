import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { barChart } from '../views/bar-chart.js';
import { CifrasChart } from '../frame/chart-element.js';
import { WORDS } from './words.js';
import { sourcedLabel } from '../citations/figure-text.js';

const CHAIN = ['elementa.crimes-reported-2022', 'elementa.reported-crimes-no-conclusion-2022', 'elementa.crimes-not-investigated-2022', 'elementa.crimes-conviction-2022'];
const IMPUNITY = ['icg.impunity-all-crimes-2022', 'icg.homicide-impunity-2022', 'icg.crimes-unreported-2022'];

// Each bar is named by its figure's label in the dataset.
const label = (f: Figure, lang: Lang) => sourcedLabel(f, f.label?.[lang] ?? f.measure[lang], lang, false);

/**
 * From crime to conviction in 2022: the share of crimes reported, left without
 * investigation or conclusion, and ending in a conviction, then overall impunity
 * and impunity for murder — each bar a share of 100.
 *
 * @element cifras-impunity
 * @summary From crime to conviction: reporting, investigation and impunity, 2022.
 */
export class CifrasImpunity extends CifrasChart {
  static override spec = barChart({
    data: () => import('../../data/shards/widgets/impunity.json'),
    provenance: () => import('../../data/shards/widgets/impunity.provenance.json'),
    words: WORDS,
    panels: ({ lang, words }) => [
      {
        id: 'chain', max: 100, title: words.chain,
        figures: CHAIN.map((id) => pageCatalog.figure(id)),
        label: (f) => label(f, lang),
        highlight: (f) => f.id === CHAIN[3],
      },
      {
        id: 'impunity', max: 100, title: words.impunity,
        figures: IMPUNITY.map((id) => pageCatalog.figure(id)),
        label: (f) => label(f, lang),
      },
    ],
    copy: ({ lang, words }) => {
      const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
      return {
        title: words.title,
        subtitle: words.subtitle,
        summary: words.summary({ reported: f(CHAIN[0]), convicted: f(CHAIN[3]), impunity: f(IMPUNITY[0]), murder: f(IMPUNITY[1]) }),
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
