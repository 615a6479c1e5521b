import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import { formatPeriod } from '../../chart/period.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { barChart } from '../views/bar-chart.js';
import { CifrasChart } from '../frame/chart-element.js';
import { WORDS } from './words.js';
import { figureValue } from '../citations/figure-text.js';

const TABLE = 'candidates-killed';
const POLICE = 'icg.police-killed-lopez-obrador';

/**
 * Candidates killed in each electoral cycle since 2017–2018, with the police
 * killed during López Obrador's term as a note.
 *
 * @element cifras-electoral-violence
 * @summary Candidates killed by electoral cycle, and police killed.
 */
export class CifrasElectoralViolence extends CifrasChart {
  static override spec = barChart({
    data: () => import('../../data/shards/widgets/electoral-violence.json'),
    provenance: () => import('../../data/shards/widgets/electoral-violence.provenance.json'),
    words: WORDS,
    panels: ({ lang, words }) => {
      const figures = pageCatalog.tableFigures(TABLE);
      const latest = figures[figures.length - 1];
      return [{
        id: 'candidates',
        figures,
        label: (f: Figure) => words.cycle(formatPeriod(f.period, lang)),
        // The cycle the title ends on, counted before it was over.
        highlight: (f) => f === latest,
        callout: { figure: latest.id, text: words.toMay },
      }];
    },
    noteFigures: () => [pageCatalog.figure(POLICE)],
    copy: ({ lang, words }, _chart, shown) => {
      const [first, , last] = pageCatalog.tableFigures(TABLE);
      return {
        title: words.title(shown(first), shown(last)),
        subtitle: words.subtitle,
        summary: words.summary(formatFigure(first, lang), formatFigure(last, lang)),
        notes: [words.police(figureValue(POLICE, lang))],
      };
    },
  });
}

defineElement('cifras-electoral-violence', CifrasElectoralViolence);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-electoral-violence': CifrasElectoralViolence;
  }
}
