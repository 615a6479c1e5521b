// Cifras, then a second copy of Lit (as a second copy of Cifras bundles its own), which the page's
// Trusted Types refuse their "lit-html" policy: that copy stops, and its element (here one only it
// would define) stays undefined.
window.errors = [];
window.addEventListener('error', (event) => window.errors.push(String(event.message)));
await import('../../src/index.ts');
await import('../../node_modules/lit-html/lit-html.js?second-copy=1').catch((error) => { window.refused = String(error); });
const note = () => document.querySelector('cifras-newer-element [data-cifras-refused]');
for (let i = 0; i < 100 && !note(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
window.result = { refused: window.refused, note: note()?.textContent ?? null, defined: document.querySelector('cifras-value [data-cifras-refused]') === null };
