import type { Lang } from '../../chart/locale.js';

/** What the clashes-by-state chart says, in each language. */
export const WORDS: Record<Lang, {
  title: (state: string, share: string) => string;
  subtitle: (total: string) => string;
  /** What the summary counts. */
  noun: string;
}> = {
  en: {
    title: (state, share) => `${state} alone saw ${share} of armed clashes, 2020–2022`,
    subtitle: (total) => `Total: ${total} clashes between the armed forces and criminal groups reported by the defence ministry (Sedena).`,
    noun: 'clashes reported by the defence ministry',
  },
  es: {
    title: (state, share) => `${state} concentra ${share} de los enfrentamientos armados, 2020–2022`,
    subtitle: (total) => `Total: ${total} enfrentamientos entre las Fuerzas Armadas y grupos criminales reportados por la Sedena.`,
    noun: 'enfrentamientos reportados por la Sedena',
  },
};
