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

const BY_STATE = 'arrests-by-state';
const TOTAL = 'elementa.arrests-sedena-2018-2023.total';
const DRUG = 'elementa.drug-arrests-national-effort-2019-2023';
const DISCREPANCY = ['icg.ng-arrests-alleged-criminals-2022', 'icg.army-navy-arrests-sspc-2022'];

/**
 * Arrests: the defence ministry's arrests by state, 2018–2023, against all
 * drug-related arrests under the national anti-trafficking effort, with the
 * 2022 discrepancy between two official counts as a note.
 *
 * @element cifras-arrests
 * @summary Drug-related arrests, and the defence ministry's arrests by state.
 *
 * @attr view - `bars` (default) or `map`: the arrests by state as a tile map of the 32 states, the three the source names coloured and the rest marked as not broken down by the source, with their total.
 * @cssprop --cifras-map-1 - Lowest class of the map (`--cifras-map-2` … `--cifras-map-6` the others, darker for more on a light background).
 */
export class CifrasArrests extends CifrasStatePanels {
  static override dataModule = () => import('../../data/shards/widgets/arrests.json');
  static override provenanceModule = () => import('../../data/shards/widgets/arrests.provenance.json');

  protected panels(lang: Lang, t: Messages): BarPanel[] {
    // Both panels count arrests: one scale, so bar lengths compare across them.
    const max = Math.max(...[DRUG, TOTAL].map((id) => pageCatalog.figure(id).value), ...pageCatalog.tableFigures(BY_STATE).map((f) => f.value));
    return [
      {
        id: 'totals', max,
        title: lang === 'es' ? 'Detenciones en total' : 'Arrests in all',
        figures: [DRUG, TOTAL].map((id) => pageCatalog.figure(id)),
        label: (f) => (f.id === DRUG
          ? (lang === 'es' ? 'Relacionadas con drogas, 2019–2023' : 'Drug-related, 2019–2023')
          : (lang === 'es' ? 'Por la Sedena, 2018–2023' : 'By the defence ministry, 2018–2023')),
      },
      {
        id: 'states', max,
        title: pageCatalog.table(BY_STATE).title[lang],
        figures: pageCatalog.tableFigures(BY_STATE),
        label: (f: Figure) => (f.geography === 'MX-other' ? t.otherStates : placeName(f.geography, lang)),
      },
    ];
  }

  protected override noteFigures(): Figure[] {
    return DISCREPANCY.map((id) => pageCatalog.figure(id));
  }

  protected copy(lang: Lang): BarCopy {
    const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
    const v = (id: string) => figureValue(id, lang);
    const [first] = pageCatalog.tableFigures(BY_STATE);
    return lang === 'es'
      ? {
        title: 'Detenciones en la guerra contra las drogas',
        subtitle: `Detenciones relacionadas con drogas y, por estado, las ${f(TOTAL)} de la Sedena.`,
        summary: `Hubo ${f(DRUG)} detenciones relacionadas con drogas de 2019 a 2023. La Sedena detuvo a ${f(TOTAL)} personas de 2018 a 2023; ${placeName(first.geography, lang)} encabeza con ${f(first.id)}.`,
        notes: [html`En 2022 la Guardia Nacional reportó ${v(DISCREPANCY[0])} detenciones de presuntos delincuentes, mientras la SSPC reportó ${v(DISCREPANCY[1])} detenciones del Ejército y la Marina en conjunto.`],
      }
      : {
        title: 'Arrests in the war on drugs',
        subtitle: `Drug-related arrests, and the defence ministry’s ${f(TOTAL)} by state.`,
        summary: `There were ${f(DRUG)} drug-related arrests from 2019 to 2023. The defence ministry arrested ${f(TOTAL)} people from 2018 to 2023; ${placeName(first.geography, lang)} leads with ${f(first.id)}.`,
        notes: [html`In 2022 the National Guard reported ${v(DISCREPANCY[0])} arrests of alleged criminals, while the security ministry (SSPC) reported ${v(DISCREPANCY[1])} by the army and navy together.`],
      };
  }
}

defineElement('cifras-arrests', CifrasArrests);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-arrests': CifrasArrests;
  }
}
