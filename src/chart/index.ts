// The pure chart kit (cifras/chart): layout, scales, ticks, label fitting and
// formatting, with no DOM — for building your own charts in the Cifras style.
// Text is measured as the sizes say (`frameSizes(width, measurer)`): pass
// `fontMetricsWidth` where there is no canvas to measure with.
export * from './bar-layout.js';
export * from './boxes.js';
export * from './change.js';
export * from './embed.js';
export * from './export-data.js';
export * from './font-metrics.js';
export * from './flow.js';
export * from './footnotes.js';
export * from './format.js';
export * from './layout.js';
export * from './limits.js';
export * from './locale.js';
export * from './map-messages.js';
export * from './messages.js';
export * from './panels.js';
export * from './panel-messages.js';
export * from './period.js';
export * from './place-labels.js';
export * from './places.js';
export * from './scale/classes.js';
export * from './scale/linear.js';
export * from './scale/ticks.js';
export * from './stack-layout.js';
export * from './state-names.js';
export * from './summarize.js';
export * from './text.js';
export * from './tile-map.js';
export * from './time-layout.js';
export * from './tooltip.js';
export * from './waffle-layout.js';
