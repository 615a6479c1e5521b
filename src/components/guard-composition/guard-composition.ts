import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { CifrasBarPanels, type BarCopy, type BarPanel } from '../views/bar-panels.js';
import { sourcedLabel } from '../citations/figure-text.js';

const SHARE = ['elementa.guard-sedena-share.2019', 'elementa.guard-sedena-share.2023', 'icg.national-guard-personnel.military', 'valdes.national-guard-military-share'];
const HEADCOUNT = ['valdes.national-guard-members.official', 'icg.national-guard-headcount-implied-2024', 'valdes.national-guard-members.soldiers-posing', 'valdes.national-guard-members.positions'];

const WHAT: Record<string, { en: string; es: string }> = {
  'elementa.guard-sedena-share.2019': { en: 'from the defence ministry', es: 'provenientes de la Sedena' },
  'elementa.guard-sedena-share.2023': { en: 'from the defence ministry', es: 'provenientes de la Sedena' },
  'icg.national-guard-personnel.military': { en: 'military personnel', es: 'personal militar' },
  'valdes.national-guard-military-share': { en: 'entirely military', es: 'totalmente militar' },
  'valdes.national-guard-members.official': { en: 'official members', es: 'integrantes oficiales' },
  'icg.national-guard-headcount-implied-2024': { en: 'implied by a pledge to double\u00a0it', es: 'cifra implícita en la promesa de duplicarla' },
  'valdes.national-guard-members.soldiers-posing': { en: 'soldiers posing as guards', es: 'soldados que se hacen pasar por guardias' },
  'valdes.national-guard-members.positions': { en: 'real positions', es: 'plazas reales' },
};

const label = (f: Figure, lang: Lang) => sourcedLabel(f, WHAT[f.id][lang], lang);

/**
 * Who the National Guard is: the share of its personnel that comes from the
 * military, by year and source, and its official head count against the
 * number of real positions.
 *
 * @element cifras-guard-composition
 * @summary The National Guard's military share and its real positions.
 */
export class CifrasGuardComposition extends CifrasBarPanels {
  static override dataModule = () => import('../../data/shards/widgets/guard-composition.json');
  static override provenanceModule = () => import('../../data/shards/widgets/guard-composition.provenance.json');

  protected panels(lang: Lang): BarPanel[] {
    return [
      {
        id: 'share', max: 100,
        title: lang === 'es' ? 'Proporción de origen militar' : 'Share from the military',
        figures: SHARE.map((id) => pageCatalog.figure(id)),
        label: (f) => label(f, lang),
      },
      {
        id: 'headcount',
        title: lang === 'es' ? 'Integrantes y plazas' : 'Members and positions',
        figures: HEADCOUNT.map((id) => pageCatalog.figure(id)),
        label: (f) => label(f, lang),
        highlight: (f) => f.id === HEADCOUNT[3],
      },
    ];
  }

  protected copy(lang: Lang): BarCopy {
    const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
    return lang === 'es'
      ? {
        title: 'Una Guardia Nacional civil, hecha de militares',
        subtitle: 'Personal de la Guardia Nacional de origen militar, según cada fuente, e integrantes oficiales frente a plazas reales, que van resaltadas.',
        summary: `La proporción de la Guardia Nacional proveniente de la Sedena pasó de ${f(SHARE[0])} en 2019 a ${f(SHARE[1])} en 2023; Crisis Group da ${f(SHARE[2])}. De sus ${f(HEADCOUNT[0])} integrantes oficiales, Valdés Castellanos cuenta ${f(HEADCOUNT[3])} plazas reales.`,
      }
      : {
        title: 'A civilian National Guard, staffed by the military',
        subtitle: 'National Guard personnel from the military, as each source counts them, and official members against real positions, which are highlighted.',
        summary: `The share of the National Guard from the defence ministry rose from ${f(SHARE[0])} in 2019 to ${f(SHARE[1])} in 2023; Crisis Group gives ${f(SHARE[2])}. Of its ${f(HEADCOUNT[0])} official members, Valdés Castellanos counts ${f(HEADCOUNT[3])} real positions.`,
      };
  }
}

defineElement('cifras-guard-composition', CifrasGuardComposition);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-guard-composition': CifrasGuardComposition;
  }
}
