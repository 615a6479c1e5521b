// The error box with its styles, which a chart loads when it first has a problem to show.
export { renderError } from './error-message.js';
export { errorStyles } from './error.styles.js';
