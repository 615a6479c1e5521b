// Registers every Cifras element. The only module with side effects.
export { CifrasKeyFigure } from './components/key-figure/key-figure.js';
export * from './data/index.js';
