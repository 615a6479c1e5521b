// Registers every Cifras element. The only module with side effects.
// First, before Lit runs: a second copy of Lit refused its Trusted Types policy is explained on the page.
import './components/frame/refused-policy.js';
// Every element, and the registry that lists them (src/widgets.ts).
export * from './widgets.js';
export type { RenderedDetail } from './components/frame/chart-element.js';
// The dataset itself is `cifras/data` (dist/data.js): the elements load only the figures they show.
export { Catalog, DataPendingError, UnknownIdError } from './data/index.js';
export type * from './data/types.js';
export { embedSnippets, scriptHome } from './chart/embed.js';
export { ownScriptHome } from './components/actions/script-home.js';
export { embedFrameHeight, shownTitle } from './components/actions/shown-title.js';
