import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { barChart } from '../views/bar-chart.js';
import { CifrasStatePanels, MAP_CODE, stateName } from '../views/state-panels.js';
import { WORDS } from './words.js';
import { figureValue } from '../citations/figure-text.js';

const BY_STATE = 'arrests-by-state';
const TOTAL = 'elementa.arrests-sedena-2018-2023.total';
const DRUG = 'elementa.drug-arrests-national-effort-2019-2023';
const DISCREPANCY = ['icg.ng-arrests-alleged-criminals-2022', 'icg.army-navy-arrests-sspc-2022'];

/**
 * Arrests: the defence ministry's arrests by state, 2018–2023, against all
 * drug-related arrests under the national anti-trafficking effort, with the
 * 2022 discrepancy between two official counts as a note.
 *
 * @element cifras-arrests
 * @summary Drug-related arrests, and the defence ministry's arrests by state.
 *
 * @attr view - `bars` (default) or `map`: the arrests by state as a tile map of the 32 states, the three the source names coloured and the rest marked as not broken down by the source, with their total.
 * @cssprop --cifras-map-1 - Lowest class of the map (`--cifras-map-2` … `--cifras-map-6` the others, darker for more on a light background).
 */
export class CifrasArrests extends CifrasStatePanels {
  static override spec = barChart({
    code: [MAP_CODE],
    data: () => import('../../data/shards/widgets/arrests.json'),
    provenance: () => import('../../data/shards/widgets/arrests.provenance.json'),
    words: WORDS,
    panels: ({ lang, t, words }) => {
      // Both panels count arrests: one scale, so bar lengths compare across them.
      const max = Math.max(...[DRUG, TOTAL].map((id) => pageCatalog.figure(id).value), ...pageCatalog.tableFigures(BY_STATE).map((f) => f.value));
      return [
        {
          id: 'totals', max, title: words.totals,
          figures: [DRUG, TOTAL].map((id) => pageCatalog.figure(id)),
          label: (f) => (f.id === DRUG ? words.drugRelated : words.bySedena),
        },
        {
          id: 'states', max,
          title: pageCatalog.table(BY_STATE).title[lang],
          figures: pageCatalog.tableFigures(BY_STATE),
          label: (f: Figure) => stateName(f, lang, t),
          // The state the title names: the first of the table, which lists them from the most arrests.
          highlight: (f: Figure) => f === pageCatalog.tableFigures(BY_STATE)[0],
        },
      ];
    },
    noteFigures: () => DISCREPANCY.map((id) => pageCatalog.figure(id)),
    copy: ({ lang, t, words }, _chart, shown) => {
      const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
      const [first] = pageCatalog.tableFigures(BY_STATE);
      return {
        title: words.title(stateName(first, lang, t), shown(first)),
        subtitle: words.subtitle(f(TOTAL)),
        summary: words.summary({ drug: f(DRUG), total: f(TOTAL), topState: stateName(first, lang, t), top: f(first.id) }),
        notes: [words.discrepancy(figureValue(DISCREPANCY[0], lang), figureValue(DISCREPANCY[1], lang))],
      };
    },
  });
}

defineElement('cifras-arrests', CifrasArrests);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-arrests': CifrasArrests;
  }
}
