import type { Lang } from './locale.js';
/** Ways to put one chart, exactly as configured, on another page. */
export interface EmbedSnippets {
  script: string;
  /** None for a chart of its own data, which a URL cannot carry. */
  iframe?: string;
  /** None for a version that is not on npm: an install of it would fail. */
  npm?: string;
}

/** Where the snippets send a page for Cifras' files. */
export interface ScriptHome {
  /** The folder that holds cifras.js, embed.html and embed-resize.js, as an absolute URL ending in "/". */
  base: string;
  /** The version to install from npm, given only when that version is published. */
  npm?: string;
}

/** Where a published version's files are: its pinned folder on the CDN. */
export const cdnBase = (version: string, cdn = 'https://unpkg.com'): string => `${cdn}/cifras@${version}/dist/`;

/** Addresses that only the machine they are typed on can open: a snippet naming them works nowhere else. */
const LOCAL_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$|\.localhost$/;

/**
 * Where the snippets of a copy of Cifras send a page, from the URL of the folder
 * its script was loaded from (`new URL('./', cifras.js)`): that folder, so a
 * copy of dist/ on any site hands out that site's URLs. A published version
 * loaded from this machine only (localhost, a file) points at the CDN's pinned
 * copy instead, which works wherever the snippet is pasted; an unpublished one
 * has no such copy and keeps its own folder.
 */
export function scriptHome(loadedFrom: string, version: string, published: boolean, cdn?: string): ScriptHome {
  const folder = new URL('./', loadedFrom);
  const local = folder.protocol === 'file:' || LOCAL_HOST.test(folder.hostname);
  if (!published) return { base: folder.href };
  return { base: local ? cdnBase(version, cdn) : folder.href, npm: version };
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
 * named by the chart's title, and the resizer script; and npm usage for a
 * published version. Every file comes from `home` (see scriptHome). Attribute values are escaped for
 * HTML. A chart of its own data carries it in a child script and has no iframe.
 */
export function embedSnippets(tag: string, attributes: [string, string][], home: ScriptHome, height = 560, options: EmbedOptions = {}): EmbedSnippets {
  const attrs = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  // "<" as \u003c: the JSON stays the same, and no "</script>" in it can end the script early.
  const child = options.childJson === undefined ? '' : `\n  <script type="application/json">${options.childJson.replace(/</g, '\\u003c')}</script>\n`;
  const element = `<${tag}${attrs}>${child}</${tag}>`;
  const [code, page] = NPM_COMMENTS[options.lang ?? 'en'];
  const params = new URLSearchParams([['widget', tag.replace(/^cifras-/, '')], ...attributes.filter(([name]) => frameTakes(name))]);
  const file = (name: string) => escapeAttribute(new URL(name, home.base).href);
  return {
    script: `<script type="module" src="${file('cifras.js')}"></script>\n${element}`,
    // The resizer lets the frame follow the chart's height wherever the page is narrower than where the snippet was taken.
    iframe: child ? undefined : `<iframe src="${file('embed.html')}?${escapeAttribute(params.toString())}" title="${escapeAttribute(options.title || tag)}" width="100%" height="${Math.ceil(height)}" loading="lazy"></iframe>\n<script defer src="${file('embed-resize.js')}"></script>`,
    npm: home.npm === undefined ? undefined : `npm install cifras@${home.npm}\n\n// ${code}\nimport 'cifras';\n\n// ${page}\n${element}`,
  };
}
