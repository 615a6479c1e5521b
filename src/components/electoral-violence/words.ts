import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../chart/locale.js';

/** What the electoral violence chart says, in each language. */
export const WORDS: Record<Lang, {
  /** The finding: candidates killed in the first cycle and the latest, as their bars show them. */
  title: (first: string, last: string) => string;
  subtitle: string;
  /** On the latest cycle's bar: it was counted before the cycle ended. */
  toMay: string;
  cycle: (period: string) => string;
  summary: (first: string, last: string) => string;
  police: (killed: TemplateResult) => TemplateResult;
}> = {
  en: {
    title: (first, last) => `More candidates killed in each electoral cycle: from ${first} in 2017–2018 to ${last} in 2023–2024`,
    subtitle: 'People running for office killed during each electoral cycle. The 2023–2024 count runs to May 2024.',
    toMay: 'counted to May 2024',
    cycle: (period) => `${period} cycle`,
    summary: (first, last) => `Candidates killed went from ${first} in the 2017–2018 cycle to ${last} in 2023–2024, counted to May 2024.`,
    police: (killed) => html`${killed} police officers were killed nationwide during López Obrador’s term.`,
  },
  es: {
    title: (first, last) => `Más candidatos asesinados en cada proceso electoral: de ${first} en 2017–2018 a ${last} en 2023–2024`,
    subtitle: 'Personas candidatas a un cargo asesinadas durante cada proceso electoral. El de 2023–2024 cuenta hasta mayo de 2024.',
    toMay: 'contados hasta mayo de 2024',
    cycle: (period) => `Proceso ${period}`,
    summary: (first, last) => `Los candidatos asesinados pasaron de ${first} en el proceso de 2017–2018 a ${last} en el de 2023–2024, contados hasta mayo de 2024.`,
    police: (killed) => html`Durante el sexenio de López Obrador fueron asesinados ${killed} policías en todo el país.`,
  },
};
