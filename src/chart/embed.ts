import type { Lang } from './locale.js';
/** Ways to put one chart, exactly as configured, on another page. */
export interface EmbedSnippets {
  script: string;
  /** None for a chart of its own data, which a URL cannot carry. */
  iframe?: string;
  npm: string;
}

export interface EmbedOptions {
  /** What the frame shows, for its accessible name (the chart's title); the tag name when not given. */
  title?: string;
  /** JSON for a child `<script type="application/json">` (a `<cifras-chart>`'s own data). */
  childJson?: string;
  /** The language of the npm snippet's comments; English when not given. */
  lang?: Lang;
}

const NPM_COMMENTS: Record<Lang, [string, string]> = {
  en: ['in your code', 'in your page or template'],
  es: ['en su código', 'en su página o plantilla'],
};

/** Whether a frame can use an attribute: not json-ld, which belongs in the host page's head, out of a frame's reach. */
export const frameTakes = (name: string): boolean => name !== 'json-ld';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Snippets for a chart: its element with the given attributes after one script
 * tag; an iframe of the embed page with the same settings as URL parameters,
 * `height` px tall (the chart's own, so no inner scrollbar without the resizer),
 * named by the chart's title, and the resizer script; and npm usage. Attribute values are escaped for
 * HTML. A chart of its own data carries it in a child script and has no iframe.
 */
export function embedSnippets(tag: string, attributes: [string, string][], version: string, cdn = 'https://unpkg.com', height = 560, options: EmbedOptions = {}): EmbedSnippets {
  const attrs = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  // "<" as \u003c: the JSON stays the same, and no "</script>" in it can end the script early.
  const child = options.childJson === undefined ? '' : `\n  <script type="application/json">${options.childJson.replace(/</g, '\\u003c')}</script>\n`;
  const element = `<${tag}${attrs}>${child}</${tag}>`;
  const [code, page] = NPM_COMMENTS[options.lang ?? 'en'];
  const params = new URLSearchParams([['widget', tag.replace(/^cifras-/, '')], ...attributes.filter(([name]) => frameTakes(name))]);
  return {
    script: `<script type="module" src="${cdn}/cifras@${version}/dist/cifras.js"></script>\n${element}`,
    // The resizer lets the frame follow the chart's height wherever the page is narrower than where the snippet was taken.
    iframe: child ? undefined : `<iframe src="${cdn}/cifras@${version}/dist/embed.html?${escapeAttribute(params.toString())}" title="${escapeAttribute(options.title || tag)}" width="100%" height="${Math.ceil(height)}" loading="lazy"></iframe>\n<script defer src="${cdn}/cifras@${version}/dist/embed-resize.js"></script>`,
    npm: `npm install cifras@${version}\n\n// ${code}\nimport 'cifras';\n\n// ${page}\n${element}`,
  };
}
