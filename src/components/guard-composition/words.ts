import type { Lang } from '../../chart/locale.js';

/** The figures the summary names, formatted. */
export interface Values { sedena2019: string; sedena2023: string; crisisGroup: string; official: string; positions: string }

/** What the National Guard chart says, in each language. */
export const WORDS: Record<Lang, {
  /** The finding: the defence ministry's share in 2023, as its bar shows it. */
  title: (share2023: string) => string;
  subtitle: string;
  share: string;
  /** On the bar of a share that is a description, not a count. */
  described: string;
  headcount: string;
  summary: (v: Values) => string;
}> = {
  en: {
    title: (share) => `A civilian National Guard, ${share} of it from the defence ministry by 2023`,
    subtitle: 'National Guard personnel from the military, as each source counts them, and official members against real positions, which are highlighted.',
    share: 'Share from the military',
    described: 'a description, read as 100%',
    headcount: 'Members and positions',
    summary: (v) => `The share of the National Guard from the defence ministry rose from ${v.sedena2019} in 2019 to ${v.sedena2023} in 2023; Crisis Group gives ${v.crisisGroup}. Of its ${v.official} official members, Valdés Castellanos counts ${v.positions} real positions.`,
  },
  es: {
    title: (share) => `Una Guardia Nacional civil, con ${share} de su personal proveniente de la Sedena en 2023`,
    subtitle: 'Personal de la Guardia Nacional de origen militar, según cada fuente, e integrantes oficiales frente a plazas reales, que van resaltadas.',
    share: 'Proporción de origen militar',
    described: 'una descripción, leída como 100%',
    headcount: 'Integrantes y plazas',
    summary: (v) => `La proporción de la Guardia Nacional proveniente de la Sedena pasó de ${v.sedena2019} en 2019 a ${v.sedena2023} en 2023; Crisis Group da ${v.crisisGroup}. De sus ${v.official} integrantes oficiales, Valdés Castellanos cuenta ${v.positions} plazas reales.`,
  },
};
