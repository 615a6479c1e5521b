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
    summary: (c, k) => `The monthly average of clashes fell from ${c[0]} under Calderón to ${c[1]} under Peña Nieto and ${c[2]} under López Obrador; suspected criminals killed per year went from ${k[0]} to ${k[1]} and ${k[2]}.`,
    aggressions: (v) => html`From 2019 to 2024 the defence ministry recorded ${v[0]} aggressions against the military, with ${v[1]} aggressors killed and ${v[2]} injured. The document adds that ${v[3]} as many aggressors were killed as soldiers; it does not give the number of soldiers killed.`,
  },
  es: {
    title: (first, last) => `Todavía ${last} enfrentamientos armados al mes con López Obrador, frente a ${first} con Calderón`,
    incomplete: '2022 incompleto: la Marina no reportó',
    subtitle: 'Enfrentamientos entre fuerzas federales y grupos armados, y presuntos delincuentes muertos, por sexenio. El promedio de enfrentamientos de López Obrador es un mínimo: la información de 2022 está incompleta.',
    clashes: 'Enfrentamientos al mes, en promedio',
    casualties: 'Presuntos delincuentes muertos, promedio anual',
    summary: (c, k) => `El promedio mensual de enfrentamientos bajó de ${c[0]} con Calderón a ${c[1]} con Peña Nieto y ${c[2]} con López Obrador; los presuntos delincuentes muertos al año pasaron de ${k[0]} a ${k[1]} y ${k[2]}.`,
    aggressions: (v) => html`De 2019 a 2024 la Sedena registró ${v[0]} agresiones contra militares, con ${v[1]} agresores muertos y ${v[2]} heridos. El documento añade que murieron ${v[3]} más agresores que militares; no da el número de militares muertos.`,
  },
};
