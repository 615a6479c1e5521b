// Builds the gallery's catalogue: a card per element with a live preview,
// switches for language, theme and width, the sources it cites (read from the
// rendered chart) and the snippet to copy. DOM APIs only, no HTML strings.
import { DESCRIPTIONS } from './catalogue.js';
import { WIDGETS, embedFrameHeight, embedSnippets, ownScriptHome, shownTitle } from '../dist/cifras.js';
import { defaultCatalog, citationLabel } from '../dist/data.js';

// Snippets name the folder the gallery's cifras.js came from: a copy of the site hands out its own URLs.
const HOME = ownScriptHome();
const WIDTHS = { full: 'Full width', 480: '480 px', 320: '320 px', 280: '280 px' };

function node(tag, props = {}, ...children) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

/** Attribute string → [name, value] pairs. The catalogue's own strings, never page input. */
function parseAttributes(text = '') {
  return [...text.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]);
}

function widgetElement(tag, attributes) {
  const el = document.createElement(tag);
  for (const [name, value] of attributes) el.setAttribute(name, value);
  return el;
}

function select(label, options, value) {
  const control = node('select');
  for (const [optionValue, text] of Object.entries(options)) control.append(new Option(text, optionValue, false, optionValue === value));
  return { control, wrapper: node('label', { className: 'switch' }, `${label} `, control) };
}

function copyButton(getText, label) {
  const status = node('span', { className: 'copy-status', role: 'status' });
  const button = node('button', { type: 'button', className: 'copy', textContent: `Copy ${label}` });
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(getText());
      status.textContent = 'Copied.';
    } catch {
      status.textContent = 'Select the code and copy it.';
    }
  });
  return [button, status];
}

async function citedSources(element) {
  await customElements.whenDefined(element.localName);
  let ids;
  if (!('citedSources' in element)) {
    // A key figure cites the sources of the figures its attributes name.
    ids = ['figure', 'compare'].map((name) => element.getAttribute(name)).filter(Boolean).map((id) => defaultCatalog.figure(id).source);
  } else {
    // A chart knows its sources once laid out, and a lazy one is laid out only when it comes near the screen.
    if (!element.citedSources.length) await new Promise((resolve) => element.addEventListener('cifras-rendered', resolve, { once: true }));
    ids = element.citedSources;
  }
  return [...new Set(ids)].map((id) => citationLabel(defaultCatalog.source(id))).join('; ');
}

function card(widget) {
  const id = widget.id ?? widget.tag.replace('cifras-', '');
  const base = parseAttributes(widget.attributes);
  const lang = select('Language', { en: 'English', es: 'Español' }, 'en');
  const theme = select('Theme', { light: 'Light', dark: 'Dark', auto: 'Auto' }, 'light');
  const width = select('Width', WIDTHS, 'full');
  const frame = node('div', { className: 'preview' });
  const snippets = { script: node('code'), iframe: node('code'), npm: node('code') };
  const rows = {};
  const sources = node('p', { className: 'meta' });
  let current = [];
  let resized;

  function update() {
    current = [...base, ['lang', lang.control.value], ['theme', theme.control.value]];
    // The chart's title sits under the card's own heading (h3).
    const element = widgetElement(widget.tag, [...current, ['heading-level', '4']]);
    frame.className = `preview theme-${theme.control.value} width-${width.control.value}`;
    frame.replaceChildren(element);
    const write = (height) => {
      // The iframe's accessible name: the chart's title once it has drawn, else the widget's name.
      const title = shownTitle(element) ?? widget.name;
      const text = embedSnippets(widget.tag, current, HOME, height, { title });
      // No npm row for a version that is not on npm.
      for (const kind of Object.keys(snippets)) {
        snippets[kind].textContent = text[kind] ?? '';
        rows[kind].hidden = text[kind] === undefined;
      }
    };
    write(560);
    // The iframe's height follows the element's, once drawn and whenever it is drawn again
    // (a key figure draws no chart and says nothing when it has drawn).
    resized?.disconnect();
    // (Not while a tool panel is open under the chart: the frame shows the chart alone.)
    resized = new ResizeObserver(() => { if (element.offsetHeight) write(embedFrameHeight(element)); });
    resized.observe(element);
    citedSources(element).then((text) => {
      sources.textContent = text ? `Sources: ${text}` : '';
      if (element.offsetHeight) write(embedFrameHeight(element));
    });
  }
  for (const { control } of [lang, theme, width]) control.addEventListener('change', update);

  const variants = node('details', { className: 'variants' }, node('summary', { textContent: 'Both languages and themes at 320, 480 and 960 px' }));
  variants.addEventListener('toggle', () => {
    if (!variants.open || variants.querySelector('.variant')) return;
    for (const [label, attrs, frameClass] of [
      ['Español · oscuro · 320 px', [['lang', 'es'], ['theme', 'dark']], 'width-320 theme-dark'],
      ['English · light · 480 px', [['lang', 'en'], ['theme', 'light']], 'width-480'],
      ['Español · claro · 960 px', [['lang', 'es'], ['theme', 'light']], 'width-960'],
    ]) {
      variants.append(node('div', { className: `variant preview ${frameClass}` },
        node('p', { className: 'variant-label', textContent: label }),
        widgetElement(widget.tag, [...base, ...attrs, ['heading-level', '4']])));
    }
  });

  const section = node('section', { id, className: 'widget' },
    node('h3', { id: `${id}-title`, textContent: widget.name }),
    node('p', { className: 'lede', textContent: widget.description }),
    node('p', { className: 'meta' }, 'Element: ', node('code', { textContent: `<${widget.tag}>` })),
    sources,
    node('div', { className: 'switches' }, lang.wrapper, theme.wrapper, width.wrapper),
    frame,
    ...[['Script tag', 'script', 'HTML'], ['Iframe', 'iframe', 'HTML'], ['npm', 'npm', 'code']].map(([label, kind, what]) => (rows[kind] = node('div', { className: 'snippet-row' },
      node('p', { className: 'snippet-label', textContent: label }),
      node('pre', { className: 'snippet', tabIndex: 0 }, snippets[kind]), ...copyButton(() => snippets[kind].textContent, what)))),
    variants,
  );
  section.setAttribute('aria-labelledby', `${id}-title`);
  update();
  return section;
}

// The key figures' snippet, with the URL this copy of the gallery loaded Cifras from.
document.getElementById('key-figure-snippet').textContent = embedSnippets('cifras-key-figure', [['figure', 'icg.military-budget-share.2024']], HOME).script;

const list = document.getElementById('widgets');
const nav = document.getElementById('widget-nav');
// The registry's widgets, in its order; one it has and the gallery does not describe still shows, by its tag.
for (const tag of WIDGETS.keys()) {
  for (const widget of DESCRIPTIONS[tag] ?? [{ tag, name: tag, description: '' }]) {
    list.append(card(widget));
    nav.append(node('li', {}, node('a', { href: `#${widget.id ?? widget.tag.replace('cifras-', '')}`, textContent: widget.name })));
  }
}
