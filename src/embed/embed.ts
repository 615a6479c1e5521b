// The iframe page (dist/embed.html): draws one widget from URL parameters and
// tells the host page its height whenever it changes.
import { shownTitle } from '../index.js';
import { WIDGETS } from '../widgets.js';
import { EMBED_MESSAGES, frameAttributes, heightMessages, parseEmbedParams } from './embed-params.js';

function paragraph(className: string, text: string, role?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  if (role) p.setAttribute('role', role);
  p.textContent = text;
  return p;
}

function main(): void {
  const known = new Map([...WIDGETS].map(([tag, { element }]) => [tag, frameAttributes(element.observedAttributes)]));
  const request = parseEmbedParams(location.search, known);
  const root = document.getElementById('embed')!;
  document.documentElement.lang = request.lang;
  let element: Element | undefined;
  if ('error' in request) {
    root.append(paragraph('embed-error', request.error, 'alert'));
  } else {
    // The page's background follows the widget's theme (embed.css), as attributes: a strict CSP allows no inline style.
    document.documentElement.dataset.background = request.background;
    document.documentElement.dataset.theme = request.attributes.find(([name]) => name === 'theme')![1];
    element = document.createElement(request.tag);
    for (const [name, value] of request.attributes) element.setAttribute(name, value);
    root.append(element);
    if (request.ignored.length) {
      root.append(paragraph('embed-note', EMBED_MESSAGES[request.lang].ignored(request.ignored.join(', '))));
      console.warn(`[cifras] embed: ignored parameters ${request.ignored.join(', ')}`);
    }
  }
  let last = 0;
  const report = () => {
    // The frame's document is named by what it shows (the host's iframe title says the same).
    const heading = element && shownTitle(element);
    if (heading) document.title = `${heading} · Cifras`;
    // The content's height, margins included. Not the document's scrollHeight:
    // that is never less than the frame itself, so the frame could only grow.
    const body = getComputedStyle(document.body);
    const height = document.body.getBoundingClientRect().height + parseFloat(body.marginTop) + parseFloat(body.marginBottom);
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
