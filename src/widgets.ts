// The one list of Cifras' elements: the built-in widgets and, apart, the other
// elements. src/index.ts exports it with every element; the embed page, the
// static snapshots, the gallery and the tests read it. Adding a widget is its
// folder, its import here and its line in WIDGETS.
import { CifrasKeyFigure } from './components/key-figure/key-figure.js';
import { CifrasBudgetShare } from './components/budget-share/budget-share.js';
import { CifrasClashesByState } from './components/clashes-by-state/clashes-by-state.js';
import { CifrasDisappearances } from './components/disappearances/disappearances.js';
import { CifrasHomicidesDisappearances } from './components/homicides-disappearances/homicides-disappearances.js';
import { CifrasTroopDeployment } from './components/troop-deployment/troop-deployment.js';
import { CifrasClashRate } from './components/clash-rate/clash-rate.js';
import { CifrasGuardComposition } from './components/guard-composition/guard-composition.js';
import { CifrasSeizures } from './components/seizures/seizures.js';
import { CifrasImpunity } from './components/impunity/impunity.js';
import { CifrasElectoralViolence } from './components/electoral-violence/electoral-violence.js';
import { CifrasArrests } from './components/arrests/arrests.js';
import { CifrasExtraditions } from './components/extraditions/extraditions.js';
import { CifrasCustomChart } from './components/chart/chart.js';
import { CifrasTableChart } from './components/table-chart/table-chart.js';
import { CifrasValue } from './components/value/value.js';
import { CifrasCite } from './components/cite/cite.js';
import { CifrasSources } from './components/sources/sources.js';

export {
  CifrasKeyFigure, CifrasBudgetShare, CifrasClashesByState, CifrasHomicidesDisappearances, CifrasDisappearances, CifrasTroopDeployment, CifrasClashRate, CifrasGuardComposition, CifrasSeizures, CifrasImpunity, CifrasElectoralViolence, CifrasArrests, CifrasExtraditions, CifrasCustomChart, CifrasTableChart, CifrasValue, CifrasCite, CifrasSources,
};

/** A built-in widget: its element, and the attributes it needs to draw something (a table id, say). */
export interface Widget {
  element: CustomElementConstructor & { observedAttributes?: string[] };
  /** Attributes a widget cannot draw without, with an example value. */
  example?: Record<string, string>;
  /** The static snapshots the build renders (dist/static/<name>.<lang>.*): by default one, of the example. */
  snapshots?: Snapshot[];
}

/** One static snapshot: its file name's stem and the element's attributes. */
export interface Snapshot {
  name: string;
  attributes: Record<string, string>;
}

/** The static snapshots of a widget. */
export const snapshotsOf = (tag: string, widget: Widget): Snapshot[] => widget.snapshots ?? [{ name: tag, attributes: widget.example ?? {} }];

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
  ['cifras-table-chart', {
    element: CifrasTableChart,
    example: { table: 'armed-groups' },
    // Tables of the dataset that no dedicated chart draws.
    snapshots: ['armed-groups', 'households-crime-victim', 'treatment-demand-2022', 'homicide-rates']
      .map((table) => ({ name: `cifras-table-chart.${table}`, attributes: { table } })),
  }],
  ['cifras-key-figure', {
    element: CifrasKeyFigure,
    example: { figure: 'icg.homicides.2018' },
    // A few single numbers and one comparison.
    snapshots: [
      ...['icg.military-budget-share.2024', 'icg.military-deployed-streets-2024', 'icg.disappeared-registry-total-2024', 'elementa.crimes-conviction-2022']
        .map((figure) => ({ name: `cifras-key-figure.${figure}`, attributes: { figure } })),
      { name: 'cifras-key-figure.icg.homicides.2018-2022', attributes: { figure: 'icg.homicides.2022', compare: 'icg.homicides.2018' } },
    ],
  }],
]);

/** The widgets that draw the dataset's own figures from a data module of their own (not a table or figure named by an attribute). */
export const FIXED_WIDGETS = [...WIDGETS].filter(([, widget]) => Boolean((widget.element as { spec?: { data?: unknown } }).spec?.data)).map(([tag]) => tag);

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
