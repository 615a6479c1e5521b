import { css, html } from 'lit';
import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { barChart } from '../views/bar-chart.js';
import { CifrasChart } from '../frame/chart-element.js';
import { WORDS } from './words.js';
import { figureValue, sourcedLabel } from '../citations/figure-text.js';
import { keyStyles } from '../views/key.styles.js';

const DEPLOYED = ['elementa.military-deployment.2012', 'felbab.troops-deployed.pena-nieto', 'elementa.military-deployment.2018',
  'elementa.military-deployment.2023', 'icg.military-deployed-streets-2024', 'icg.security-forces-deployed-2024-04'];
const ENSP = ['elementa.deployment-ensp-2023.ensp-share', 'elementa.deployment-ensp-2023.ensp-share-computed', 'elementa.deployment-ensp-2023.ensp'];

/** Who counted, in a few words, for each bar. */
/**
 * Military personnel deployed in public security, 2012 to April 2024, one bar
 * per count and source: the differing 2023–2024 counts are shown side by side,
 * each labelled with what it counts and who counted it.
 *
 * @element cifras-troop-deployment
 * @summary Troops deployed in public security, by year and source.
 */
export class CifrasTroopDeployment extends CifrasChart {
  static override styles = [...CifrasChart.styles, keyStyles, css`
    .swatch { background: var(--_mark); }
    .swatch.highlight { background: var(--_highlight); }
    @media (forced-colors: active) {
      .swatch { background: CanvasText; }
      .swatch.highlight { background: Canvas; border: 2px solid Highlight; }
    }
  `];

  static override spec = barChart({
    data: () => import('../../data/shards/widgets/troop-deployment.json'),
    provenance: () => import('../../data/shards/widgets/troop-deployment.provenance.json'),
    words: WORDS,
    panels: ({ lang, words }) => [{
      id: 'deployed',
      figures: DEPLOYED.map((id) => pageCatalog.figure(id)),
      label: (f: Figure) => sourcedLabel(f, words.who[f.id], lang),
      highlight: (f) => f.period >= '2023',
    }],
    noteFigures: () => ENSP.map((id) => pageCatalog.figure(id)),
    copy: ({ lang, words }) => {
      const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
      const v = (id: string) => figureValue(id, lang);
      return {
        title: words.title,
        subtitle: words.subtitle,
        legend: key(words.before, words.since),
        summary: words.summary([0, 2, 3, 4, 5].map((i) => f(DEPLOYED[i]))),
        notes: [words.strategy(ENSP.map(v)), words.police],
      };
    },
  });
}

/** Red for the counts since the National Guard, as the subtitle says; grey for those before. */
function key(before: string, since: string) {
  return html`<ul class="key" part="legend">
    <li><span class="swatch"></span>${before}</li>
    <li><span class="swatch highlight"></span>${since}</li>
  </ul>`;
}

defineElement('cifras-troop-deployment', CifrasTroopDeployment);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-troop-deployment': CifrasTroopDeployment;
  }
}
