/** What the embed page draws, from its URL. */
export interface EmbedRequest {
  tag: string;
  attributes: [string, string][];
  /** Parameters that were not accepted, with why. */
  ignored: string[];
  background: 'transparent' | 'solid';
}

/** Parameters the embed page itself reads (the rest must be the element's own attributes). */
const PAGE_PARAMS = new Set(['widget', 'background']);

/**
 * Reads `?widget=clashes-by-state&lang=es&highlight=…`: the widget must be one
 * of the known elements and every other parameter one of that element's
 * attributes; everything else is ignored and reported. Pure: the caller gives
 * the known elements and their attributes.
 */
export function parseEmbedParams(search: string, known: Map<string, readonly string[]>): EmbedRequest | { error: string } {
  const params = new URLSearchParams(search);
  const widget = (params.get('widget') ?? '').trim().toLowerCase();
  const tag = `cifras-${widget.replace(/^cifras-/, '')}`;
  const allowed = known.get(tag);
  if (!widget || !allowed) {
    return { error: `Unknown widget "${widget}". Use one of: ${[...known.keys()].map((t) => t.replace(/^cifras-/, '')).join(', ')}.` };
  }
  const attributes: [string, string][] = [];
  const ignored: string[] = [];
  for (const [name, value] of params) {
    if (PAGE_PARAMS.has(name)) continue;
    if (allowed.includes(name) && !name.startsWith('on')) attributes.push([name, value]);
    else ignored.push(name);
  }
  if (!attributes.some(([name]) => name === 'theme')) attributes.push(['theme', 'auto']);
  const background = params.get('background') === 'solid' ? 'solid' : 'transparent';
  return { tag, attributes, ignored, background };
}

/** The messages a frame sends its host about its height: Cifras' own and AMP's embed-size. */
export function heightMessages(height: number): [{ type: 'cifras:height'; height: number }, { sentinel: 'amp'; type: 'embed-size'; height: number }] {
  const h = Math.ceil(height);
  return [{ type: 'cifras:height', height: h }, { sentinel: 'amp', type: 'embed-size', height: h }];
}
