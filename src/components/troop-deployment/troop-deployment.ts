import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import { pageCatalog } from '../../data/page-catalog.js';
import { timeChart } from '../views/time-chart.js';
import { CifrasChart } from '../frame/chart-element.js';
import { WORDS } from './words.js';
import { figureValue, sourcedLabel } from '../citations/figure-text.js';

const DEPLOYED = ['elementa.military-deployment.2012', 'felbab.troops-deployed.pena-nieto', 'elementa.military-deployment.2018',
  'elementa.military-deployment.2023', 'icg.military-deployed-streets-2024', 'icg.security-forces-deployed-2024-04'];
const ENSP = ['elementa.deployment-ensp-2023.ensp-share', 'elementa.deployment-ensp-2023.ensp-share-computed', 'elementa.deployment-ensp-2023.ensp'];
/** The first year the documents count the National Guard's members: where the shaded Guard years start. */
const GUARD = 'elementa.guard-sedena-share.2019';

/**
 * Military personnel deployed in public security, 2012 to April 2024, as
 * columns on a time axis: the years no document counts stay empty, the
 * National Guard's years are shaded, and the differing counts of one time
 * (2018; December 2023 and April 2024) stand side by side, each named by what
 * it counts and who counted it in its tooltip and the table.
 *
 * @element cifras-troop-deployment
 * @summary Troops deployed in public security over time, with every source's count.
 */
export class CifrasTroopDeployment extends CifrasChart {
  static override spec = timeChart({
    data: () => import('../../data/shards/widgets/troop-deployment.json'),
    provenance: () => import('../../data/shards/widgets/troop-deployment.provenance.json'),
    words: WORDS,
    domain: [2012, 2025],
    columns: ({ lang, words }) => DEPLOYED.map((id) => {
      const figure = pageCatalog.figure(id);
      // The counts that include the National Guard, which the title speaks of.
      return { figure, label: sourcedLabel(figure, words.who[id], lang), highlight: figure.period >= '2023' };
    }),
    annotations: ({ words }) => [{ id: 'national-guard', label: words.guard, figure: pageCatalog.figure(GUARD), end: 2025 }],
    noteFigures: () => ENSP.map((id) => pageCatalog.figure(id)),
    copy: ({ lang, words }) => {
      const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
      const v = (id: string) => figureValue(id, lang);
      return {
        title: words.title,
        subtitle: words.subtitle,
        summary: words.summary([0, 2, 3, 4, 5].map((i) => f(DEPLOYED[i]))),
        // The counts side by side and the strategy's share the document contradicts; the shaded years carry their label.
        notes: [words.pair(DEPLOYED.slice(3).map(v)), words.strategy(ENSP.map(v))],
        axis: words.axis,
        gap: words.gap,
      };
    },
  });
}

defineElement('cifras-troop-deployment', CifrasTroopDeployment);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-troop-deployment': CifrasTroopDeployment;
  }
}
