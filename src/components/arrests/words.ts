import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../chart/locale.js';

/** The figures the summary names, formatted. */
export interface Values { drug: string; total: string; topState: string; top: string }

/** What the arrests chart says, in each language. */
export const WORDS: Record<Lang, {
  /** The finding: the state with the most arrests by the defence ministry, and its count as its bar shows it. */
  title: (state: string, arrests: string) => string;
  subtitle: (total: string) => string;
  totals: string;
  drugRelated: string;
  bySedena: string;
  summary: (v: Values) => string;
  discrepancy: (guard: TemplateResult, armyNavy: TemplateResult) => TemplateResult;
}> = {
  en: {
    title: (state, arrests) => `${state} saw the most arrests by the defence ministry, ${arrests} from 2018 to 2023`,
    subtitle: (total) => `Two counts of arrests, and the ${total} the defence ministry made from 2018 to 2023, by state.`,
    totals: 'Two counts of arrests',
    drugRelated: 'Drug-related, 2019–2023',
    bySedena: 'By the defence ministry, 2018–2023',
    summary: (v) => `There were ${v.drug} drug-related arrests from 2019 to 2023. The defence ministry arrested ${v.total} people from 2018 to 2023; ${v.topState} leads with ${v.top}.`,
    discrepancy: (guard, armyNavy) => html`In 2022 the National Guard reported ${guard} arrests of alleged criminals, while the security ministry (SSPC) reported ${armyNavy} by the army and navy together.`,
  },
  es: {
    title: (state, arrests) => `${state} es el estado con más detenciones de la Sedena: ${arrests} de 2018 a 2023`,
    subtitle: (total) => `Dos conteos de detenciones y las ${total} que hizo la Sedena de 2018 a 2023, por estado.`,
    totals: 'Dos conteos de detenciones',
    drugRelated: 'Relacionadas con drogas, 2019–2023',
    bySedena: 'Por la Sedena, 2018–2023',
    summary: (v) => `Hubo ${v.drug} detenciones relacionadas con drogas de 2019 a 2023. La Sedena detuvo a ${v.total} personas de 2018 a 2023; ${v.topState} encabeza con ${v.top}.`,
    discrepancy: (guard, armyNavy) => html`En 2022 la Guardia Nacional reportó ${guard} detenciones de presuntos delincuentes, mientras la SSPC reportó ${armyNavy} detenciones del Ejército y la Marina en conjunto.`,
  },
};
