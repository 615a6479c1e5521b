import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../chart/locale.js';

/** The figures the summary names, formatted. */
export interface Values { cannabisEvents: string; cannabisWeight: string; fentanylEvents: string; fentanylWeight: string }

/** What the seizures chart says, in each language. */
export const WORDS: Record<Lang, {
  /** The finding, with the shares as the bars show them. */
  title: (v: Values) => string;
  subtitle: string;
  summary: (v: Values) => string;
  fentanyl: (weeklyDoses: TemplateResult, events: TemplateResult) => TemplateResult;
}> = {
  en: {
    title: (v) => `Fentanyl is about ${v.fentanylEvents} of drug seizures, counted by events or by weight`,
    subtitle: 'Share of drug seizures by substance, counting seizure events or kilograms, and events by state. Fentanyl is highlighted.',
    summary: (v) => `Cannabis is ${v.cannabisEvents} of seizure events from 2007 to 2024 and ${v.cannabisWeight} of the weight seized from 2018 to 2024; fentanyl is ${v.fentanylEvents} of events and ${v.fentanylWeight} of the weight.`,
    fentanyl: (doses, events) => html`Fentanyl weighs little and goes far: one Sinaloa Cartel laboratory was reported to produce ${doses} doses a week. There were ${events} seizure events from December 2018 to February 2024.`,
  },
  es: {
    title: (v) => `El fentanilo es cerca de ${v.fentanylEvents} de los aseguramientos de drogas, por eventos o por peso`,
    subtitle: 'Proporción de los aseguramientos de drogas por sustancia, contando eventos o kilos, y eventos por estado. El fentanilo va resaltado.',
    summary: (v) => `La mariguana es ${v.cannabisEvents} de los eventos de aseguramiento de 2007 a 2024 y ${v.cannabisWeight} del peso asegurado de 2018 a 2024; el fentanilo, ${v.fentanylEvents} de los eventos y ${v.fentanylWeight} del peso.`,
    fentanyl: (doses, events) => html`El fentanilo pesa poco y rinde mucho: un solo laboratorio del Cártel de Sinaloa producía ${doses} dosis a la semana. Hubo ${events} eventos de aseguramiento de diciembre de 2018 a febrero de 2024.`,
  },
};
