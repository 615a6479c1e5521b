// Builds the gallery's widget sections from the catalogue, with DOM APIs only.
import { WIDGETS } from './catalogue.js';

const VARIANTS = [
  { label: 'English · light · full width', attributes: 'lang="en" theme="light"', frame: 'frame-960' },
  { label: 'Español · oscuro · 480 px', attributes: 'lang="es" theme="dark"', frame: 'frame-480 dark-panel' },
  { label: 'English · 320 px', attributes: 'lang="en"', frame: 'frame-320' },
];

function element(tag, attributes) {
  const template = document.createElement('template');
  // Attributes come from the catalogue above, never from the page's URL or user input.
  template.innerHTML = `<${tag} ${attributes}></${tag}>`;
  return template.content.firstElementChild;
}

function node(tag, props = {}, ...children) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

function snippet(widget) {
  const code = `<script type="module" src="https://unpkg.com/cifras/dist/cifras.js"></script>\n<${widget.tag}${widget.attributes ? ` ${widget.attributes}` : ''}></${widget.tag}>`;
  const pre = node('pre', { className: 'snippet' }, node('code', { textContent: code }));
  const status = node('span', { className: 'copy-status', role: 'status' });
  const button = node('button', { type: 'button', className: 'copy', textContent: 'Copy HTML' });
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code);
      status.textContent = 'Copied.';
    } catch {
      status.textContent = 'Select the code and copy it.';
    }
  });
  return node('div', { className: 'snippet-row' }, pre, button, status);
}

const list = document.getElementById('widgets');
for (const widget of WIDGETS) {
  const id = widget.tag.replace('cifras-', '');
  const section = node('section', { id, className: 'widget' });
  section.setAttribute('aria-labelledby', `${id}-title`);
  section.append(
    node('h3', { id: `${id}-title`, textContent: widget.name.en }),
    node('p', { className: 'lede', textContent: widget.description.en }),
    node('p', { className: 'meta', textContent: `Element: <${widget.tag}> · Sources: ${widget.sources.join('; ')}` }),
    snippet(widget),
  );
  const grid = node('div', { className: 'variants' });
  for (const variant of VARIANTS) {
    const frame = node('div', { className: variant.frame });
    frame.append(node('p', { className: 'variant-label', textContent: variant.label }), element(widget.tag, `${widget.attributes} ${variant.attributes} heading-level="4"`));
    grid.append(frame);
  }
  section.append(grid);
  list.append(section);
  const link = node('a', { href: `#${id}`, textContent: widget.name.en });
  document.getElementById('widget-nav').append(node('li', {}, link));
}
