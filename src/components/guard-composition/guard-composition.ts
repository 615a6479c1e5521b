import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { barChart } from '../views/bar-chart.js';
import { CifrasChart } from '../frame/chart-element.js';
import { WORDS } from './words.js';
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
export class CifrasGuardComposition extends CifrasChart {
  static override spec = barChart({
    data: () => import('../../data/shards/widgets/guard-composition.json'),
    provenance: () => import('../../data/shards/widgets/guard-composition.provenance.json'),
    words: WORDS,
    panels: ({ lang, words }) => [
      {
        id: 'share', max: 100, title: words.share,
        figures: SHARE.map((id) => pageCatalog.figure(id)),
        label: (f) => label(f, lang),
        // The share the title gives.
        highlight: (f) => f.id === SHARE[1],
        // Not a count: a description read as a share.
        callout: { figure: SHARE[3], text: words.described },
      },
      {
        id: 'headcount', title: words.headcount,
        figures: HEADCOUNT.map((id) => pageCatalog.figure(id)),
        label: (f) => label(f, lang),
        highlight: (f) => f.id === HEADCOUNT[3],
      },
    ],
    copy: ({ lang, words }, _chart, shown) => {
      const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
      return {
        title: words.title(shown(pageCatalog.figure(SHARE[1]))),
        subtitle: words.subtitle,
        summary: words.summary({ sedena2019: f(SHARE[0]), sedena2023: f(SHARE[1]), crisisGroup: f(SHARE[2]), official: f(HEADCOUNT[0]), positions: f(HEADCOUNT[3]) }),
      };
    },
  });
}

defineElement('cifras-guard-composition', CifrasGuardComposition);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-guard-composition': CifrasGuardComposition;
  }
}
