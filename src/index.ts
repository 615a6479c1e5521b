// Registers every Cifras element. The only module with side effects.
export { CifrasKeyFigure } from './components/key-figure/key-figure.js';
export { CifrasClashesByState } from './components/clashes-by-state/clashes-by-state.js';
export { CifrasBudgetShare } from './components/budget-share/budget-share.js';
export { CifrasHomicidesDisappearances } from './components/homicides-disappearances/homicides-disappearances.js';
export * from './data/index.js';
