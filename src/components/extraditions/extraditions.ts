import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { CifrasBarPanels, type BarCopy, type BarPanel } from '../views/bar-panels.js';

const TOTAL = ['elementa.extraditions-approved.pena-nieto', 'elementa.extraditions-approved.amlo'];
const PER_YEAR = ['elementa.extraditions-approved-per-year.pena-nieto', 'elementa.extraditions-approved-per-year.amlo'];

const NAMES = {
  en: { 'pena-nieto': 'Peña Nieto, six years (2012–2018)', amlo: 'López Obrador, four years (to\u00a02022)' },
  es: { 'pena-nieto': 'Peña Nieto, seis años (2012–2018)', amlo: 'López Obrador, cuatro años (hasta\u00a02022)' },
};

// The id ends in whose term it counts: ….pena-nieto, ….amlo.
const president = (f: Figure, lang: Lang) => NAMES[lang][f.id.split('.').pop() as keyof (typeof NAMES)['en']];

/**
 * Extraditions to the United States approved under Peña Nieto and under López
 * Obrador to 2022: the totals, and per year so the different lengths of the two
 * periods do not mislead.
 *
 * @element cifras-extraditions
 * @summary Extraditions approved by administration, in total and per year.
 */
export class CifrasExtraditions extends CifrasBarPanels {
  static override dataModule = () => import('../../data/shards/widgets/extraditions.json');
  static override provenanceModule = () => import('../../data/shards/widgets/extraditions.provenance.json');

  protected panels(lang: Lang): BarPanel[] {
    return [
      { id: 'total', title: lang === 'es' ? 'Total aprobado' : 'Total approved', figures: TOTAL.map((id) => pageCatalog.figure(id)), label: (f) => president(f, lang) },
      { id: 'per-year', title: lang === 'es' ? 'Por año' : 'Per year', figures: PER_YEAR.map((id) => pageCatalog.figure(id)), label: (f) => president(f, lang) },
    ];
  }

  protected copy(lang: Lang): BarCopy {
    const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
    return lang === 'es'
      ? {
        title: 'Extradiciones: menos en total, al mismo ritmo',
        subtitle: 'Extradiciones a Estados Unidos aprobadas por México. La cifra de López Obrador cubre cuatro años; la de Peña Nieto, seis.',
        summary: `Con Peña Nieto se aprobaron ${f(TOTAL[0])} extradiciones en seis años y con López Obrador ${f(TOTAL[1])} hasta 2022: ${f(PER_YEAR[0])} y ${f(PER_YEAR[1])} al año.`,
      }
      : {
        title: 'Extraditions: fewer in total, at the same pace',
        subtitle: 'Extraditions to the United States approved by Mexico. López Obrador’s count covers four years; Peña Nieto’s six.',
        summary: `${f(TOTAL[0])} extraditions were approved in Peña Nieto’s six years and ${f(TOTAL[1])} under López Obrador to 2022: ${f(PER_YEAR[0])} and ${f(PER_YEAR[1])} a year.`,
      };
  }
}

defineElement('cifras-extraditions', CifrasExtraditions);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-extraditions': CifrasExtraditions;
  }
}
