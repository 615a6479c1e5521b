import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { CifrasBarPanels, type BarCopy, type BarPanel } from '../views/bar-panels.js';
import { sourcedLabel } from '../citations/figure-text.js';

const CHAIN = ['elementa.crimes-reported-2022', 'elementa.reported-crimes-no-conclusion-2022', 'elementa.crimes-not-investigated-2022', 'elementa.crimes-conviction-2022'];
const IMPUNITY = ['icg.impunity-all-crimes-2022', 'icg.homicide-impunity-2022', 'icg.crimes-unreported-2022'];

// Each bar is named by its figure's label in the dataset.
const label = (f: Figure, lang: Lang) => sourcedLabel(f, f.label?.[lang] ?? f.measure[lang], lang, false);

/**
 * From crime to conviction in 2022: the share of crimes reported, left without
 * investigation or conclusion, and ending in a conviction, then overall impunity
 * and impunity for murder — each bar a share of 100.
 *
 * @element cifras-impunity
 * @summary From crime to conviction: reporting, investigation and impunity, 2022.
 */
export class CifrasImpunity extends CifrasBarPanels {
  static override dataModule = () => import('../../data/shards/widgets/impunity.json');
  static override provenanceModule = () => import('../../data/shards/widgets/impunity.provenance.json');

  protected panels(lang: Lang): BarPanel[] {
    return [
      {
        id: 'chain', max: 100,
        title: lang === 'es' ? 'Del delito a la condena' : 'From crime to conviction',
        figures: CHAIN.map((id) => pageCatalog.figure(id)),
        label: (f) => label(f, lang),
        highlight: (f) => f.id === CHAIN[3],
      },
      {
        id: 'impunity', max: 100,
        title: lang === 'es' ? 'Impunidad' : 'Impunity',
        figures: IMPUNITY.map((id) => pageCatalog.figure(id)),
        label: (f) => label(f, lang),
      },
    ];
  }

  protected copy(lang: Lang): BarCopy {
    const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
    return lang === 'es'
      ? {
        title: 'De cada 100 delitos, cerca de uno termina en condena',
        subtitle: 'Proporción de los delitos en cada etapa, 2022, según la encuesta de victimización del INEGI y otras fuentes. Las denuncias sin conclusión son una proporción de los delitos denunciados.',
        summary: `En 2022 solo ${f(CHAIN[0])} de los delitos se denunció y ${f(CHAIN[3])} terminó en una sentencia condenatoria. La impunidad fue de ${f(IMPUNITY[0])} para todos los delitos y de ${f(IMPUNITY[1])} para los homicidios.`,
      }
      : {
        title: 'Out of every 100 crimes, about one ends in a conviction',
        subtitle: 'Share of crimes at each stage, 2022, from INEGI’s victimisation survey and other sources. Reported crimes with no conclusion are a share of reported crimes.',
        summary: `In 2022 only ${f(CHAIN[0])} of crimes were reported and ${f(CHAIN[3])} ended in a conviction. Impunity was ${f(IMPUNITY[0])} for all crimes and ${f(IMPUNITY[1])} for murder.`,
      };
  }
}

defineElement('cifras-impunity', CifrasImpunity);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-impunity': CifrasImpunity;
  }
}
