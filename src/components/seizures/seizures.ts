import { html } from 'lit';
import { defineElement } from '../shared/define.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import type { Messages } from '../../chart/messages.js';
import { placeName } from '../../chart/places.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import type { BarCopy, BarPanel } from '../shared/bar-panels.js';
import { CifrasStatePanels } from '../views/state-panels.js';
import { figureValue } from '../shared/figure-text.js';

const EVENTS = 'seizure-events-by-substance-2007-2024';
const WEIGHT = 'seizures-by-weight-2018-2024';
const TERM = 'seizure-events-lopez-obrador';
const STATES = 'seizure-events-by-state';
const NOTES = ['elementa.seizure-events-2018-2024.total', 'elementa.fentanyl-lab-weekly-doses-2020'];

const isFentanyl = (f: Figure) => f.id.endsWith('.fentanyl');

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
  static override dataModule = () => import('../../data/shards/widgets/seizures.json');
  static override provenanceModule = () => import('../../data/shards/widgets/seizures.provenance.json');

  protected panels(lang: Lang, t: Messages): BarPanel[] {
    const table = (id: string) => pageCatalog.tableFigures(id);
    const substance = (f: Figure) => f.label?.[lang] ?? f.measure[lang];
    return [
      { id: 'events', max: 100, title: pageCatalog.table(EVENTS).title[lang], figures: table(EVENTS), label: substance, highlight: isFentanyl },
      { id: 'weight', max: 100, title: pageCatalog.table(WEIGHT).title[lang], figures: table(WEIGHT), label: substance, highlight: isFentanyl },
      { id: 'term', max: 100, title: pageCatalog.table(TERM).title[lang], figures: table(TERM), label: substance },
      {
        id: 'states', max: 100, title: pageCatalog.table(STATES).title[lang], figures: table(STATES),
        label: (f) => (f.geography === 'MX-other' ? t.otherStates : placeName(f.geography, lang)),
      },
    ];
  }

  protected override noteFigures(): Figure[] {
    return NOTES.map((id) => pageCatalog.figure(id));
  }

  protected copy(lang: Lang): BarCopy {
    const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
    const v = (id: string) => figureValue(id, lang);
    return lang === 'es'
      ? {
        title: 'Lo que se asegura depende de cómo se mide',
        subtitle: 'Proporción de los aseguramientos de drogas por sustancia, contando eventos o kilos, y eventos por estado. El fentanilo va resaltado.',
        summary: `La mariguana es ${f('elementa.seizure-events-2007-2024.cannabis')} de los eventos de aseguramiento de 2007 a 2024 y ${f('elementa.seizures-by-weight-2018-2024.cannabis')} del peso asegurado de 2018 a 2024; el fentanilo, ${f('elementa.seizure-events-2007-2024.fentanyl')} de los eventos y ${f('elementa.seizures-by-weight-2018-2024.fentanyl')} del peso.`,
        notes: [html`El fentanilo pesa poco y rinde mucho: un solo laboratorio del Cártel de Sinaloa producía ${v(NOTES[1])} dosis a la semana. Hubo ${v(NOTES[0])} eventos de aseguramiento de diciembre de 2018 a febrero de 2024.`],
      }
      : {
        title: 'What is seized depends on how you count',
        subtitle: 'Share of drug seizures by substance, counting seizure events or kilograms, and events by state. Fentanyl is highlighted.',
        summary: `Cannabis is ${f('elementa.seizure-events-2007-2024.cannabis')} of seizure events from 2007 to 2024 and ${f('elementa.seizures-by-weight-2018-2024.cannabis')} of the weight seized from 2018 to 2024; fentanyl is ${f('elementa.seizure-events-2007-2024.fentanyl')} of events and ${f('elementa.seizures-by-weight-2018-2024.fentanyl')} of the weight.`,
        notes: [html`Fentanyl weighs little and goes far: one Sinaloa Cartel laboratory was reported to produce ${v(NOTES[1])} doses a week. There were ${v(NOTES[0])} seizure events from December 2018 to February 2024.`],
      };
  }
}

defineElement('cifras-seizures', CifrasSeizures);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-seizures': CifrasSeizures;
  }
}
