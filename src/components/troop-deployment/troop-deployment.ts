import { css, html } from 'lit';
import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { CifrasBarPanels, type BarCopy, type BarPanel } from '../views/bar-panels.js';
import { figureValue, sourcedLabel } from '../citations/figure-text.js';
import { keyStyles } from '../views/key.styles.js';

const DEPLOYED = ['elementa.military-deployment.2012', 'felbab.troops-deployed.pena-nieto', 'elementa.military-deployment.2018',
  'elementa.military-deployment.2023', 'icg.military-deployed-streets-2024', 'icg.security-forces-deployed-2024-04'];
const ENSP = ['elementa.deployment-ensp-2023.ensp-share', 'elementa.deployment-ensp-2023.ensp-share-computed', 'elementa.deployment-ensp-2023.ensp'];

/** Who counted, in a few words, for each bar. */
const WHAT: Record<string, { en: string; es: string }> = {
  'elementa.military-deployment.2012': { en: 'armed forces', es: 'Fuerzas Armadas' },
  'felbab.troops-deployed.pena-nieto': { en: 'soldiers, end of Peña\u00a0Nieto’s term', es: 'soldados, fin del sexenio de Peña\u00a0Nieto' },
  'elementa.military-deployment.2018': { en: 'armed forces', es: 'Fuerzas Armadas' },
  'elementa.military-deployment.2023': { en: 'armed forces and National Guard', es: 'Fuerzas Armadas y Guardia Nacional' },
  'icg.military-deployed-streets-2024': { en: 'military on the streets', es: 'militares en las calles' },
  'icg.security-forces-deployed-2024-04': { en: 'National Guard, army and navy', es: 'Guardia Nacional, Ejército y Marina' },
};

/**
 * Military personnel deployed in public security, 2012 to April 2024, one bar
 * per count and source: the differing 2023–2024 counts are shown side by side,
 * each labelled with what it counts and who counted it.
 *
 * @element cifras-troop-deployment
 * @summary Troops deployed in public security, by year and source.
 */
export class CifrasTroopDeployment extends CifrasBarPanels {
  static override styles = [...CifrasBarPanels.styles, keyStyles, css`
    .swatch { background: var(--_mark); }
    .swatch.highlight { background: var(--_highlight); }
    @media (forced-colors: active) {
      .swatch { background: CanvasText; }
      .swatch.highlight { background: Canvas; border: 2px solid Highlight; }
    }
  `];

  static override dataModule = () => import('../../data/shards/widgets/troop-deployment.json');
  static override provenanceModule = () => import('../../data/shards/widgets/troop-deployment.provenance.json');

  protected panels(lang: Lang): BarPanel[] {
    return [{
      id: 'deployed',
      figures: DEPLOYED.map((id) => pageCatalog.figure(id)),
      label: (f: Figure) => sourcedLabel(f, WHAT[f.id][lang], lang),
      highlight: (f) => f.period >= '2023',
    }];
  }

  protected override noteFigures(): Figure[] {
    return ENSP.map((id) => pageCatalog.figure(id));
  }

  protected copy(lang: Lang): BarCopy {
    const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
    const v = (id: string) => figureValue(id, lang);
    return lang === 'es'
      ? {
        title: 'Más militares que nunca en tareas de seguridad pública',
        subtitle: 'Personal militar desplegado en seguridad pública, según cada fuente. Las cifras de 2023 y 2024 incluyen a la Guardia Nacional.',
        legend: key('Cifras de 2012 a 2018', 'Cifras de 2023 y 2024, con la Guardia Nacional'),
        summary: `El despliegue pasó de ${f(DEPLOYED[0])} elementos en 2012 y ${f(DEPLOYED[2])} en 2018 a ${f(DEPLOYED[3])} en diciembre de 2023, contando a la Guardia Nacional; para abril de 2024 las fuentes dan ${f(DEPLOYED[4])} y ${f(DEPLOYED[5])}.`,
        notes: [
          html`En 2023, ${v(ENSP[2])} elementos estaban asignados a la Estrategia Nacional de Seguridad Pública: ${v(ENSP[0])} de los desplegados, según el documento, aunque sus propias cifras dan ${v(ENSP[1])}.`,
          html`Crisis Group señala que en abril de 2024 los elementos desplegados superaron por primera vez a los policías civiles.`,
        ],
      }
      : {
        title: 'More soldiers than ever in public security',
        subtitle: 'Military personnel deployed in public security, as each source counts them. The 2023 and 2024 counts include the National Guard.',
        legend: key('2012–2018 counts', '2023–2024 counts, National Guard included'),
        summary: `Deployment went from ${f(DEPLOYED[0])} in 2012 and ${f(DEPLOYED[2])} in 2018 to ${f(DEPLOYED[3])} in December 2023, counting the National Guard; for April 2024 the sources give ${f(DEPLOYED[4])} and ${f(DEPLOYED[5])}.`,
        notes: [
          html`In 2023, ${v(ENSP[2])} personnel were assigned to the National Public Security Strategy: ${v(ENSP[0])} of those deployed, the document says, though its own counts give ${v(ENSP[1])}.`,
          html`Crisis Group notes that in April 2024 the forces deployed outnumbered civilian police for the first time.`,
        ],
      };
  }
}

/** Red for the counts since the National Guard, as the subtitle says; grey for those before. */
function key(before: string, since: string) {
  return html`<ul class="key" part="legend">
    <li><span class="swatch"></span>${before}</li>
    <li><span class="swatch highlight"></span>${since}</li>
  </ul>`;
}

defineElement('cifras-troop-deployment', CifrasTroopDeployment);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-troop-deployment': CifrasTroopDeployment;
  }
}
