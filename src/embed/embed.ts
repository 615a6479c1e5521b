// The iframe page (dist/embed.html): draws one widget from URL parameters and
// tells the host page its height whenever it changes.
import '../index.js';
import { heightMessages, parseEmbedParams } from './embed-params.js';

/** The widgets an embed page may draw. */
export const EMBEDDABLE = ['budget-share', 'clashes-by-state', 'homicides-disappearances', 'troop-deployment', 'clash-rate',
  'guard-composition', 'seizures', 'impunity', 'electoral-violence', 'arrests', 'extraditions', 'table-chart', 'key-figure']
  .map((name) => `cifras-${name}`);

function paragraph(className: string, text: string, role?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  if (role) p.setAttribute('role', role);
  p.textContent = text;
  return p;
}

function main(): void {
  // Each element's own attributes, from its class; json-ld makes no sense in a frame.
  const known = new Map(EMBEDDABLE.map((tag) => [tag,
    ((customElements.get(tag) as unknown as { observedAttributes?: string[] }).observedAttributes ?? []).filter((name) => name !== 'json-ld')]));
  const request = parseEmbedParams(location.search, known);
  const root = document.getElementById('embed')!;
  if ('error' in request) {
    root.append(paragraph('embed-error', request.error, 'alert'));
  } else {
    document.documentElement.dataset.background = request.background;
    const element = document.createElement(request.tag);
    for (const [name, value] of request.attributes) element.setAttribute(name, value);
    root.append(element);
    if (request.ignored.length) {
      root.append(paragraph('embed-note', `Ignored parameters: ${request.ignored.join(', ')}.`));
      console.warn(`[cifras] embed: ignored parameters ${request.ignored.join(', ')}`);
    }
  }
  let last = 0;
  const report = () => {
    const height = document.documentElement.scrollHeight;
    if (Math.abs(height - last) < 1) return;
    last = height;
    for (const message of heightMessages(height)) parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(document.body);
  window.addEventListener('message', (event) => {
    if (event.source === parent && event.data?.type === 'cifras:request-height') {
      last = 0;
      report();
    }
  });
}

main();
