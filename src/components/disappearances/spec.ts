import { formatFigure } from '../../chart/format.js';
import { pageCatalog } from '../../data/page-catalog.js';
import { sourcedLabel } from '../citations/figure-text.js';
import { barChart } from '../views/bar-chart.js';
import { WORDS } from './words.js';

/** The registry's totals in the order of their dates, and the government's census among them. */
const REGISTRY = ['icg.disappeared-presidential-count-2023', 'elementa.missing-persons-registry.2024-02', 'elementa.missing-persons-registry.2024',
  'icg.disappeared-registry-total-2024', 'icg.disappeared-since-1969'];
const TERM = ['elementa.disappearances-amlo.2023-06', 'elementa.disappearances-amlo.2023-08', 'icg.disappeared-registry-since-2019'];
/** What the title says. */
const LATEST = 'icg.disappeared-registry-total-2024';

/** The registry of the disappeared as each document counts it, and those registered during López Obrador's term: two panels of bars. */
export const disappearancesSpec = barChart({
  words: WORDS,
  panels: ({ lang, words }) => {
    // One scale for both panels: the term's counts are parts of the registry's.
    const max = Math.max(...[...REGISTRY, ...TERM].map((id) => pageCatalog.figure(id).value));
    return [
      { id: 'registry', title: words.registry, ids: REGISTRY },
      { id: 'term', title: words.term, ids: TERM },
    ].map(({ id, title, ids }) => ({
      id, title, max, figures: ids.map((figure) => pageCatalog.figure(figure)),
      label: (f) => sourcedLabel(f, words.who[f.id], lang), highlight: (f) => f.id === LATEST,
    }));
  },
  copy: ({ lang, words }) => ({
    title: words.title(formatFigure(pageCatalog.figure(LATEST), lang)),
    subtitle: words.subtitle,
    summary: words.summary([LATEST, 'icg.disappeared-since-1969', 'icg.disappeared-presidential-count-2023'].map((id) => formatFigure(pageCatalog.figure(id), lang))),
  }),
});
