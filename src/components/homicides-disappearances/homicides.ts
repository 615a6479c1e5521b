import { html } from 'lit';
import { formatFigure, formatShort } from '../../chart/format.js';
import { formatPeriod } from '../../chart/period.js';
import { listParts, listText } from '../../chart/summarize.js';
import { authorLabel } from '../../data/citation.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { figureValue } from '../citations/figure-text.js';
import { timeChart } from '../views/time-chart.js';
import { WORDS } from './words.js';

const HOMICIDES = 'homicides-by-year';
const RATES = ['felbab.homicide-rate.2018', 'elementa.homicide-rate.2019', 'elementa.homicide-rate.2022'];
/** What the title speaks of: 4.1 times as many, 2007 to 2018. */
const TITLED = ['icg.homicides.2007', 'icg.homicides.2018'];
const RATIO = 'icg.homicides-ratio-2018-2007';
/** The terms as the documents date them: Crisis Group's averages "under Calderón (2006-2012)" and Peña Nieto, and its count "so far under López Obrador". */
const TERMS = { calderon: 'icg.clashes-monthly-average.calderon', penaNieto: 'icg.clashes-monthly-average.pena-nieto', lopezObrador: 'icg.homicides-total-amlo' } as const;

/** One colour per document, in the order they first appear. */
const sourcesOf = (figures: Figure[]) => [...new Set(figures.map((f) => f.source))];

/**
 * Homicides by year as columns on a time axis: each document's figures in its
 * own colour, two counts of one year side by side, a multi-year floor drawn
 * across its years with an open top, the years no document counts left empty
 * and the presidential terms shaded as the documents date them.
 */
export const homicidesSpec = timeChart({
  words: WORDS,
  domain: [2007, 2025],
  columns: ({ lang, words }) => {
    const figures = pageCatalog.tableFigures(HOMICIDES);
    const sources = sourcesOf(figures);
    return figures.map((figure) => {
      const everyYear = figure.period.includes('/');
      return {
        figure,
        label: `${formatPeriod(figure.period, lang)}${figure.projection ? words.projected : ''} · ${authorLabel(pageCatalog.source(figure.source))}`,
        series: sources.indexOf(figure.source),
        highlight: TITLED.includes(figure.id),
        everyYear,
        valueText: everyYear ? words.floor(formatShort({ ...figure, qualifier: 'exact' }, lang)) : undefined,
      };
    });
  },
  annotations: ({ words }) => (Object.keys(TERMS) as (keyof typeof TERMS)[]).map((term) => ({ id: term, label: words[term], figure: pageCatalog.figure(TERMS[term]) })),
  noteFigures: () => [...RATES, RATIO].map((id) => pageCatalog.figure(id)),
  copy: ({ lang, words }) => {
    const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
    const sources = sourcesOf(pageCatalog.tableFigures(HOMICIDES));
    const rates = RATES.map((id) => html`${figureValue(id, lang)} (${formatPeriod(pageCatalog.figure(id).period, lang)})`);
    return {
      // Drawn as a panel of the two charts, under the panel's title.
      title: words.both.homicides,
      summary: words.summary(['icg.homicides.2007', 'icg.homicides.2018', 'icg.homicides.2019'].map(f), listText([f('icg.homicides.2022'), f('elementa.homicides.2022')], lang)),
      legend: html`<ul class="key" part="legend" aria-label=${words.sources}>
        ${sources.map((id, i) => html`<li><span class="swatch s${i}"></span>${authorLabel(pageCatalog.source(id))}</li>`)}
      </ul>`,
      notes: [words.disagree2017(figureValue('felbab.homicides.2017', lang), figureValue('elementa.homicides-annual-floor-2017-2022', lang)),
        words.terms(figureValue(TERMS.lopezObrador, lang)), words.rates(listParts(rates, lang))],
      axis: words.axis,
      gap: words.gap,
    };
  },
});
