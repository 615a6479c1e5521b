// dist/static/index.html: the list of snapshots, each with its files.
const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function indexPage(results, { width, version }) {
  const rows = results.map((r) => `    <tr><td><code>${escape(r.markup)}</code></td><td>${r.lang}</td><td>${escape(r.title)}</td>`
    + `<td><a href="${escape(r.html)}">${escape(r.html)}</a></td>${[r.svg, r.png, r.mail].map((file) => `<td>${file ? `<a href="${escape(file)}">${escape(file)}</a>` : ''}</td>`).join('')}</tr>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cifras static snapshots</title>
<style>
  body { margin: 2rem; font: 16px/1.4 system-ui, sans-serif; color: #1d1d1f; }
  table { border-collapse: collapse; font-size: 0.875rem; }
  th, td { text-align: start; padding: 0.2rem 0.75rem 0.2rem 0; border-bottom: 1px solid #d5d5dc; vertical-align: top; }
  a { color: #0b57d0; }
</style>
</head>
<body>
<h1>Cifras static snapshots</h1>
<p>Every chart rendered at build time with no JavaScript (Cifras ${escape(version)}, laid out ${width} px wide):
HTML fragments with the drawing as inline SVG and the sources as numbered footnotes, for RSS, newsletters, AMP and
<code>&lt;noscript&gt;</code>, and each drawing as a standalone SVG and as a PNG for newsletters (mail programs drop SVG), with
the PNG and the sources as HTML for a newsletter, every style inline. Put a fragment inside its element as fallback
content and the live chart replaces it when the script runs. On AMP pages, use
<a href="cifras-static.css">cifras-static.css</a> in <code>&lt;style amp-custom&gt;</code>.</p>
<table>
  <thead><tr><th>element</th><th>lang</th><th>title</th><th>HTML fragment</th><th>SVG</th><th>PNG</th><th>newsletter</th></tr></thead>
  <tbody>
${rows}
  </tbody>
</table>
</body>
</html>
`;
}
