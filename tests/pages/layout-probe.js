// Renders the page's elements and records where their parts land, relative to each host.
const { rendered } = await import('./all-elements.js');
await import('../../src/index.ts');
const elements = await rendered();
const boxes = {};
for (const el of elements) {
  const host = el.getBoundingClientRect();
  boxes[el.localName] = [...el.shadowRoot.querySelectorAll('rect.mark, text, .number, .measure, .title')].map((node) => {
    const r = node.getBoundingClientRect();
    return [Math.round(r.left - host.left), Math.round(r.top - host.top), Math.round(r.width), Math.round(r.height)];
  });
}
window.result = { boxes, widths: elements.map((el) => Math.round(el.getBoundingClientRect().width)) };
