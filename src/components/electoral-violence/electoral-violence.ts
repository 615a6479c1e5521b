import { html } from 'lit';
import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { formatPeriod } from '../../chart/period.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { CifrasBarPanels, type BarCopy, type BarPanel } from '../views/bar-panels.js';
import { figureValue } from '../citations/figure-text.js';

const TABLE = 'candidates-killed';
const POLICE = 'icg.police-killed-lopez-obrador';

/**
 * Candidates killed in each electoral cycle since 2017–2018, with the police
 * killed during López Obrador's term as a note.
 *
 * @element cifras-electoral-violence
 * @summary Candidates killed by electoral cycle, and police killed.
 */
export class CifrasElectoralViolence extends CifrasBarPanels {
  static override dataModule = () => import('../../data/shards/widgets/electoral-violence.json');
  static override provenanceModule = () => import('../../data/shards/widgets/electoral-violence.provenance.json');

  protected panels(lang: Lang): BarPanel[] {
    return [{
      id: 'candidates',
      figures: pageCatalog.tableFigures(TABLE),
      label: (f: Figure) => (lang === 'es' ? `Proceso ${formatPeriod(f.period, lang)}` : `${formatPeriod(f.period, lang)} cycle`),
    }];
  }

  protected override noteFigures(): Figure[] {
    return [pageCatalog.figure(POLICE)];
  }

  protected copy(lang: Lang): BarCopy {
    const [first, , last] = pageCatalog.tableFigures(TABLE);
    const f = (figure: Figure) => formatFigure(figure, lang);
    const police = figureValue(POLICE, lang);
    return lang === 'es'
      ? {
        title: pageCatalog.table(TABLE).title[lang],
        subtitle: 'Personas candidatas a un cargo asesinadas durante cada proceso electoral. El de 2023–2024 cuenta hasta mayo de 2024.',
        summary: `Los candidatos asesinados pasaron de ${f(first)} en el proceso de 2017–2018 a ${f(last)} en el de 2023–2024, contados hasta mayo de 2024.`,
        notes: [html`Durante el sexenio de López Obrador fueron asesinados ${police} policías en todo el país.`],
      }
      : {
        title: pageCatalog.table(TABLE).title[lang],
        subtitle: 'People running for office killed during each electoral cycle. The 2023–2024 count runs to May 2024.',
        summary: `Candidates killed went from ${f(first)} in the 2017–2018 cycle to ${f(last)} in 2023–2024, counted to May 2024.`,
        notes: [html`${police} police officers were killed nationwide during López Obrador’s term.`],
      };
  }
}

defineElement('cifras-electoral-violence', CifrasElectoralViolence);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-electoral-violence': CifrasElectoralViolence;
  }
}
