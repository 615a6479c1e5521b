import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../chart/locale.js';

/** What the homicides chart says, and the two charts together, in each language. */
export const WORDS: Record<Lang, {
  /** Homicides in 2007, 2018 and 2019, and the two counts for 2022. */
  summary: (v: string[], y2022: string) => string;
  /** The label of the multi-year floor, a bound in words around its number (Spanish's shorter form fits a phone). */
  floor: (value: string) => string;
  /** Who gave each figure, as the key names the colours. */
  sources: string;
  /** Homicide rates, listed with their years. */
  rates: (list: (string | TemplateResult)[]) => TemplateResult;
  /** The 2017 count against the multi-year floor that starts that year: the documents disagree. */
  disagree2017: (count: TemplateResult, floor: TemplateResult) => TemplateResult;
  /** Where the shaded terms come from, and the count for López Obrador's. */
  terms: (total: TemplateResult) => TemplateResult;
  calderon: string;
  penaNieto: string;
  lopezObrador: string;
  projected: string;
  axis: string;
  gap: string;
  /** The two charts as one: title, subtitle and their panels' titles. */
  both: { title: (registry: string) => string; subtitle: string; homicides: string; disappeared: string };
}> = {
  en: {
    summary: (v, y2022) => `Recorded homicides went from ${v[0]} in 2007 to ${v[1]} in 2018 and ${v[2]} in 2019; for 2022 the documents give ${y2022}.`,
    floor: (value) => `at least ${value} a year`,
    sources: 'Source of each column',
    rates: (list) => html`Homicide rate, per 100,000 people: ${list}.`,
    terms: (total) => html`Terms as Crisis Group dates them; under López Obrador, ${total} homicides to May 2024.`,
    disagree2017: (count, floor) => html`The sources disagree on 2017: ${count} (Felbab-Brown) or ${floor} a year from 2017 to 2022 (Elementa DDHH).`,
    calderon: 'Calderón',
    penaNieto: 'Peña Nieto',
    lopezObrador: 'López Obrador',
    projected: ' (projected)',
    axis: 'Horizontal axis: years, 2007 to 2024.',
    gap: 'no figures',
    both: {
      title: (registry) => `Four times as many homicides in 2018 as in 2007, and ${registry} people registered as disappeared`,
      subtitle: 'Homicides by year, as each document counts them (shaded: presidential terms), and the national registry of the disappeared.',
      homicides: 'Homicides per year',
      disappeared: 'People disappeared and not located',
    },
  },
  es: {
    summary: (v, y2022) => `Los homicidios registrados pasaron de ${v[0]} en 2007 a ${v[1]} en 2018 y ${v[2]} en 2019; para 2022 los documentos dan ${y2022}.`,
    floor: (value) => `${value} o más al año`,
    sources: 'Fuente de cada columna',
    rates: (list) => html`Tasa de homicidios por cada 100 mil habitantes: ${list}.`,
    terms: (total) => html`Sexenios según las fechas de Crisis Group; con López Obrador, ${total} homicidios hasta mayo de 2024.`,
    disagree2017: (count, floor) => html`Las fuentes discrepan sobre 2017: ${count} (Felbab-Brown) o ${floor} al año de 2017 a 2022 (Elementa DDHH).`,
    calderon: 'Calderón',
    penaNieto: 'Peña Nieto',
    lopezObrador: 'López Obrador',
    projected: ' (proyección)',
    axis: 'Eje horizontal: años, de 2007 a 2024.',
    gap: 'sin cifras',
    both: {
      title: (registry) => `Cuatro veces más homicidios en 2018 que en 2007, y ${registry} personas registradas como desaparecidas`,
      subtitle: 'Homicidios por año, según cada documento (sombreado: sexenios), y el registro nacional de personas desaparecidas.',
      homicides: 'Homicidios por año',
      disappeared: 'Personas desaparecidas y no localizadas',
    },
  },
};
