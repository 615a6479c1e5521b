// The same script loaded twice, and a second copy of the library (another URL,
// so a separate module instance, like a second build): no exception, elements work.
window.errors = [];
window.addEventListener('error', (event) => window.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
const { rendered } = await import('./all-elements.js');
await import('../../src/index.ts');
await import('../../src/index.ts');
await import('../../src/index.ts?second-copy=1');
const elements = await rendered();
window.result = { rendered: elements.filter((el) => el.shadowRoot?.childElementCount).length, count: elements.length };
