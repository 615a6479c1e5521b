// Turns one element's server render (Lit SSR: the host with a declarative
// shadow root) into a plain HTML fragment that needs no script, no shadow DOM
// and, for the drawing, no stylesheet:
//   - the shadow content moves into a <div class="cifras-static">;
//   - the interactive parts go (tools, tooltip, hit areas, hidden text);
//   - the title becomes a real heading; the quotes and the disagreements stay folded in
//     <details>, as in the live chart (where a client drops the tags, they read as plain blocks);
//   - SVG marks get their colours, strokes and fonts as presentation attributes;
//   - the element's own styles become one small <style> block with the rules
//     the fragment uses, scoped to the element's snapshots
//     (.cifras-static-<element>), classes prefixed cifras-, custom properties
//     replaced by the light theme's values;
//   - ids get a per-snapshot prefix, so footnote links work with several
//     snapshots on one page.
import { parseFragment, serialize } from 'parse5';
import { Cascade, attr, classList, isElement, matches, parseCss, resolveVars } from './css.mjs';

export const HTML_NS = 'http://www.w3.org/1999/xhtml';
export const SVG_NS = 'http://www.w3.org/2000/svg';
/** The class on every snapshot's outer element; a second one, ROOT_CLASS-<element>, scopes its rules. */
export const ROOT_CLASS = 'cifras-static';
/** The prefix of every class inside a snapshot. */
const CLASS_PREFIX = 'cifras-';

/** CSS properties written onto SVG elements as presentation attributes. */
const PRESENTATION = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linejoin', 'stroke-linecap',
  'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'paint-order',
  'shape-rendering', 'text-anchor', 'overflow',
];
/** What a snapshot cannot use: the tools, the tooltip, hit areas, live regions. */
const REMOVE = ['.sizer', '.actions', 'section.panel', '.tooltip', 'svg.hits', 'button', 'script', '[role=status]', '[hidden]'].map((s) => parseSelectorList(s));
/** Attributes that only serve interaction or the shadow root. */
const DROP_ATTRIBUTES = new Set(['part', 'tabindex', 'aria-controls', 'aria-expanded', 'aria-pressed', 'aria-describedby']);

function parseSelectorList(text) {
  return parseCss(`${text}{x:y}`)[0].selectors[0];
}

// ---------------------------------------------------------------- tree helpers

export function* walk(node) {
  for (const child of [...(node.childNodes ?? [])]) {
    if (isElement(child)) yield child;
    yield* walk(child);
  }
}

export const textOf = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(textOf).join(''));

export function setAttr(el, name, value) {
  const found = el.attrs.find((a) => a.name === name);
  if (value === undefined) el.attrs = el.attrs.filter((a) => a.name !== name);
  else if (found) found.value = String(value);
  else el.attrs.push({ name, value: String(value) });
}

function removeNode(node) {
  const siblings = node.parentNode.childNodes;
  siblings.splice(siblings.indexOf(node), 1);
}

function unwrap(node) {
  const siblings = node.parentNode.childNodes;
  for (const child of node.childNodes) child.parentNode = node.parentNode;
  siblings.splice(siblings.indexOf(node), 1, ...node.childNodes);
}

export function element(tagName, attrs = {}, children = [], namespaceURI = HTML_NS) {
  const el = { nodeName: tagName, tagName, namespaceURI, attrs: Object.entries(attrs).map(([name, value]) => ({ name, value: String(value) })), childNodes: [], parentNode: null };
  for (const child of children) append(el, typeof child === 'string' ? text(child) : child);
  return el;
}

export const text = (value) => ({ nodeName: '#text', value, parentNode: null });

export function append(parent, child, index = parent.childNodes.length) {
  child.parentNode = parent;
  parent.childNodes.splice(index, 0, child);
}

function rename(el, tagName) {
  el.nodeName = tagName;
  el.tagName = tagName;
}

// ---------------------------------------------------------------- flattening

/**
 * Flattens the server render of one element. Returns the fragment's tree (its
 * root is the .cifras-static div), the title, subtitle, summary and footnote
 * lines (for the standalone SVG), and a `styles()` that gives the scoped
 * rules the fragment uses.
 */
export function flatten(ssrHtml, { tag, idPrefix }) {
  const fragment = parseFragment(ssrHtml);
  const scope = scopeClass(tag);
  const host = [...walk(fragment)].find((el) => el.tagName === tag);
  if (!host) throw new Error(`${tag}: the server render has no <${tag}>.`);
  const template = host.childNodes.find((n) => n.tagName === 'template');
  if (!template) throw new Error(`${tag}: the server render has no shadow root.`);
  const content = template.content;

  // The host's place in the cascade (:host rules) is taken by the outer div.
  const root = element('div');
  root.attrs = host.attrs.map((a) => ({ ...a }));
  root.isHost = true;
  root.tagName = tag;
  for (const child of [...content.childNodes]) append(root, child);

  const css = [...walk(root)].filter((el) => el.tagName === 'style').map((el) => { removeNode(el); return textOf(el); }).join('\n');
  removeComments(root);

  const summaryEl = [...walk(root)].find((el) => classList(el).includes('summary-text'));
  const summary = summaryEl ? collapse(textOf(summaryEl)).trim() : '';
  for (const el of [...walk(root)]) if (el.parentNode && REMOVE.some((s) => matches(el, s))) removeNode(el);
  for (const el of [...walk(root)]) if (el.tagName === 'slot') unwrap(el);

  for (const el of walk(root)) {
    if (attr(el, 'role') === 'heading') {
      rename(el, `h${Math.min(6, Math.max(1, Number(attr(el, 'aria-level')) || 2))}`);
      setAttr(el, 'role', undefined);
      setAttr(el, 'aria-level', undefined);
    }
    for (const name of DROP_ATTRIBUTES) setAttr(el, name, undefined);
  }

  // The drawing names itself: its summary as the SVG's <title>.
  const visual = [...walk(root)].find((el) => el.tagName === 'svg' && classList(el).includes('visual'));
  if (visual) {
    setAttr(visual, 'aria-labelledby', undefined);
    if (summary) append(visual, element('title', {}, [summary], SVG_NS), 0);
  }
  collapseWhitespace(root);

  // Styles: presentation attributes on SVG, the rules used by HTML.
  const rules = parseCss(css);
  const cascade = new Cascade(rules);
  const used = new Set();
  for (const el of [root, ...walk(root)]) {
    const outerSvg = el.tagName === 'svg' && el.parentNode?.namespaceURI !== SVG_NS;
    if (el.namespaceURI === SVG_NS) writePresentation(el, cascade);
    if (el.namespaceURI === SVG_NS && !outerSvg) continue;
    for (const rule of rules) {
      if (rule.selectors.some((s) => !s.interactive && matches(el, s))) used.add(rule);
    }
  }
  hoistFontFamily(root);
  drawSwatches(root, cascade);
  const rootCustoms = cascade.customProperties(root);

  // Names: classes prefixed, ids made unique to the snapshot.
  const renameId = (id) => (id.startsWith('cifras-') ? `${idPrefix}-${id.slice('cifras-'.length)}` : id);
  for (const el of walk(root)) {
    const classes = classList(el);
    if (classes.length) setAttr(el, 'class', [...new Set(classes)].map((c) => CLASS_PREFIX + c).join(' '));
    for (const name of ['id', 'aria-labelledby', 'for']) {
      const value = attr(el, name);
      if (value) setAttr(el, name, value.split(/\s+/).map(renameId).join(' '));
    }
    const href = attr(el, 'href');
    if (href?.startsWith('#')) setAttr(el, 'href', `#${renameId(href.slice(1))}`);
    // A paint server (the hatching of a derived value) is named as its pattern is.
    for (const name of ['fill', 'stroke']) {
      const paint = attr(el, name);
      if (paint?.startsWith('url(')) setAttr(el, name, paint.replace(/url\(["']?#([^"')]+)["']?\)/, (_, id) => `url(#${renameId(id)})`));
    }
  }
  delete root.isHost;
  root.tagName = 'div';
  const lang = attr(root, 'lang');
  root.attrs = [{ name: 'class', value: `${ROOT_CLASS} ${scope}` }, ...(lang ? [{ name: 'lang', value: lang }] : [])];

  const heading = [...walk(root)].find((el) => /^h[1-6]$/.test(el.tagName) && classList(el).includes(`${CLASS_PREFIX}title`));
  const subtitle = [...walk(root)].find((el) => classList(el).includes(`${CLASS_PREFIX}subtitle`));
  const sourceLine = [...walk(root)].find((el) => classList(el).includes(`${CLASS_PREFIX}source-line`));
  const footnotes = [...walk(root)].filter((el) => classList(el).includes(`${CLASS_PREFIX}footnote`)).map((li) => {
    const part = (name) => [...walk(li)].find((el) => classList(el).includes(`${CLASS_PREFIX}${name}`));
    return [attr(li, 'value'), part('reference'), part('url')].filter(Boolean).map((p) => (typeof p === 'string' ? `${p}.` : collapse(textOf(p)).trim())).join(' ');
  });

  return {
    root,
    visual,
    // A key figure has no heading: what it measures names it.
    title: collapse(textOf(heading ?? [...walk(root)].find((el) => classList(el).includes(`${CLASS_PREFIX}measure`)) ?? text(''))).trim(),
    subtitle: subtitle ? collapse(textOf(subtitle)).trim() : '',
    /** A chart's footer line: its documents' short names and the credit. */
    sourceLine: sourceLine ? collapse(textOf(sourceLine)).trim() : '',
    summary,
    footnotes,
    lang,
    /** The theme's custom properties at the top, resolved (light theme). */
    tokens: rootCustoms,
    /** The rules this fragment uses, rewritten for a page without shadow DOM: `{ scope, selectors, block, text }`. */
    styles: () => rules.filter((rule) => used.has(rule)).map((rule) => scopedRule(rule, scope, rootCustoms)).filter(Boolean),
  };
}

/** The fragment as HTML, with its <style> block first. */
export function serializeFragment(root, styleText) {
  if (styleText) append(root, element('style', {}, [styleText]), 0);
  const html = serialize({ nodeName: '#document-fragment', childNodes: [root] });
  if (styleText) root.childNodes.shift();
  return html;
}

function removeComments(node) {
  node.childNodes = (node.childNodes ?? []).filter((child) => child.nodeName !== '#comment');
  for (const child of node.childNodes) removeComments(child);
}

/** HTML's own whitespace: a no-break space between a number and its unit stays. */
const collapse = (s) => s.replace(/[ \t\n\r\f]+/g, ' ');

const BLOCKS = new Set(['div', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'section']);

/**
 * Whitespace runs become one space, or a newline where there was one; none
 * between SVG shapes or lines of SVG text, nor at the edges of a block.
 */
function collapseWhitespace(node) {
  const svgContainer = node.namespaceURI === SVG_NS && !['tspan', 'title', 'desc'].includes(node.tagName);
  const merged = [];
  for (const child of node.childNodes) {
    const last = merged.at(-1);
    if (child.nodeName === '#text' && last?.nodeName === '#text') last.value += child.value;
    else merged.push(child);
  }
  node.childNodes = merged.filter((child) => {
    if (child.nodeName !== '#text') return true;
    if (svgContainer && !child.value.trim()) return false;
    child.value = child.value.replace(/[ \t\n\r\f]+/g, (run) => (run.includes('\n') ? '\n' : ' '));
    return child.value !== '';
  });
  if (BLOCKS.has(node.tagName) && node.namespaceURI === HTML_NS) {
    const [first] = node.childNodes;
    const last = node.childNodes.at(-1);
    if (first?.nodeName === '#text') first.value = first.value.replace(/^[ \n]+/, '');
    if (last?.nodeName === '#text') last.value = last.value.replace(/[ \n]+$/, '');
    node.childNodes = node.childNodes.filter((child) => child.nodeName !== '#text' || child.value !== '');
  }
  for (const child of node.childNodes) if (isElement(child)) collapseWhitespace(child);
}

/** Writes the cascaded paint and font of an SVG element as presentation attributes. */
function writePresentation(el, cascade) {
  const declared = cascade.declared(el);
  for (const property of PRESENTATION) {
    let value = declared.get(property);
    if (value === undefined) continue;
    if (/^currentcolor$/i.test(value)) value = cascade.inherited(el, 'color') ?? value;
    if (property === 'font-size' && /em$/.test(value)) {
      const base = inheritedNumber(el.parentNode, 'font-size');
      if (base !== undefined) value = String(round(parseFloat(value) * base));
    }
    value = value.replace(/^(-?[\d.]+)px$/, '$1');
    setAttr(el, property, value);
  }
}

function inheritedNumber(el, name) {
  for (let node = el; isElement(node); node = node.parentNode) {
    const value = Number(attr(node, name));
    if (Number.isFinite(value) && attr(node, name) !== undefined) return value;
  }
  return undefined;
}

const round = (n) => Math.round(n * 100) / 100;

/** A legend's colour square painted by CSS alone becomes a small SVG, so it shows where styles are stripped. */
function drawSwatches(root, cascade) {
  for (const el of [...walk(root)]) {
    if (el.namespaceURI !== HTML_NS || !classList(el).includes('swatch') || el.childNodes.length) continue;
    const declared = cascade.declared(el);
    const fill = declared.get('background-color') ?? declared.get('background');
    if (!fill || !/^(#[0-9a-f]{3,8}|rgb)/i.test(fill)) continue;
    const swatch = element('svg', { class: attr(el, 'class'), width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': 'true' }, [
      element('rect', { width: 12, height: 12, fill }, [], SVG_NS),
    ], SVG_NS);
    const siblings = el.parentNode.childNodes;
    swatch.parentNode = el.parentNode;
    siblings.splice(siblings.indexOf(el), 1, swatch);
  }
}

/** One font-family on the outer <svg> when every element in it has the same. */
function hoistFontFamily(root) {
  for (const svg of [...walk(root)].filter((el) => el.tagName === 'svg' && el.parentNode?.namespaceURI !== SVG_NS)) {
    const inside = [...walk(svg)];
    const families = new Set(inside.map((el) => attr(el, 'font-family')).filter(Boolean));
    if (families.size !== 1) continue;
    const [family] = families;
    for (const el of inside) setAttr(el, 'font-family', undefined);
    setAttr(svg, 'font-family', family);
  }
}

/** A rule rewritten for the light DOM: scoped, classes prefixed, custom properties resolved. */
function scopedRule(rule, scope, customs) {
  const selectors = rule.selectors.filter((s) => s.supported && !s.interactive).map((s) => scopeSelector(s.text, scope));
  const declarations = rule.declarations.flatMap((d) => {
    if (d.property.startsWith('--')) return [];
    const value = resolveVars(d.value, customs);
    return value === undefined ? [] : [`${d.property}: ${value}${d.important ? ' !important' : ''}`];
  });
  if (!selectors.length || !declarations.length) return undefined;
  const unique = [...new Set(selectors)];
  const block = `{ ${declarations.join('; ')}; }`;
  return { scope, selectors: unique, block, text: `${unique.join(', ')} ${block}` };
}

/**
 * A shadow-root selector for the light DOM: classes prefixed, :host replaced by
 * the element's scope class, everything else put inside it. Each element's
 * rules are scoped to that element's snapshots, because snapshots of different
 * elements share a page, and one element's `.value` is not another's.
 */
export function scopeSelector(text, scope) {
  const prefixed = text.replace(/\.(-?[_a-zA-Z][-_a-zA-Z0-9]*)/g, (_, name) => `.${CLASS_PREFIX}${name}`);
  const hosted = prefixed.replace(/:host(\([^)]*\))?/g, (_, argument) => `.${scope}${argument ? argument.slice(1, -1) : ''}`);
  return hosted.startsWith(`.${scope}`) ? hosted : `.${scope} ${hosted}`;
}

/** The class that scopes an element's rules: cifras-static-clashes-by-state. */
export const scopeClass = (tag) => `${ROOT_CLASS}-${tag.replace(/^cifras-/, '')}`;
