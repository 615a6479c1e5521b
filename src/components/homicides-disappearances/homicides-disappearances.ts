import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import { pageCatalog } from '../../data/page-catalog.js';
import { CifrasChart } from '../frame/chart-element.js';
import { disappearancesSpec } from '../disappearances/spec.js';
import { seriesColumnStyles } from '../views/series-columns.styles.js';
import { stackedChart } from '../views/stacked-chart.js';
import { homicidesSpec } from './homicides.js';
import { WORDS } from './words.js';

/**
 * Homicides by year over the registry of the disappeared, in one frame. The
 * homicides are columns on a time axis, each document's figures in its own
 * colour and two counts of one year side by side, the years no document counts
 * left empty and the presidential terms shaded as the documents date them;
 * rates, which the documents give apart, are in the notes, not on the count
 * axis. Beneath, the registry's totals as each document gives them, and those
 * registered during López Obrador's term (also alone as `<cifras-disappearances>`).
 *
 * @element cifras-homicides-disappearances
 * @summary Homicides by year and the registry of the disappeared, with every source.
 *
 * @cssprop --cifras-series-1 - Colour of the first document's columns (then -2 … -5).
 */
export class CifrasHomicidesDisappearances extends CifrasChart {
  static override styles = [...CifrasChart.styles, seriesColumnStyles];

  static override spec = stackedChart({
    data: () => import('../../data/shards/widgets/homicides-disappearances.json'),
    provenance: () => import('../../data/shards/widgets/homicides-disappearances.provenance.json'),
    words: WORDS,
    parts: [
      { spec: homicidesSpec, title: (words) => words.both.homicides },
      { spec: disappearancesSpec, title: (words) => words.both.disappeared },
    ],
    copy: ({ lang, words }, [homicides, disappeared]) => ({
      title: words.both.title(formatFigure(pageCatalog.figure('icg.disappeared-registry-total-2024'), lang)),
      subtitle: words.both.subtitle,
      summary: `${homicides.summary} ${disappeared.summary}`,
    }),
  });
}

defineElement('cifras-homicides-disappearances', CifrasHomicidesDisappearances);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-homicides-disappearances': CifrasHomicidesDisappearances;
  }
}
