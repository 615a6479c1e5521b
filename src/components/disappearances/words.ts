import type { Lang } from '../../chart/locale.js';

/** What the disappearances chart says, in each language. */
export const WORDS: Record<Lang, {
  /** The registry's latest count. */
  title: (count: string) => string;
  subtitle: string;
  registry: string;
  term: string;
  /** What each bar counts, by figure id. */
  who: Record<string, string>;
  /** The registry in May 2024, the count since 1969, and the census of December 2023. */
  summary: (v: string[]) => string;
}> = {
  en: {
    title: (count) => `${count} people on the registry of the disappeared`,
    subtitle: 'People disappeared and not located, as each document counts them: the whole national registry, and those registered during López Obrador’s term.',
    registry: 'The whole registry',
    term: 'During López Obrador’s term',
    who: {
      'icg.disappeared-since-1969': 'since 1969',
      'icg.disappeared-presidential-count-2023': 'government census, “confirmed reports”',
      'elementa.missing-persons-registry.2024-02': 'registry',
      'elementa.missing-persons-registry.2024': 'registry',
      'icg.disappeared-registry-total-2024': 'registry',
      'elementa.disappearances-amlo.2023-06': 'recorded since December 2018',
      'elementa.disappearances-amlo.2023-08': 'documented during the term',
      'icg.disappeared-registry-since-2019': '65% of the registry, since 2019',
    },
    summary: (v) => `In May 2024 the national registry listed ${v[0]} people as disappeared and not located, ${v[1]} of them since 1969 by another count; the government’s census of December 2023 confirmed ${v[2]} reports.`,
  },
  es: {
    title: (count) => `${count} personas en el registro de desaparecidas`,
    subtitle: 'Personas desaparecidas y no localizadas, según cada documento: el registro nacional completo y las registradas durante el sexenio de López Obrador.',
    registry: 'El registro completo',
    term: 'Durante el sexenio de López Obrador',
    who: {
      'icg.disappeared-since-1969': 'desde 1969',
      'icg.disappeared-presidential-count-2023': 'censo del gobierno, “reportes confirmados”',
      'elementa.missing-persons-registry.2024-02': 'registro',
      'elementa.missing-persons-registry.2024': 'registro',
      'icg.disappeared-registry-total-2024': 'registro',
      'elementa.disappearances-amlo.2023-06': 'registradas desde diciembre de 2018',
      'elementa.disappearances-amlo.2023-08': 'documentadas en el sexenio',
      'icg.disappeared-registry-since-2019': '65% del registro, desde 2019',
    },
    summary: (v) => `En mayo de 2024 el registro nacional contaba ${v[0]} personas desaparecidas y no localizadas, ${v[1]} desde 1969 según otra cifra; el censo del gobierno de diciembre de 2023 confirmó ${v[2]} reportes.`,
  },
};
