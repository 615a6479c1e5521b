// The one list of built-in widgets (and, apart, of the other elements): the
// embed page, the static snapshots, the gallery and the tests read it. Imported by name, not for side effects:
// package.json's "sideEffects" lets a bundler drop a bare `import './index.js'`.
import {
  CifrasArrests, CifrasBudgetShare, CifrasCite, CifrasClashRate, CifrasClashesByState, CifrasCustomChart, CifrasDisappearances, CifrasElectoralViolence,
  CifrasExtraditions, CifrasGuardComposition, CifrasHomicidesDisappearances, CifrasImpunity, CifrasKeyFigure, CifrasSeizures,
  CifrasSources, CifrasTableChart, CifrasTroopDeployment, CifrasValue,
} from './index.js';

/** A built-in widget: its element, and the attributes it needs to draw something (a table id, say). */
export interface Widget {
  element: CustomElementConstructor & { observedAttributes?: string[] };
  /** Attributes a widget cannot draw without, with an example value. */
  example?: Record<string, string>;
}

/** Every built-in widget, by tag, in the gallery's order. */
export const WIDGETS = new Map<string, Widget>([
  ['cifras-budget-share', { element: CifrasBudgetShare }],
  ['cifras-clashes-by-state', { element: CifrasClashesByState }],
  ['cifras-homicides-disappearances', { element: CifrasHomicidesDisappearances }],
  ['cifras-disappearances', { element: CifrasDisappearances }],
  ['cifras-troop-deployment', { element: CifrasTroopDeployment }],
  ['cifras-clash-rate', { element: CifrasClashRate }],
  ['cifras-guard-composition', { element: CifrasGuardComposition }],
  ['cifras-seizures', { element: CifrasSeizures }],
  ['cifras-impunity', { element: CifrasImpunity }],
  ['cifras-electoral-violence', { element: CifrasElectoralViolence }],
  ['cifras-arrests', { element: CifrasArrests }],
  ['cifras-extraditions', { element: CifrasExtraditions }],
  ['cifras-table-chart', { element: CifrasTableChart, example: { table: 'armed-groups' } }],
  ['cifras-key-figure', { element: CifrasKeyFigure, example: { figure: 'icg.homicides.2018' } }],
]);

/** The widgets that draw a chart in the shared frame (every one but the key figure card). */
export const CHART_WIDGETS = [...WIDGETS.keys()].filter((tag) => tag !== 'cifras-key-figure');

/** An element that is not a catalogue widget: what it is for. */
export interface OtherElement {
  element: CustomElementConstructor;
  /** `chart`: draws the page's own data; `citation`: cites the dataset's sources in the page's prose. */
  kind: 'chart' | 'citation';
}

/** Every other element, by tag: with WIDGETS, every element Cifras registers. */
export const OTHER_ELEMENTS = new Map<string, OtherElement>([
  ['cifras-chart', { element: CifrasCustomChart, kind: 'chart' }],
  ['cifras-value', { element: CifrasValue, kind: 'citation' }],
  ['cifras-cite', { element: CifrasCite, kind: 'citation' }],
  ['cifras-sources', { element: CifrasSources, kind: 'citation' }],
]);
