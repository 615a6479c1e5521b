/** Ways to put one chart, exactly as configured, on another page. */
export interface EmbedSnippets {
  script: string;
  iframe: string;
  npm: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Snippets for a chart: its element with the given attributes after one script
 * tag; an iframe of the embed page with the same settings as URL parameters,
 * `height` px tall (the chart's own, so no inner scrollbar without the resizer);
 * and npm usage. Attribute values are escaped for HTML.
 */
export function embedSnippets(tag: string, attributes: [string, string][], version: string, cdn = 'https://unpkg.com', height = 560): EmbedSnippets {
  const attrs = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const element = `<${tag}${attrs}></${tag}>`;
  const params = new URLSearchParams([['widget', tag.replace(/^cifras-/, '')], ...attributes]);
  return {
    script: `<script type="module" src="${cdn}/cifras@${version}/dist/cifras.js"></script>\n${element}`,
    iframe: `<iframe src="${cdn}/cifras@${version}/dist/embed.html?${escapeAttribute(params.toString())}" title="${escapeAttribute(tag)}" width="100%" height="${Math.ceil(height)}" loading="lazy"></iframe>`,
    npm: `npm install cifras@${version}\n\n// in your code\nimport 'cifras';\n\n// in your page or template\n${element}`,
  };
}
