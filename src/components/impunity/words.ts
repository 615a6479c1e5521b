import type { Lang } from '../../chart/locale.js';

/** The figures the summary names, formatted. */
export interface Values { reported: string; caseFile: string; concluded: string; convicted: string; impunity: string; murder: string }

/** The figures the title names, as the bars' labels round them. */
export interface Headline { reported: string; convicted: string }

/** What the impunity chart says, in each language. */
export const WORDS: Record<Lang, {
  title: (v: Headline) => string;
  subtitle: string;
  chain: string;
  apart: string;
  /** Each bar's name, by the figure's id. */
  labels: Record<string, string>;
  summary: (v: Values) => string;
}> = {
  en: {
    title: (v) => `Of every 100 crimes, ${v.reported} were reported and ${v.convicted} ended in a conviction`,
    subtitle: 'Crimes at each stage, of every 100 committed in 2022, reported or not, from INEGI’s victimisation survey. The impunity rates below have bases of their own.',
    chain: 'Of every 100 crimes',
    apart: 'Impunity, each on its own base',
    labels: {
      'elementa.crimes-reported-2022': 'Reported',
      'icg.crimes-case-file-opened-2022': 'Reported, with a case file opened',
      'elementa.reported-crimes-concluded-2022': 'Reported, reaching a conclusion',
      'elementa.crimes-conviction-2022': 'Ending in a conviction',
      'icg.impunity-all-crimes-2022': 'Judicial impunity, of crimes that reach the authorities',
      'icg.homicide-impunity-2022': 'Impunity, of homicides',
    },
    summary: (v) => `Of every 100 crimes in 2022, ${v.reported} were reported, ${v.caseFile} led to a case file, ${v.concluded} reached a conclusion and ${v.convicted} ended in a conviction. Judicial impunity was ${v.impunity} of the crimes that reached the authorities, and ${v.murder} for murder.`,
  },
  es: {
    title: (v) => `De cada 100 delitos, ${v.reported} se denunciaron y ${v.convicted} terminaron en condena`,
    subtitle: 'Delitos en cada etapa, de cada 100 cometidos en 2022, denunciados o no, según la encuesta de victimización del INEGI. Los índices de impunidad de abajo tienen bases propias.',
    chain: 'De cada 100 delitos',
    apart: 'Impunidad, cada una sobre su propia base',
    labels: {
      'elementa.crimes-reported-2022': 'Denunciados',
      'icg.crimes-case-file-opened-2022': 'Denunciados, con carpeta de investigación',
      'elementa.reported-crimes-concluded-2022': 'Denunciados, con alguna conclusión',
      'elementa.crimes-conviction-2022': 'Con sentencia condenatoria',
      'icg.impunity-all-crimes-2022': 'Impunidad judicial, de los delitos que llegan a la autoridad',
      'icg.homicide-impunity-2022': 'Impunidad, de los homicidios',
    },
    summary: (v) => `De cada 100 delitos cometidos en 2022, ${v.reported} se denunció, ${v.caseFile} dio lugar a una carpeta de investigación, ${v.concluded} llegó a alguna conclusión y ${v.convicted} terminó en una sentencia condenatoria. La impunidad judicial fue de ${v.impunity} de los delitos que llegaron a la autoridad, y de ${v.murder} en los homicidios.`,
  },
};
