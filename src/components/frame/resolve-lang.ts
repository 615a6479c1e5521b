import { isServer } from 'lit-html/is-server.js';
import { parseLang, type Lang } from '../../chart/locale.js';

/**
 * The `lang` that applies to a node: its own (property or attribute), else the nearest ancestor's (an
 * empty `lang=""` counts as absent) —
 * crossing shadow-root boundaries — else the document's.
 */
export function inheritedLangAttribute(node: Element): string {
  // A server-rendered element has no tree around it: only its own attribute counts.
  if (isServer) return node.getAttribute('lang')?.trim() ?? '';
  // Frameworks (React, Vue, Svelte) set an element's lang as a property.
  const own = node instanceof HTMLElement ? node.lang?.trim() : '';
  if (own) return own;
  let current: Node | null = node;
  while (current) {
    const value = current instanceof Element ? current.getAttribute('lang')?.trim() : undefined;
    if (value) return value;
    const parent: Node | null = current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return document.documentElement.lang;
}

/** The language for an element and whether its attribute was one Cifras speaks. */
export function resolveLang(node: Element): { lang: Lang; unsupported?: string } {
  const value = inheritedLangAttribute(node);
  const lang = parseLang(value);
  if (lang) return { lang };
  return { lang: 'en', unsupported: value || undefined };
}
