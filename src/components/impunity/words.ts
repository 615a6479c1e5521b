import type { Lang } from '../../chart/locale.js';

/** The figures the summary names, formatted. */
export interface Values { reported: string; convicted: string; impunity: string; murder: string }

/** What the impunity chart says, in each language. */
export const WORDS: Record<Lang, {
  title: string;
  subtitle: string;
  chain: string;
  impunity: string;
  summary: (v: Values) => string;
}> = {
  en: {
    title: 'Out of every 100 crimes, about one ends in a conviction',
    subtitle: 'Share of crimes at each stage, 2022, from INEGI’s victimisation survey and other sources. Reported crimes with no conclusion are a share of reported crimes.',
    chain: 'From crime to conviction',
    impunity: 'Impunity',
    summary: (v) => `In 2022 only ${v.reported} of crimes were reported and ${v.convicted} ended in a conviction. Impunity was ${v.impunity} for all crimes and ${v.murder} for murder.`,
  },
  es: {
    title: 'De cada 100 delitos, cerca de uno termina en condena',
    subtitle: 'Proporción de los delitos en cada etapa, 2022, según la encuesta de victimización del INEGI y otras fuentes. Las denuncias sin conclusión son una proporción de los delitos denunciados.',
    chain: 'Del delito a la condena',
    impunity: 'Impunidad',
    summary: (v) => `En 2022 solo ${v.reported} de los delitos se denunció y ${v.convicted} terminó en una sentencia condenatoria. La impunidad fue de ${v.impunity} para todos los delitos y de ${v.murder} para los homicidios.`,
  },
};
