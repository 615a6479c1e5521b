import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { barChart } from '../views/bar-chart.js';
import { CifrasChart } from '../frame/chart-element.js';
import { WORDS } from './words.js';
import type { ExtraditionWords } from './words.js';

const TOTAL = ['elementa.extraditions-approved.pena-nieto', 'elementa.extraditions-approved.amlo'];
const PER_YEAR = ['elementa.extraditions-approved-per-year.pena-nieto', 'elementa.extraditions-approved-per-year.amlo'];

// The title speaks of López Obrador's extraditions: his bars are the highlighted ones.
const isLopezObrador = (f: Figure) => f.id.endsWith('.amlo');

// The id ends in whose term it counts: ….pena-nieto, ….amlo.
const president = (f: Figure, words: ExtraditionWords) => words.presidents[f.id.split('.').pop() as keyof ExtraditionWords['presidents']];

/**
 * Extraditions to the United States approved under Peña Nieto and under López
 * Obrador to 2022: the totals, and per year so the different lengths of the two
 * periods do not mislead.
 *
 * @element cifras-extraditions
 * @summary Extraditions approved by administration, in total and per year.
 */
export class CifrasExtraditions extends CifrasChart {
  static override spec = barChart({
    data: () => import('../../data/shards/widgets/extraditions.json'),
    provenance: () => import('../../data/shards/widgets/extraditions.provenance.json'),
    words: WORDS,
    panels: ({ words }) => [
      // The yearly pace first, as the title compares it; the totals after, lower only for the fewer years they cover.
      { id: 'per-year', title: words.perYear, figures: PER_YEAR.map((id) => pageCatalog.figure(id)), label: (f) => president(f, words), highlight: isLopezObrador },
      { id: 'total', title: words.total, figures: TOTAL.map((id) => pageCatalog.figure(id)), label: (f) => president(f, words), highlight: isLopezObrador },
    ],
    copy: ({ lang, words }, _chart, shown) => {
      const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
      const bar = (id: string) => shown(pageCatalog.figure(id));
      return {
        title: words.title({ amlo: bar(TOTAL[1]), penaNieto: bar(TOTAL[0]), amloPerYear: bar(PER_YEAR[1]), penaNietoPerYear: bar(PER_YEAR[0]) }),
        subtitle: words.subtitle,
        summary: words.summary({ penaNieto: f(TOTAL[0]), amlo: f(TOTAL[1]), penaNietoPerYear: f(PER_YEAR[0]), amloPerYear: f(PER_YEAR[1]) }),
      };
    },
  });
}

defineElement('cifras-extraditions', CifrasExtraditions);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-extraditions': CifrasExtraditions;
  }
}
