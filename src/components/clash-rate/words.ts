import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../chart/locale.js';

/** Under Calderón, Peña Nieto and López Obrador, formatted. */
type ByPresident = string[];

/** What the clash rate chart says, in each language. */
export const WORDS: Record<Lang, {
  /** The finding: Calderón's monthly average and López Obrador's, as their bars show them. */
  title: (calderon: string, lopezObrador: string) => string;
  /** On López Obrador's clash average: why it is a minimum. */
  incomplete: string;
  subtitle: string;
  clashes: string;
  casualties: string;
  summary: (clashes: ByPresident, casualties: ByPresident) => string;
  /** Events, aggressors killed, injured, and killed per soldier killed. */
  aggressions: (v: TemplateResult[]) => TemplateResult;
}> = {
  en: {
    title: (first, last) => `Still ${last} armed clashes a month under López Obrador, against ${first} under Calderón`,
    incomplete: '2022 incomplete: the navy did not report',
    subtitle: 'Clashes between federal forces and armed groups, and suspected criminals killed, by presidency. López Obrador’s clash average is a minimum: data for 2022 are incomplete.',
    clashes: 'Clashes per month, on average',
    casualties: 'Suspected criminals killed per year',
    summary: (c, k) => `Armed clashes averaged ${c[0]} a month under Calderón and ${c[1]} under Peña Nieto; under López Obrador, ${c[2]}, as the navy did not report its clashes of 2022. Suspected criminals killed per year: ${k[0]}, ${k[1]} and ${k[2]}.`,
    aggressions: (v) => html`From 2019 to 2024 the defence ministry recorded ${v[0]} aggressions against the military, with ${v[1]} aggressors killed and ${v[2]} injured. The document adds that ${v[3]} as many aggressors were killed as soldiers; it does not give the number of soldiers killed.`,
  },
  es: {
    title: (first, last) => `Todavía ${last} enfrentamientos armados al mes con López Obrador, frente a ${first} con Calderón`,
    incomplete: '2022 incompleto: la Marina no reportó',
    subtitle: 'Enfrentamientos entre fuerzas federales y grupos armados, y presuntos delincuentes muertos, por sexenio. El promedio de enfrentamientos de López Obrador es un mínimo: la información de 2022 está incompleta.',
    clashes: 'Enfrentamientos al mes, en promedio',
    casualties: 'Presuntos delincuentes muertos, promedio anual',
    summary: (c, k) => `Los enfrentamientos armados promediaron ${c[0]} al mes con Calderón y ${c[1]} con Peña Nieto; con López Obrador, ${c[2]}, pues la Marina no reportó sus enfrentamientos de 2022. Presuntos delincuentes muertos al año: ${k[0]}, ${k[1]} y ${k[2]}.`,
    aggressions: (v) => html`De 2019 a 2024 la Sedena registró ${v[0]} agresiones contra militares, con ${v[1]} agresores muertos y ${v[2]} heridos. El documento añade que murieron ${v[3]} más agresores que militares; no da el número de militares muertos.`,
  },
};
