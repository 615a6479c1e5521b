// A small CSS cascade for the static snapshots: it reads an element's own shadow
// styles, matches them against the flattened tree, and answers "what does this
// element get?" — so SVG marks can carry their colours as presentation
// attributes, and the snapshot's <style> block holds only the rules it uses,
// with the theme's custom properties replaced by their light values.
//
// It understands what Cifras' styles use: type, class, id and attribute
// selectors, descendant and child combinators, :host, :host(…), :not(…),
// :empty, pseudo-elements, and var() with fallbacks. At-rules (print, forced
// colours, dark scheme, reduced motion) are skipped: a snapshot is the light
// theme on screen. A selector it cannot read never matches.

/** Pseudo-classes that only apply while a reader interacts: such rules are left out. */
const INTERACTIVE = new Set(['hover', 'focus', 'focus-visible', 'focus-within', 'active', 'visited', 'target']);

/** Reads a stylesheet into rules: `{ selectors: [{ text, parts, specificity }], declarations: [{ property, value, important }], order }`. */
export function parseCss(text) {
  const source = text.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [];
  let i = 0;
  while (i < source.length) {
    const open = findOutside(source, '{', i);
    if (open < 0) break;
    const prelude = source.slice(i, open).trim();
    const close = matchingBrace(source, open);
    const body = source.slice(open + 1, close);
    i = close + 1;
    if (!prelude || prelude.startsWith('@')) continue;
    const declarations = parseDeclarations(body);
    const selectors = splitTopLevel(prelude, ',').map((s) => s.trim()).filter(Boolean).map(parseSelector);
    rules.push({ selectors, declarations, order: rules.length, text: `${prelude}{${body.trim()}}` });
  }
  return rules;
}

function findOutside(text, char, from) {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) { if (c === '\\') i++; else if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === char) return i;
  }
  return -1;
}

function matchingBrace(text, open) {
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote) { if (c === '\\') i++; else if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** Splits at `separator` outside parentheses, brackets and quotes. */
export function splitTopLevel(text, separator) {
  const parts = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) { if (c === '\\') i++; else if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === separator && depth === 0) { parts.push(text.slice(start, i)); start = i + 1; }
  }
  parts.push(text.slice(start));
  return parts;
}

function parseDeclarations(body) {
  return splitTopLevel(body, ';').map((d) => d.trim()).filter(Boolean).flatMap((d) => {
    const colon = d.indexOf(':');
    if (colon < 0) return [];
    const property = d.slice(0, colon).trim();
    let value = d.slice(colon + 1).trim();
    const important = /!\s*important$/i.test(value);
    if (important) value = value.replace(/!\s*important$/i, '').trim();
    return [{ property: property.startsWith('--') ? property : property.toLowerCase(), value, important }];
  });
}

// ---------------------------------------------------------------- selectors

/**
 * A complex selector as compounds from left to right, each with the combinator
 * that joins it to the one before: `{ text, parts: [{ combinator, simple: [...] }], specificity, pseudoElement, interactive, supported }`.
 */
export function parseSelector(text) {
  const parts = [];
  let simple = [];
  let combinator = ' ';
  let supported = true;
  let interactive = false;
  let pseudoElement = '';
  let i = 0;
  const ident = () => {
    const m = /^-?[_a-zA-Z\u00a0-\uffff][-_a-zA-Z0-9\u00a0-\uffff]*|^\*/.exec(text.slice(i));
    if (!m) { supported = false; return ''; }
    i += m[0].length;
    return m[0];
  };
  const push = () => {
    if (simple.length) parts.push({ combinator, simple });
    simple = [];
  };
  const group = () => {
    // The text inside (…) starting at text[i] === '('.
    let depth = 0;
    const start = i;
    for (; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) break;
    }
    i++;
    return text.slice(start + 1, i - 1);
  };
  while (i < text.length && supported) {
    const c = text[i];
    if (/\s/.test(c) || c === '>' || c === '+' || c === '~') {
      let comb = ' ';
      while (i < text.length && /[\s>+~]/.test(text[i])) { if (text[i] !== ' ' && !/\s/.test(text[i])) comb = text[i]; i++; }
      if (simple.length) { push(); combinator = comb; }
      if (comb === '+' || comb === '~') supported = false;
      continue;
    }
    if (c === '.') { i++; simple.push({ kind: 'class', name: ident() }); continue; }
    if (c === '#') { i++; simple.push({ kind: 'id', name: ident() }); continue; }
    if (c === '[') {
      const end = text.indexOf(']', i);
      const body = text.slice(i + 1, end);
      i = end + 1;
      const m = /^\s*([-\w]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+)))?\s*$/.exec(body);
      if (!m) { supported = false; continue; }
      simple.push({ kind: 'attr', name: m[1].toLowerCase(), value: m[2] ?? m[3] ?? m[4] });
      continue;
    }
    if (c === ':') {
      if (text[i + 1] === ':') {
        i += 2;
        pseudoElement = ident();
        continue;
      }
      i++;
      const name = ident().toLowerCase();
      const argument = text[i] === '(' ? group() : undefined;
      if (name === 'before' || name === 'after') { pseudoElement = name; continue; }
      if (INTERACTIVE.has(name)) { interactive = true; continue; }
      if (name === 'host') simple.push({ kind: 'host', argument: argument === undefined ? undefined : parseSelector(argument) });
      else if (name === 'not' && argument !== undefined) simple.push({ kind: 'not', argument: splitTopLevel(argument, ',').map((a) => parseSelector(a.trim())) });
      else if (name === 'empty') simple.push({ kind: 'empty' });
      else supported = false;
      continue;
    }
    const name = ident();
    if (name) simple.push({ kind: 'type', name: name.toLowerCase() });
  }
  push();
  return { text, parts, supported, interactive, pseudoElement, specificity: specificityOf(parts, pseudoElement) };
}

function specificityOf(parts, pseudoElement) {
  const s = [0, 0, pseudoElement ? 1 : 0];
  for (const { simple } of parts) {
    for (const item of simple) {
      if (item.kind === 'id') s[0]++;
      else if (item.kind === 'class' || item.kind === 'attr' || item.kind === 'empty') s[1]++;
      else if (item.kind === 'type' && item.name !== '*') s[2]++;
      else if (item.kind === 'host') {
        s[1]++;
        if (item.argument) item.argument.specificity.forEach((n, k) => { s[k] += n; });
      } else if (item.kind === 'not') {
        const max = item.argument.map((a) => a.specificity).sort(compareSpecificity).at(-1) ?? [0, 0, 0];
        max.forEach((n, k) => { s[k] += n; });
      }
    }
  }
  return s;
}

export function compareSpecificity(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

// ---------------------------------------------------------------- matching

// The tree is parse5's: elements have tagName, attrs, childNodes, parentNode.
// The host is a stand-in element with `isHost: true`, parent of the shadow content.

export const attr = (el, name) => el.attrs?.find((a) => a.name === name)?.value;
export const classList = (el) => (attr(el, 'class') ?? '').split(/\s+/).filter(Boolean);
export const isElement = (node) => Boolean(node?.tagName);
const parentElement = (el) => (isElement(el.parentNode) ? el.parentNode : undefined);

function matchesCompound(el, simple) {
  const hostPart = simple.find((s) => s.kind === 'host');
  if (Boolean(el.isHost) !== Boolean(hostPart)) return false;
  return simple.every((s) => {
    switch (s.kind) {
      case 'host': return !s.argument || (s.argument.supported && matchesCompound({ ...el, isHost: false }, s.argument.parts[0]?.simple ?? []));
      case 'type': return s.name === '*' || el.tagName.toLowerCase() === s.name;
      case 'class': return classList(el).includes(s.name);
      case 'id': return attr(el, 'id') === s.name;
      case 'attr': return s.value === undefined ? attr(el, s.name) !== undefined : attr(el, s.name) === s.value;
      case 'not': return !s.argument.some((a) => matches(el, a));
      case 'empty': return (el.childNodes ?? []).every((n) => n.nodeName === '#comment');
      default: return false;
    }
  });
}

/** Whether a parsed selector matches an element (pseudo-elements and interactive states aside). */
export function matches(el, selector) {
  if (!selector.supported || selector.parts.length === 0) return false;
  const parts = selector.parts;
  const match = (node, index) => {
    if (!matchesCompound(node, parts[index].simple)) return false;
    if (index === 0) return true;
    if (parts[index].combinator === '>') {
      const parent = parentElement(node);
      return Boolean(parent) && match(parent, index - 1);
    }
    for (let up = parentElement(node); up; up = parentElement(up)) if (match(up, index - 1)) return true;
    return false;
  };
  return match(el, parts.length - 1);
}

// ---------------------------------------------------------------- cascade

/**
 * The rules that apply to each element, and the values of its custom
 * properties. `declared(el)` gives the winning declarations on the element
 * itself (no pseudo-elements, no interactive states), with var() resolved.
 */
export class Cascade {
  constructor(rules) {
    this.rules = rules;
    this.customs = new Map();
    this.winners = new Map();
  }

  /** Declarations that apply to `el` in cascade order (last wins). */
  applying(el) {
    const hits = [];
    for (const rule of this.rules) {
      for (const selector of rule.selectors) {
        if (selector.pseudoElement || selector.interactive || !matches(el, selector)) continue;
        for (const declaration of rule.declarations) hits.push({ declaration, specificity: selector.specificity, order: rule.order });
      }
    }
    hits.sort((a, b) => Number(a.declaration.important) - Number(b.declaration.important)
      || compareSpecificity(a.specificity, b.specificity) || a.order - b.order);
    return hits.map((h) => h.declaration);
  }

  /** The element's custom properties (inherited from its parent), resolved. */
  customProperties(el) {
    if (this.customs.has(el)) return this.customs.get(el);
    const parent = parentElement(el);
    const own = new Map(parent ? this.customProperties(parent) : []);
    for (const d of this.applying(el)) {
      if (!d.property.startsWith('--')) continue;
      const value = resolveVars(d.value, own);
      if (value === undefined) own.delete(d.property); else own.set(d.property, value);
    }
    this.customs.set(el, own);
    return own;
  }

  /** The winning value of each ordinary property declared on `el` itself, var() resolved. */
  declared(el) {
    if (this.winners.has(el)) return this.winners.get(el);
    const customs = this.customProperties(el);
    const out = new Map();
    for (const d of this.applying(el)) {
      if (d.property.startsWith('--')) continue;
      const value = resolveVars(d.value, customs);
      if (value !== undefined) out.set(d.property, value);
    }
    this.winners.set(el, out);
    return out;
  }

  /** The computed value of an inherited property such as `color`. */
  inherited(el, property) {
    for (let node = el; node; node = parentElement(node)) {
      const value = this.declared(node).get(property);
      if (value !== undefined && value !== 'inherit') return value;
    }
    return undefined;
  }
}

/** Replaces var(--x, fallback) with values from `customs`; undefined when one cannot be resolved. */
export function resolveVars(value, customs, depth = 0) {
  if (depth > 20) return undefined;
  const start = value.indexOf('var(');
  if (start < 0) return value;
  let depthParen = 0;
  let end = start + 3;
  for (; end < value.length; end++) {
    if (value[end] === '(') depthParen++;
    else if (value[end] === ')' && --depthParen === 0) break;
  }
  const inside = value.slice(start + 4, end);
  const [name, ...rest] = splitTopLevel(inside, ',');
  const fallback = rest.length ? rest.join(',').trim() : undefined;
  let replacement = customs.get(name.trim());
  if (replacement === undefined && fallback !== undefined) replacement = resolveVars(fallback, customs, depth + 1);
  if (replacement === undefined) return undefined;
  return resolveVars(value.slice(0, start) + replacement + value.slice(end + 1), customs, depth + 1);
}
