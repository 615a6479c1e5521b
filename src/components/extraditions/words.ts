import type { Lang } from '../../chart/locale.js';

/** The figures the summary names, formatted. */
export interface Values { penaNieto: string; amlo: string; penaNietoPerYear: string; amloPerYear: string }

export interface ExtraditionWords {
  /** The finding, with the figures as the bars show them. */
  title: (v: Values) => string;
  subtitle: string;
  total: string;
  perYear: string;
  /** Whose term a figure counts, by the last part of its id. */
  presidents: { 'pena-nieto': string; amlo: string };
  summary: (v: Values) => string;
}

/** What the extraditions chart says, in each language. */
export const WORDS: Record<Lang, ExtraditionWords> = {
  en: {
    title: (v) => `López Obrador extradited at Peña Nieto’s pace: ${v.amloPerYear} a year against ${v.penaNietoPerYear}`,
    subtitle: 'Extraditions to the United States approved by Mexico; López Obrador’s, highlighted, to 2022. His count covers four years; Peña Nieto’s six.',
    total: 'Total approved',
    perYear: 'Per year',
    presidents: { 'pena-nieto': 'Peña Nieto, six years (2012–2018)', amlo: 'López Obrador, four years (to\u00a02022)' },
    summary: (v) => `${v.penaNieto} extraditions were approved in Peña Nieto’s six years and ${v.amlo} under López Obrador to 2022: ${v.penaNietoPerYear} and ${v.amloPerYear} a year.`,
  },
  es: {
    title: (v) => `López Obrador extraditó al ritmo de Peña Nieto: ${v.amloPerYear} al año frente a ${v.penaNietoPerYear}`,
    subtitle: 'Extradiciones a Estados Unidos aprobadas por México; las de López Obrador, resaltadas, hasta 2022. Su cifra cubre cuatro años; la de Peña Nieto, seis.',
    total: 'Total aprobado',
    perYear: 'Por año',
    presidents: { 'pena-nieto': 'Peña Nieto, seis años (2012–2018)', amlo: 'López Obrador, cuatro años (hasta\u00a02022)' },
    summary: (v) => `Con Peña Nieto se aprobaron ${v.penaNieto} extradiciones en seis años y con López Obrador ${v.amlo} hasta 2022: ${v.penaNietoPerYear} y ${v.amloPerYear} al año.`,
  },
};
