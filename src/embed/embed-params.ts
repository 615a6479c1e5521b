import { parseLang, type Lang } from '../chart/locale.js';
import { frameTakes } from '../chart/embed.js';
import { capped } from '../data/echo.js';

/** What the embed page draws, from its URL. */
export interface EmbedRequest {
  tag: string;
  attributes: [string, string][];
  /** Parameters that were not accepted, with why. */
  ignored: string[];
  background: 'transparent' | 'solid';
  lang: Lang;
}

/** The embed page's own messages. */
export const EMBED_MESSAGES = {
  en: {
    unknownWidget: (widget: string, known: string) => `Unknown widget "${widget}". Use one of: ${known}.`,
    noWidget: (known: string) => `Name the widget to show with ?widget=…, one of: ${known}.`,
    ignored: (names: string) => `Ignored parameters: ${names}.`,
  },
  es: {
    unknownWidget: (widget: string, known: string) => `No hay un widget "${widget}". Use uno de estos: ${known}.`,
    noWidget: (known: string) => `Indique el widget que se muestra con ?widget=…, uno de estos: ${known}.`,
    ignored: (names: string) => `Parámetros ignorados: ${names}.`,
  },
} satisfies Record<Lang, Record<string, (...args: string[]) => string>>;

/** The attributes of an element that the embed page passes on from its URL. */
export const frameAttributes = (observed: readonly string[] = []): string[] => observed.filter(frameTakes);

const BACKGROUNDS = ['transparent', 'solid'] as const;

/**
 * Reads `?widget=clashes-by-state&lang=es&highlight=…`: the widget must be one
 * of the known elements and every other parameter one of that element's
 * attributes; everything else is ignored and reported. One value per parameter:
 * the first counts, and a repeat (`theme=dark&theme=light`) is ignored and
 * reported with its value, so the page and the chart never read different ones.
 * Pure: the caller gives the known elements and their attributes.
 */
export function parseEmbedParams(search: string, known: Map<string, readonly string[]>): EmbedRequest | { error: string; lang: Lang } {
  const params = new URLSearchParams(search);
  // The page's own words follow the widget's language.
  const lang = parseLang(params.get('lang')) ?? 'en';
  const widget = (params.get('widget') ?? '').trim().toLowerCase();
  const tag = `cifras-${widget.replace(/^cifras-/, '')}`;
  const allowed = known.get(tag);
  if (!widget || !allowed) {
    const widgets = [...known.keys()].map((t) => t.replace(/^cifras-/, '')).join(', ');
    return { error: widget ? EMBED_MESSAGES[lang].unknownWidget(widget, widgets) : EMBED_MESSAGES[lang].noWidget(widgets), lang };
  }
  const attributes: [string, string][] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (seen.has(name)) ignored.push(capped(`${name}=${value}`));
    else if (name === 'background') {
      if (!(BACKGROUNDS as readonly string[]).includes(value)) ignored.push(capped(`background=${value}`));
    } else if (allowed.includes(name) && !name.startsWith('on')) attributes.push([name, value]);
    else if (name !== 'widget') ignored.push(capped(name));
    seen.add(name);
  }
  if (!attributes.some(([name]) => name === 'theme')) attributes.push(['theme', 'auto']);
  const background = params.get('background') === 'solid' ? 'solid' : 'transparent';
  return { tag, attributes, ignored, background, lang };
}

/** The messages a frame sends its host about its height: Cifras' own and AMP's embed-size. */
export function heightMessages(height: number): [{ type: 'cifras:height'; height: number }, { sentinel: 'amp'; type: 'embed-size'; height: number }] {
  const h = Math.ceil(height);
  return [{ type: 'cifras:height', height: h }, { sentinel: 'amp', type: 'embed-size', height: h }];
}
