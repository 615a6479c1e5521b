import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../chart/locale.js';

/** The figures the summary names, formatted. */
export interface Values { before: string; after: string; ratio: string }

/** The figures the notes name, each in bold. */
export interface NoteValues { agreements: TemplateResult; fundsMxn: TemplateResult; fundsUsd: TemplateResult; trusts: TemplateResult }

/** What the budget share chart says, in each language. */
export const WORDS: Record<Lang, {
  title: string;
  subtitle: string;
  summary: (v: Values) => string;
  armedForces: string;
  rest: string;
  notes: (v: NoteValues) => TemplateResult[];
}> = {
  en: {
    title: 'One peso in five of federal spending goes through the armed forces',
    subtitle: 'Share of federal public spending channelled through the armed forces. Each square is 1% of spending.',
    summary: (v) => `The 2024 budget gives the armed forces ${v.after} of federal spending, ${v.ratio} the 2018 share of ${v.before}.`,
    armedForces: 'Armed forces',
    rest: 'Rest of federal spending',
    notes: (v) => [
      html`As of 2023, ${v.agreements} agreements had reassigned civilian functions to the armed forces, channelling ${v.fundsMxn} (${v.fundsUsd}) in additional funds to military institutions.`,
      html`Military trusts grew by ${v.trusts} under López Obrador.`,
    ],
  },
  es: {
    title: 'Uno de cada cinco pesos del gasto federal pasa por las Fuerzas Armadas',
    subtitle: 'Proporción del gasto público federal ejercida por las Fuerzas Armadas. Cada cuadro es 1% del gasto.',
    summary: (v) => `El presupuesto de 2024 asigna a las Fuerzas Armadas ${v.after} del gasto federal, ${v.ratio} más que en 2018, cuando la proporción era de ${v.before}.`,
    armedForces: 'Fuerzas Armadas',
    rest: 'Resto del gasto federal',
    notes: (v) => [
      html`Para 2023, ${v.agreements} convenios habían reasignado funciones civiles a las Fuerzas Armadas, con recursos adicionales de ${v.fundsMxn} (${v.fundsUsd}) para instituciones militares.`,
      html`Los fideicomisos militares crecieron ${v.trusts} en el sexenio de López Obrador.`,
    ],
  },
};
