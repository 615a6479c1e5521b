import { html } from 'lit';
import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { CifrasBarPanels, type BarCopy, type BarPanel } from '../views/bar-panels.js';
import { figureValue } from '../citations/figure-text.js';

const PRESIDENTS = ['calderon', 'pena-nieto', 'lopez-obrador'] as const;
// The same in both languages.
const NAMES: Record<(typeof PRESIDENTS)[number], string> = {
  calderon: 'Calderón (2006–2012)',
  'pena-nieto': 'Peña Nieto (2012–2018)',
  'lopez-obrador': 'López Obrador (2018–2022)',
};
const CLASHES = PRESIDENTS.map((p) => `icg.clashes-monthly-average.${p}`);
const CASUALTIES = PRESIDENTS.map((p) => `icg.criminal-casualties-per-year.${p}`);
const AGGRESSIONS = ['elementa.aggressions-2019-2024.events', 'elementa.aggressions-2019-2024.aggressors-killed',
  'elementa.aggressions-2019-2024.aggressors-injured', 'elementa.aggressions-2019-2024.aggressors-killed-per-soldier-killed'];

const president = (f: Figure) => NAMES[PRESIDENTS.find((p) => f.id.endsWith(p))!];

/**
 * Clashes between federal forces and armed groups: the monthly average under
 * Calderón, Peña Nieto and López Obrador ("at least" for the last, whose 2022
 * data are incomplete), beside suspected criminals killed per year,
 * with the defence ministry's later aggressions figures as notes.
 *
 * @element cifras-clash-rate
 * @summary Monthly clashes and suspected criminals killed, by presidency.
 */
export class CifrasClashRate extends CifrasBarPanels {
  static override dataModule = () => import('../../data/shards/widgets/clash-rate.json');
  static override provenanceModule = () => import('../../data/shards/widgets/clash-rate.provenance.json');

  protected panels(lang: Lang): BarPanel[] {
    return [
      {
        id: 'clashes',
        title: lang === 'es' ? 'Enfrentamientos al mes, en promedio' : 'Clashes per month, on average',
        figures: CLASHES.map((id) => pageCatalog.figure(id)),
        label: president,
      },
      {
        id: 'casualties',
        title: lang === 'es' ? 'Presuntos delincuentes muertos, promedio anual' : 'Suspected criminals killed per year',
        figures: CASUALTIES.map((id) => pageCatalog.figure(id)),
        label: president,
      },
    ];
  }

  protected override noteFigures(): Figure[] {
    return AGGRESSIONS.map((id) => pageCatalog.figure(id));
  }

  protected copy(lang: Lang): BarCopy {
    const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
    const v = (id: string) => figureValue(id, lang);
    return lang === 'es'
      ? {
        title: 'Menos enfrentamientos, no el fin de la violencia armada',
        subtitle: 'Enfrentamientos entre fuerzas federales y grupos armados, y presuntos delincuentes muertos, por sexenio. El promedio de enfrentamientos de López Obrador es un mínimo: la información de 2022 está incompleta.',
        summary: `El promedio mensual de enfrentamientos bajó de ${f(CLASHES[0])} con Calderón a ${f(CLASHES[1])} con Peña Nieto y ${f(CLASHES[2])} con López Obrador; los presuntos delincuentes muertos al año pasaron de ${f(CASUALTIES[0])} a ${f(CASUALTIES[1])} y ${f(CASUALTIES[2])}.`,
        notes: [html`De 2019 a 2024 la Sedena registró ${v(AGGRESSIONS[0])} agresiones contra militares, con ${v(AGGRESSIONS[1])} agresores muertos y ${v(AGGRESSIONS[2])} heridos. El documento añade que murieron ${v(AGGRESSIONS[3])} más agresores que militares; no da el número de militares muertos.`],
      }
      : {
        title: 'Fewer clashes, not an end to armed violence',
        subtitle: 'Clashes between federal forces and armed groups, and suspected criminals killed, by presidency. López Obrador’s clash average is a minimum: data for 2022 are incomplete.',
        summary: `The monthly average of clashes fell from ${f(CLASHES[0])} under Calderón to ${f(CLASHES[1])} under Peña Nieto and ${f(CLASHES[2])} under López Obrador; suspected criminals killed per year went from ${f(CASUALTIES[0])} to ${f(CASUALTIES[1])} and ${f(CASUALTIES[2])}.`,
        notes: [html`From 2019 to 2024 the defence ministry recorded ${v(AGGRESSIONS[0])} aggressions against the military, with ${v(AGGRESSIONS[1])} aggressors killed and ${v(AGGRESSIONS[2])} injured. The document adds that ${v(AGGRESSIONS[3])} as many aggressors were killed as soldiers; it does not give the number of soldiers killed.`],
      };
  }
}

defineElement('cifras-clash-rate', CifrasClashRate);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-clash-rate': CifrasClashRate;
  }
}
