// Turns one element's server render (Lit SSR: the host with a declarative
// shadow root), loaded in a real browser page, into a plain HTML fragment that
// needs no script, no shadow DOM and, for the drawing, no stylesheet:
//   - the shadow content moves into a <div class="cifras-static">;
//   - the interactive parts go (tools, tooltip, hit areas, hidden text);
//   - the title becomes a real heading; the quotes and the disagreements stay folded in
//     <details>, as in the live chart (where a client drops the tags, they read as plain blocks);
//   - SVG marks get their colours, strokes and fonts as presentation attributes,
//     from the browser's computed styles;
//   - the element's own rules that match the fragment become one small <style>
//     block, scoped to the element's snapshots (.cifras-static-<element>),
//     classes prefixed cifras-, custom properties replaced by their light-theme
//     values as the browser computed them;
//   - ids get a per-snapshot prefix, so footnote links work with several
//     snapshots on one page.
// The browser does the cascade: selector matching, specificity, inheritance,
// var() and currentColor. What is left here is the rewriting no tool does:
// moving a shadow root's content and its :host rules into the light DOM.
//
// `flattenInPage` runs inside the page (page.evaluate), so it uses nothing
// from outside its own body.

/** The prefix of every class inside a snapshot; ROOT_CLASS is on its outer div, ROOT_CLASS-<element> scopes its rules. */
export const ROOT_CLASS = 'cifras-static';

/** The class that scopes an element's rules: cifras-static-clashes-by-state. */
export const scopeClass = (tag) => `${ROOT_CLASS}-${tag.replace(/^cifras-/, '')}`;

/**
 * Flattens the element `tag` on the current page. Returns the fragment's HTML
 * (without its <style>), the rules it uses (`{ scope, selectors, block, text }`),
 * the theme's custom properties, the drawing as SVG markup, and the texts the
 * standalone SVG frames it with.
 */
export function flattenInPage({ tag, idPrefix, scope, rootClass }) {
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const HTML_NS = 'http://www.w3.org/1999/xhtml';
  const CLASS_PREFIX = 'cifras-';
  /** What a snapshot cannot use: the tools, the tooltip, hit areas, live regions. */
  const REMOVE = '.sizer, .actions, section.panel, .tooltip, svg.hits, button, script, [role=status], [hidden]';
  /** Attributes that only serve interaction or the shadow root. */
  const DROP_ATTRIBUTES = ['part', 'tabindex', 'aria-controls', 'aria-expanded', 'aria-pressed', 'aria-describedby'];
  /** Properties written onto SVG elements as presentation attributes; all inherit but opacity and overflow. */
  const INHERITED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linejoin', 'stroke-linecap',
    'stroke-dasharray', 'font-family', 'font-size', 'font-weight', 'font-style', 'paint-order', 'shape-rendering', 'text-anchor'];
  const KEYWORDS = { crispedges: 'crispEdges', optimizespeed: 'optimizeSpeed', geometricprecision: 'geometricPrecision' };

  const host = document.querySelector(tag);
  const shadow = host?.shadowRoot;
  if (!shadow) throw new Error(`${tag}: the server render has no shadow root.`);
  const all = (node, selector) => [...node.querySelectorAll(selector)];
  const collapse = (s) => s.replace(/[ \t\n\r\f]+/g, ' ');
  const summary = collapse(shadow.querySelector('.summary-text')?.textContent ?? '').trim();
  const hadError = Boolean(shadow.querySelector('.error'));
  for (const el of all(shadow, REMOVE)) el.remove();

  // ------------------------------------------------ computed styles, while the shadow root's rules apply

  const hex = (n) => Math.round(n).toString(16).padStart(2, '0');
  /** A computed value as an SVG attribute: colours in hex, lengths without px, a paint server as url(#id). */
  function attributeValue(property, value) {
    const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
    if (rgb) {
      const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]);
      if (alpha === 0 && (property === 'fill' || property === 'stroke')) return 'none';
      return `#${hex(rgb[1])}${hex(rgb[2])}${hex(rgb[3])}${alpha < 1 ? hex(alpha * 255) : ''}`;
    }
    const url = /^url\("?[^#"]*#([^")]+)"?\)/.exec(value);
    if (url) return `url(#${url[1]})`;
    return KEYWORDS[value] ?? value.replace(/(-?[\d.]+)px\b/g, '$1');
  }
  /**
   * Each SVG element gets the paint and font it is drawn with wherever it differs
   * from what it inherits (the outer <svg>: from the HTML around it), so the
   * drawing reads where a feed reader strips styles, and in a standalone file.
   * A text always states its size.
   */
  for (const el of all(shadow, 'svg, svg *')) {
    if (el.namespaceURI !== SVG_NS || ['title', 'desc'].includes(el.localName)) continue;
    const own = getComputedStyle(el);
    const inherited = getComputedStyle(el.parentElement);
    for (const property of INHERITED) {
      const value = own.getPropertyValue(property);
      const stated = value !== inherited.getPropertyValue(property) || (property === 'font-size' && el.localName === 'text');
      if (stated) el.setAttribute(property, attributeValue(property, value));
      else el.removeAttribute(property);
    }
    if (own.opacity !== '1') el.setAttribute('opacity', own.opacity);
    if (el.localName === 'svg' && own.overflow === 'visible') el.setAttribute('overflow', 'visible');
  }
  // A legend's colour square painted by CSS alone becomes a small SVG, so it shows where styles are stripped.
  for (const el of all(shadow, '.swatch')) {
    if (el.namespaceURI !== HTML_NS || el.childNodes.length) continue;
    const fill = attributeValue('fill', getComputedStyle(el).backgroundColor);
    if (fill === 'none') continue;
    const svg = document.createElementNS(SVG_NS, 'svg');
    for (const [name, value] of [['class', el.getAttribute('class')], ['width', 12], ['height', 12], ['viewBox', '0 0 12 12'], ['aria-hidden', 'true']]) svg.setAttribute(name, value);
    const rect = svg.appendChild(document.createElementNS(SVG_NS, 'rect'));
    for (const [name, value] of [['width', 12], ['height', 12], ['fill', fill]]) rect.setAttribute(name, value);
    el.replaceWith(svg);
  }
  // The key's items and their swatches' paint, for the standalone image, which has no HTML around it to carry the key.
  const keyItems = all(shadow, '.key li, .derived-key .key-item, .derived-key:not(:has(.key-item))').map((item) => {
    const shape = item.querySelector('rect');
    const paint = shape && getComputedStyle(shape);
    const fill = paint ? attributeValue('fill', shape.getAttribute('fill') ?? paint.fill) : 'none';
    return { text: collapse(item.textContent).trim(), fill: fill.startsWith('url') ? 'none' : fill, stroke: paint ? attributeValue('stroke', paint.stroke) : 'none' };
  });
  // The element's own rules (what is inside @media — print, forced colours, dark scheme — is not for a snapshot),
  // and its custom properties as the browser computed them on the host: the light theme.
  const rules = [...shadow.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSStyleRule);
  const customs = new Map();
  const hostStyle = getComputedStyle(host);
  for (const rule of rules) {
    for (const [name] of rule.cssText.matchAll(/--[\w-]+/g)) {
      const value = hostStyle.getPropertyValue(name).trim();
      if (value) customs.set(name, value);
    }
  }

  // ------------------------------------------------ the shadow content as light DOM

  const root = document.createElement('div');
  for (const child of [...shadow.childNodes]) root.append(child);
  for (const el of all(root, 'style')) el.remove();
  const comments = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const dropped = [];
  while (comments.nextNode()) dropped.push(comments.currentNode);
  for (const node of dropped) node.remove();
  for (const slot of all(root, 'slot')) slot.replaceWith(...slot.childNodes);
  for (const el of all(root, '[role=heading]')) {
    const heading = document.createElement(`h${Math.min(6, Math.max(1, Number(el.getAttribute('aria-level')) || 2))}`);
    for (const { name, value } of el.attributes) if (name !== 'role' && name !== 'aria-level') heading.setAttribute(name, value);
    heading.append(...el.childNodes);
    el.replaceWith(heading);
  }
  for (const el of all(root, '*')) for (const name of DROP_ATTRIBUTES) el.removeAttribute(name);
  // The drawing names itself: its summary as the SVG's <title>.
  const visual = root.querySelector('svg.visual');
  if (visual) {
    visual.removeAttribute('aria-labelledby');
    if (summary) visual.prepend(Object.assign(document.createElementNS(SVG_NS, 'title'), { textContent: summary }));
  }
  collapseWhitespace(root);

  // Names: classes prefixed, ids made unique to the snapshot.
  const renameId = (id) => (id.startsWith('cifras-') ? `${idPrefix}-${id.slice('cifras-'.length)}` : id);
  for (const el of all(root, '*')) {
    const classes = [...el.classList];
    if (classes.length) el.setAttribute('class', [...new Set(classes)].map((c) => CLASS_PREFIX + c).join(' '));
    for (const name of ['id', 'aria-labelledby', 'for']) {
      const value = el.getAttribute(name);
      if (value) el.setAttribute(name, value.split(/\s+/).map(renameId).join(' '));
    }
    const href = el.getAttribute('href');
    if (href?.startsWith('#')) el.setAttribute('href', `#${renameId(href.slice(1))}`);
    // A paint server (the hatching of a derived value) is named as its pattern is.
    for (const name of ['fill', 'stroke']) {
      const paint = el.getAttribute(name);
      if (paint?.startsWith('url(#')) el.setAttribute(name, `url(#${renameId(paint.slice(5, -1))})`);
    }
  }
  const lang = host.getAttribute('lang');
  root.setAttribute('class', `${rootClass} ${scope}`);
  if (lang) root.setAttribute('lang', lang);
  host.replaceWith(root);

  // ------------------------------------------------ the rules the fragment uses, for the light DOM

  const scoped = [];
  for (const rule of rules) {
    // The selectors that match an element of the fragment outside the drawing (which carries its own paint).
    const selectors = [...new Set(splitSelectors(rule.selectorText).map(scopeSelector))].filter((selector) => {
      const matching = selector.replace(/::[\w-]+(\([^)]*\))?/g, '');
      try {
        return root.matches(matching) || all(root, matching).some((el) => !el.ownerSVGElement);
      } catch {
        return false;
      }
    });
    const declarations = rule.style.length ? rule.style.cssText.replace(/--[\w-]+:[^;]*;\s*/g, '').trim() : '';
    if (!selectors.length || !declarations) continue;
    const block = `{ ${resolveVars(declarations)} }`;
    scoped.push({ scope, selectors, block, text: `${selectors.join(', ')} ${block}` });
  }

  // ------------------------------------------------ what the standalone SVG needs

  const textOf = (el) => {
    const copy = el.cloneNode(true);
    for (const hidden of all(copy, '.cifras-visually-hidden')) hidden.remove();
    return collapse(copy.textContent).trim();
  };
  const plain = (el) => collapse(el.textContent).trim();
  const texts = (name, read = textOf) => all(root, `.${CLASS_PREFIX}${name}`).map(read);
  const heading = root.querySelector(':is(h1, h2, h3, h4, h5, h6).cifras-title') ?? root.querySelector('.cifras-measure');
  const footnotes = all(root, '.cifras-footnote').map((li) => [li.getAttribute('value') && `${li.getAttribute('value')}.`,
    ...['reference', 'url'].map((name) => li.querySelector(`.${CLASS_PREFIX}${name}`)).filter(Boolean).map(plain)].filter(Boolean).join(' '));
  let drawing;
  if (visual) {
    // Without classes, ids or ARIA (but a pattern's id, which marks point at), its paint on its elements.
    const copy = visual.cloneNode(true);
    copy.querySelector('title')?.remove();
    for (const el of [copy, ...all(copy, '*')]) {
      for (const { name } of [...el.attributes]) {
        if (/^(class|role|aria-.*|data-.*|tabindex)$/.test(name) || (name === 'id' && el.localName !== 'pattern')) el.removeAttribute(name);
      }
    }
    const attributes = Object.fromEntries(INHERITED.map((name) => [name, visual.getAttribute(name)]).filter(([, value]) => value !== null));
    const xml = new XMLSerializer().serializeToString(copy);
    drawing = { width: Number(visual.getAttribute('width')), height: Number(visual.getAttribute('height')), attributes, markup: xml.slice(xml.indexOf('>') + 1, xml.lastIndexOf('</svg>')) };
  }

  return {
    html: root.outerHTML,
    /** The numbered sources in full, for a newsletter to give below the image. */
    sourcesHtml: root.querySelector('.cifras-footnotes')?.outerHTML ?? '',
    rules: scoped,
    tokens: Object.fromEntries(customs),
    hadError,
    drawing,
    // A key figure has no heading: what it measures names it.
    title: heading ? plain(heading) : '',
    subtitle: texts('subtitle', plain)[0] ?? '',
    /** The key: what each colour (and the hatching, an open top) stands for. */
    keyItems,
    /** A chart's footer line: its documents' short names and the credit. */
    sourceLine: texts('source-line', plain)[0] ?? '',
    summary,
    footnotes,
    lang,
    /** A key figure's card: its numbers, their periods and places, the change and its notes. */
    card: { numbers: texts('number'), when: texts('when'), changes: texts('change'), notes: [...texts('meta'), ...texts('change-note')] },
  };

  /**
   * Whitespace runs become one space, or a newline where there was one; none
   * between SVG shapes or lines of SVG text, nor at the edges of a block.
   */
  function collapseWhitespace(node) {
    node.normalize();
    const svgContainer = node.namespaceURI === SVG_NS && !['tspan', 'title', 'desc'].includes(node.localName);
    for (const child of [...node.childNodes]) {
      if (child.nodeType !== Node.TEXT_NODE) continue;
      if (svgContainer && !child.data.trim()) child.remove();
      else child.data = child.data.replace(/[ \t\n\r\f]+/g, (run) => (run.includes('\n') ? '\n' : ' '));
    }
    if (node.namespaceURI === HTML_NS && /^(div|figure|figcaption|h[1-6]|p|ul|ol|li|section)$/.test(node.localName)) {
      const { firstChild: first, lastChild: last } = node;
      if (first?.nodeType === Node.TEXT_NODE) first.data = first.data.replace(/^[ \n]+/, '');
      if (last?.nodeType === Node.TEXT_NODE) last.data = last.data.replace(/[ \n]+$/, '');
      for (const child of [...node.childNodes]) if (child.nodeType === Node.TEXT_NODE && !child.data) child.remove();
    }
    for (const child of node.children) collapseWhitespace(child);
  }

  /** A selector list's selectors: split at commas outside parentheses, brackets and quotes. */
  function splitSelectors(text) {
    const parts = [''];
    let depth = 0;
    let quote = '';
    for (const c of text) {
      if (quote) { if (c === quote) quote = ''; } else if (c === '"' || c === "'") quote = c;
      else if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (c === ',' && depth === 0) { parts.push(''); continue; }
      parts[parts.length - 1] += c;
    }
    return parts.map((s) => s.trim()).filter(Boolean);
  }

  /**
   * A shadow-root selector for the light DOM: classes prefixed, :host replaced by
   * the element's scope class, everything else put inside it. Each element's
   * rules are scoped to that element's snapshots, because snapshots of different
   * elements share a page, and one element's `.value` is not another's.
   */
  function scopeSelector(text) {
    const prefixed = text.replace(/\.(-?[_a-zA-Z][-_a-zA-Z0-9]*)/g, (_, name) => `.${CLASS_PREFIX}${name}`);
    const hosted = prefixed.replace(/:host(\([^)]*\))?/g, (_, argument) => `.${scope}${argument ? argument.slice(1, -1) : ''}`);
    return hosted.startsWith(`.${scope}`) ? hosted : `.${scope} ${hosted}`;
  }

  /**
   * var(--x, fallback) replaced with the host's computed value of --x. One that
   * has none, and no fallback, makes the declaration invalid, which the
   * browser treats as `unset`; so does the snapshot.
   */
  function resolveVars(value) {
    const start = value.indexOf('var(');
    if (start < 0) return value;
    let depth = 0;
    let end = start + 3;
    for (; end < value.length; end++) {
      if (value[end] === '(') depth++;
      else if (value[end] === ')' && --depth === 0) break;
    }
    const inside = value.slice(start + 4, end);
    const comma = inside.indexOf(',');
    const name = (comma < 0 ? inside : inside.slice(0, comma)).trim();
    const replacement = customs.get(name) ?? (comma < 0 ? 'unset' : inside.slice(comma + 1).trim());
    return resolveVars(value.slice(0, start) + replacement + value.slice(end + 1));
  }
}
