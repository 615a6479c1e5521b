import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { barChart } from '../views/bar-chart.js';
import { CifrasStatePanels, MAP_CODE, stateName } from '../views/state-panels.js';
import { WORDS, type Values } from './words.js';
import { figureValue } from '../citations/figure-text.js';

const EVENTS = 'seizure-events-by-substance-2007-2024';
const WEIGHT = 'seizures-by-weight-2018-2024';
const TERM = 'seizure-events-lopez-obrador';
const STATES = 'seizure-events-by-state';
const NOTES = ['elementa.seizure-events-2018-2024.total', 'elementa.fentanyl-lab-weekly-doses-2020'];

const isFentanyl = (f: Figure) => f.id.endsWith('.fentanyl');

/** The figures the title and summary name. */
const NAMED: Values = {
  cannabisEvents: 'elementa.seizure-events-2007-2024.cannabis', cannabisWeight: 'elementa.seizures-by-weight-2018-2024.cannabis',
  fentanylEvents: 'elementa.seizure-events-2007-2024.fentanyl', fentanylWeight: 'elementa.seizures-by-weight-2018-2024.fentanyl',
};
const named = (write: (figure: Figure) => string) => Object.fromEntries(Object.entries(NAMED).map(([name, id]) => [name, write(pageCatalog.figure(id))])) as unknown as Values;

/**
 * Drug seizures measured two ways: by number of seizure events (2007–2024 and
 * under López Obrador) and by weight (2018–2024), with events by state. The
 * measure changes the story: cannabis dominates by weight, fentanyl is tiny by
 * weight but not by doses.
 *
 * @element cifras-seizures
 * @summary Seizures by substance, counted by events and by weight, and by state.
 *
 * @attr view - `bars` (default) or `map`: the seizure events by state as a tile map of the 32 states, the three the source names coloured and the rest marked as not broken down by the source, with their share.
 * @cssprop --cifras-map-1 - Lowest class of the map (`--cifras-map-2` … `--cifras-map-6` the others, darker for more on a light background).
 */
export class CifrasSeizures extends CifrasStatePanels {
  static override spec = barChart({
    code: [MAP_CODE],
    data: () => import('../../data/shards/widgets/seizures.json'),
    provenance: () => import('../../data/shards/widgets/seizures.provenance.json'),
    words: WORDS,
    panels: ({ lang, t }) => {
      // Every panel a table of shares, under the table's title.
      const table = (id: string, table: string) => ({ id, max: 100, title: pageCatalog.table(table).title[lang], figures: pageCatalog.tableFigures(table) });
      const substance = (f: Figure) => f.label?.[lang] ?? f.measure[lang];
      return [
        { ...table('events', EVENTS), label: substance, highlight: isFentanyl },
        { ...table('weight', WEIGHT), label: substance, highlight: isFentanyl },
        { ...table('term', TERM), label: substance },
        { ...table('states', STATES), label: (f) => stateName(f, lang, t) },
      ];
    },
    noteFigures: () => NOTES.map((id) => pageCatalog.figure(id)),
    copy: ({ lang, words }, _chart, shown) => {
      return {
        // The title as the bars show the figures, the summary as the documents give them.
        title: words.title(named(shown)),
        subtitle: words.subtitle,
        summary: words.summary(named((figure) => formatFigure(figure, lang))),
        notes: [words.fentanyl(figureValue(NOTES[1], lang), figureValue(NOTES[0], lang))],
      };
    },
  });
}

defineElement('cifras-seizures', CifrasSeizures);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-seizures': CifrasSeizures;
  }
}
