// Registers every Cifras element. The only module with side effects.
// First, before Lit runs: a second copy of Lit refused its Trusted Types policy is explained on the page.
import './components/frame/refused-policy.js';
export { CifrasKeyFigure } from './components/key-figure/key-figure.js';
export { CifrasBudgetShare } from './components/budget-share/budget-share.js';
export { CifrasClashesByState } from './components/clashes-by-state/clashes-by-state.js';
export { CifrasDisappearances } from './components/disappearances/disappearances.js';
export { CifrasHomicidesDisappearances } from './components/homicides-disappearances/homicides-disappearances.js';
export { CifrasTroopDeployment } from './components/troop-deployment/troop-deployment.js';
export { CifrasClashRate } from './components/clash-rate/clash-rate.js';
export { CifrasGuardComposition } from './components/guard-composition/guard-composition.js';
export { CifrasSeizures } from './components/seizures/seizures.js';
export { CifrasImpunity } from './components/impunity/impunity.js';
export { CifrasElectoralViolence } from './components/electoral-violence/electoral-violence.js';
export { CifrasArrests } from './components/arrests/arrests.js';
export { CifrasExtraditions } from './components/extraditions/extraditions.js';
export { CifrasCustomChart } from './components/chart/chart.js';
export { CifrasTableChart } from './components/table-chart/table-chart.js';
export { CifrasValue } from './components/value/value.js';
export { CifrasCite } from './components/cite/cite.js';
export { CifrasSources } from './components/sources/sources.js';
export type { RenderedDetail } from './components/frame/chart-element.js';
// The dataset itself is `cifras/data` (dist/data.js): the elements load only the figures they show.
export { Catalog, DataPendingError, UnknownIdError } from './data/index.js';
export type * from './data/types.js';
export { embedSnippets, scriptHome } from './chart/embed.js';
export { ownScriptHome } from './components/actions/script-home.js';
export { embedFrameHeight, shownTitle } from './components/actions/shown-title.js';
