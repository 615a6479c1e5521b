import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { barChart } from '../views/bar-chart.js';
import { CifrasChart } from '../frame/chart-element.js';
import { WORDS } from './words.js';
import { figureValue } from '../citations/figure-text.js';

const PRESIDENTS = ['calderon', 'pena-nieto', 'lopez-obrador'] as const;
// The same in both languages.
const NAMES: Record<(typeof PRESIDENTS)[number], string> = {
  calderon: 'Calderón (2006–2012)',
  'pena-nieto': 'Peña Nieto (2012–2018)',
  'lopez-obrador': 'López Obrador (2018–2022)',
};
const CLASHES = PRESIDENTS.map((p) => `icg.clashes-monthly-average.${p}`);
const CASUALTIES = PRESIDENTS.map((p) => `icg.criminal-casualties-per-year.${p}`);
const AGGRESSIONS = ['elementa.aggressions-2019-2024.events', 'elementa.aggressions-2019-2024.aggressors-killed',
  'elementa.aggressions-2019-2024.aggressors-injured', 'elementa.aggressions-2019-2024.aggressors-killed-per-soldier-killed'];

const president = (f: Figure) => NAMES[PRESIDENTS.find((p) => f.id.endsWith(p))!];

/**
 * Clashes between federal forces and armed groups: the monthly average under
 * Calderón, Peña Nieto and López Obrador ("at least" for the last, whose 2022
 * data are incomplete), beside suspected criminals killed per year,
 * with the defence ministry's later aggressions figures as notes.
 *
 * @element cifras-clash-rate
 * @summary Monthly clashes and suspected criminals killed, by presidency.
 */
export class CifrasClashRate extends CifrasChart {
  static override spec = barChart({
    data: () => import('../../data/shards/widgets/clash-rate.json'),
    provenance: () => import('../../data/shards/widgets/clash-rate.provenance.json'),
    words: WORDS,
    panels: ({ words }) => [
      {
        id: 'clashes', title: words.clashes, figures: CLASHES.map((id) => pageCatalog.figure(id)), label: president,
        // The average the title ends on, and why it is a minimum.
        highlight: (f) => f.id === CLASHES[2],
        callout: { figure: CLASHES[2], text: words.incomplete },
      },
      { id: 'casualties', title: words.casualties, figures: CASUALTIES.map((id) => pageCatalog.figure(id)), label: president },
    ],
    noteFigures: () => AGGRESSIONS.map((id) => pageCatalog.figure(id)),
    copy: ({ lang, words }, _chart, shown) => {
      const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
      const v = (id: string) => figureValue(id, lang);
      return {
        title: words.title(shown(pageCatalog.figure(CLASHES[0])), shown(pageCatalog.figure(CLASHES[2]))),
        subtitle: words.subtitle,
        summary: words.summary(CLASHES.map(f), CASUALTIES.map(f)),
        notes: [words.aggressions(AGGRESSIONS.map(v))],
      };
    },
  });
}

defineElement('cifras-clash-rate', CifrasClashRate);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-clash-rate': CifrasClashRate;
  }
}
