// dist/static/index.html: every snapshot, listed with its files and shown as
// it would appear on a page without JavaScript.
const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function indexPage(results, { width, version }) {
  const rows = results.map((r) => `    <tr><td><code>${escape(r.markup)}</code></td><td>${r.lang}</td>`
    + `<td><a href="${escape(r.html)}">${escape(r.html)}</a></td><td>${r.svg ? `<a href="${escape(r.svg)}">${escape(r.svg)}</a>` : ''}</td></tr>`).join('\n');
  const shown = results.map((r) => `  <section id="${escape(r.html)}">
    <h2 class="snapshot-name"><code>${escape(r.html)}</code></h2>
    ${r.fragment}
  </section>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cifras static snapshots</title>
<style>
  body { margin: 2rem auto; max-width: ${width + 64}px; padding: 0 1rem; font: 16px/1.4 system-ui, sans-serif; color: #1d1d1f; }
  table { border-collapse: collapse; font-size: 0.875rem; margin-bottom: 2rem; }
  th, td { text-align: start; padding: 0.2rem 0.75rem 0.2rem 0; border-bottom: 1px solid #d5d5dc; vertical-align: top; }
  section { border-top: 1px solid #d5d5dc; padding: 1rem 0 2rem; }
  .snapshot-name { font-size: 0.8rem; font-weight: normal; color: #5a5a66; margin: 0 0 1rem; }
</style>
</head>
<body>
<h1>Cifras static snapshots</h1>
<p>Every chart rendered at build time (Cifras ${escape(version)}, ${width} px wide), with no JavaScript: HTML fragments with inline SVG and the sources as footnotes, for RSS, newsletters, AMP and <code>&lt;noscript&gt;</code>, and a standalone SVG of each drawing. Put a fragment inside its element as fallback content and the live chart replaces it when the script runs.</p>
<table>
  <thead><tr><th>element</th><th>lang</th><th>HTML fragment</th><th>SVG</th></tr></thead>
  <tbody>
${rows}
  </tbody>
</table>
${shown}
</body>
</html>
`;
}
