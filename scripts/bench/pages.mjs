// The bench pages, written into bench/pages/ on every run (they depend on the
// build). The numbers for the Chart.js and Plot pages come from the built
// dataset (dist/data.js) and are labelled with the built chart kit
// (dist/chart.js), so every page draws the same figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Width of the text column on every page, in CSS pixels (at a 1200 px wide window). */
export const COLUMN = 640;
export const SINGLE_TAG = 'cifras-clashes-by-state';
export const SINGLE_SCRIPT = '/dist/elements/cifras-clashes-by-state.js';
export const ALL_SCRIPT = '/dist/cifras.js';
export const ARTICLE_WIDGETS = 50;

// What the single chart draws: the states the report names, largest first, then
// the remainder ("other states") — as src/components/clashes-by-state does.
const CLASHES_TABLE = 'clashes-by-state-2020-2022';
const CLASHES_REMAINDER = 'icg.clashes-2020-2022.other-states';

/**
 * The article's mix, repeated until it has 50 widgets. `chart` is what the
 * Chart.js article draws in its place: the same tables as bars or lines, or for
 * a key figure, the numbers as static HTML (Chart.js has no such chart).
 */
export const MIX = [
  { tag: 'cifras-clashes-by-state', attrs: '', chart: { type: 'bar', clashes: true } },
  { tag: 'cifras-budget-share', attrs: '', chart: { type: 'bar', tables: ['military-budget-share'] } },
  { tag: 'cifras-homicides-disappearances', attrs: '', chart: { type: 'line', tables: ['homicides-by-year', 'disappearance-registry'] } },
  { tag: 'cifras-key-figure', attrs: 'figure="icg.homicides.2022" compare="icg.homicides.2018"', chart: { type: 'figure', figures: ['icg.homicides.2018', 'icg.homicides.2022'] } },
  { tag: 'cifras-troop-deployment', attrs: '', chart: { type: 'line', tables: ['troops-deployed'] } },
  { tag: 'cifras-table-chart', attrs: 'table="armed-groups"', chart: { type: 'bar', tables: ['armed-groups'] } },
  { tag: 'cifras-clash-rate', attrs: '', chart: { type: 'bar', tables: ['clashes-monthly-by-presidency'] } },
  { tag: 'cifras-seizures', attrs: '', chart: { type: 'bar', tables: ['seizure-events-by-substance-2007-2024'] } },
  { tag: 'cifras-key-figure', attrs: 'figure="icg.military-budget-share.2024"', chart: { type: 'figure', figures: ['icg.military-budget-share.2024'] } },
  { tag: 'cifras-impunity', attrs: '', chart: { type: 'bar', tables: ['impunity-2022'] } },
  { tag: 'cifras-electoral-violence', attrs: '', chart: { type: 'bar', tables: ['candidates-killed'] } },
];

const SENTENCES = [
  'The armed forces have taken on tasks that civilian agencies carried out a decade ago, from customs and ports to the construction of airports and railways.',
  'Official counts of violence differ from one agency to the next, and each figure in this article names the document that states it.',
  'Reporters who cover security in the states describe a pattern that the national totals can hide: a handful of municipalities account for much of the violence.',
  'Budget documents show where the money goes, but not always which agency spends it once funds are moved into trusts.',
  'The registry of the disappeared has been revised several times, and the revisions themselves became a matter of public debate.',
  'Comparisons across administrations depend on the period chosen, so the charts keep each period as the source defines it.',
  'Local prosecutors open investigations into only a small share of the crimes that victims report, according to the national victimisation survey.',
];

const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; font: 16px/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color: #1d1d1f; background: #fff; }
  main { box-sizing: border-box; max-width: ${COLUMN + 32}px; margin: 0 auto; padding: 16px; }
  h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5em 0; }
  h2 { font-size: 1.3rem; margin: 1.6em 0 0.4em; }
  .widget { display: block; margin: 1.5em 0; }
  figure.widget { margin-left: 0; margin-right: 0; }
  figure.widget figure { margin: 0; }
  .canvas-box { position: relative; width: 100%; }
  figcaption { font-size: 0.8rem; color: #555; margin-top: 0.4em; }
  .card { border: 1px solid #ddd; border-radius: 6px; padding: 12px 16px; }
  .card .number { font-size: 2rem; font-weight: 700; }
  .card .measure { color: #555; }
`;

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
/** JSON that is safe inside a <script type="application/json"> element. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

function page({ title, head = '', body }) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <style>${STYLE}</style>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** Reads the built dataset and chart kit. */
export async function loadKit(root) {
  const data = await import(pathToFileURL(join(root, 'dist/data.js')).href);
  const chart = await import(pathToFileURL(join(root, 'dist/chart.js')).href);
  return { catalog: data.defaultCatalog, chart };
}

function sourceLine(catalog, ids) {
  const parts = [...new Set(ids)].map((id) => {
    const source = catalog.source(id);
    const author = source.author?.map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ')).join(', ') ?? source.publisher ?? '';
    const year = source.issued?.['date-parts']?.[0]?.[0] ?? '';
    return `${author} (${year}), ${source.title}`;
  });
  return `Source: ${parts.join('; ')}.`;
}

function labelOf(kit, figure, table) {
  const { chart } = kit;
  if (figure.label?.en) return figure.label.en;
  if (figure.geography === 'MX-other') return chart.messages?.('en')?.otherStates ?? 'Other states';
  if (figure.geography && figure.geography !== 'MX') return chart.placeName?.(figure.geography, 'en') ?? figure.geography;
  const periods = new Set(table.map((f) => f.period));
  return periods.size === table.length ? figure.period : figure.measure.en;
}

/** A height Cifras showed, or `fallback` where it drew nothing (say, a widget that never rendered). */
const sized = (height, fallback) => (height > 40 ? Math.round(height) : fallback);

const short = (kit, figure) => kit.chart.formatShort?.(figure, 'en') ?? String(figure.value);

/** The single chart's figures, in the order and with the labels Cifras draws. */
export function clashesRows(kit) {
  const { catalog } = kit;
  const all = catalog.tableFigures(CLASHES_TABLE);
  const states = all.filter((f) => f.id !== CLASHES_REMAINDER).sort((a, b) => b.value - a.value);
  const rows = [...states, catalog.figure(CLASHES_REMAINDER)];
  const { chart } = kit;
  const label = (f) => (f.geography === 'MX-other' ? chart.messages?.('en')?.otherStates ?? 'Other states' : chart.placeName?.(f.geography, 'en') ?? f.geography);
  return rows.map((f) => ({ label: label(f), value: f.value, valueText: short(kit, f), source: f.source }));
}

/** A Chart.js / Plot spec for one mix entry, with the title and size Cifras showed. */
function chartSpec(kit, entry, seen) {
  const { catalog } = kit;
  const spec = { type: entry.chart.type, title: seen?.title ?? '', subtitle: seen?.subtitle ?? '', height: sized(seen?.chartHeight, 320) };
  if (entry.chart.type === 'figure') {
    const figures = entry.chart.figures.map((id) => catalog.figure(id));
    spec.cards = figures.map((f) => ({ measure: f.measure.en, value: kit.chart.formatFigure?.(f, 'en') ?? String(f.value), period: f.period }));
    spec.source = sourceLine(catalog, figures.map((f) => f.source));
    return spec;
  }
  if (entry.chart.clashes) {
    const rows = clashesRows(kit);
    spec.labels = rows.map((r) => r.label);
    spec.series = [{ name: 'Clashes', values: rows.map((r) => r.value), valueTexts: rows.map((r) => r.valueText) }];
    spec.source = sourceLine(catalog, rows.map((r) => r.source));
    return spec;
  }
  const tables = entry.chart.tables.map((id) => ({ id, figures: catalog.tableFigures(id) }));
  spec.source = sourceLine(catalog, tables.flatMap((t) => t.figures.map((f) => f.source)));
  if (entry.chart.type === 'bar') {
    const figures = tables.flatMap((t) => t.figures);
    spec.labels = figures.map((f) => labelOf(kit, f, figures));
    spec.series = [{ name: catalog.table(tables[0].id).title.en, values: figures.map((f) => f.value), valueTexts: figures.map((f) => short(kit, f)) }];
    return spec;
  }
  const labels = [...new Set(tables.flatMap((t) => t.figures.map((f) => f.period)))].sort();
  spec.labels = labels;
  spec.series = tables.map((t) => {
    const byPeriod = new Map(t.figures.map((f) => [f.period, f.value]));
    return { name: catalog.table(t.id).title.en, values: labels.map((p) => byPeriod.get(p) ?? null) };
  });
  return spec;
}

function paragraphs(index, count) {
  let out = '';
  for (let i = 0; i < count; i++) {
    const start = (index * 3 + i) % SENTENCES.length;
    const text = [0, 1, 2].map((k) => SENTENCES[(start + k) % SENTENCES.length]).join(' ');
    out += `  <p>${escapeHtml(text)}</p>\n`;
  }
  return out;
}

/** The article's body with a placeholder per widget, filled by `widget(i, entry)`. */
function articleBody(heading, widget) {
  let body = `<main>\n  <h1>${escapeHtml(heading)}</h1>\n${paragraphs(0, 2)}`;
  for (let i = 0; i < ARTICLE_WIDGETS; i++) {
    if (i > 0 && i % 5 === 0) body += `  <h2>Part ${i / 5 + 1}</h2>\n`;
    body += `  ${widget(i, MIX[i % MIX.length])}\n${paragraphs(i + 1, 2)}`;
  }
  return `${body}</main>`;
}

export function cifrasSinglePage() {
  return page({
    title: 'Bench: one Cifras chart',
    head: `  <script type="module" src="${SINGLE_SCRIPT}"></script>`,
    body: `<main>\n  <${SINGLE_TAG} class="widget" data-bench></${SINGLE_TAG}>\n</main>`,
  });
}

/**
 * The Cifras article. With `heights` (each widget's height as drawn, from the
 * probe) the page reserves them in its CSS, as the README's "Reserving space"
 * says a publisher should: the Chart.js article's fixed canvas boxes do the same.
 */
export function cifrasArticlePage(loading, heights) {
  const reserve = heights ? `  <style>${heights.map((h, i) => `[data-widget="${i}"]{display:block;min-height:${Math.ceil(h)}px}`).join('')}</style>` : '';
  return page({
    title: `Bench: article with ${ARTICLE_WIDGETS} Cifras widgets (loading=${loading})`,
    head: `  <script type="module" src="${ALL_SCRIPT}"></script>\n${reserve}`,
    body: articleBody('Crime and the military in Mexico: the numbers', (i, entry) =>
      `<${entry.tag} class="widget" data-bench data-widget="${i}" data-mix="${i % MIX.length}" loading="${loading}"${entry.attrs ? ` ${entry.attrs}` : ''}></${entry.tag}>`),
  });
}

function chartFigure(index, spec) {
  if (spec.type === 'figure') {
    return `<figure class="widget card" data-bench data-spec="${index}">
    <div class="title"><strong>${escapeHtml(spec.title || spec.cards[spec.cards.length - 1].measure)}</strong></div>
    ${spec.cards.map((c) => `<div><span class="number">${escapeHtml(c.value)}</span> <span class="measure">${escapeHtml(c.measure)}, ${escapeHtml(c.period)}</span></div>`).join('\n    ')}
    <figcaption>${escapeHtml(spec.source)}</figcaption>
  </figure>`;
  }
  return `<figure class="widget" data-bench data-spec="${index}">
    <div class="canvas-box" style="height:${spec.height}px"><canvas role="img" aria-label="${escapeHtml(spec.title)}"></canvas></div>
    <figcaption>${escapeHtml(spec.source)}</figcaption>
  </figure>`;
}

/**
 * Writes every page into `dir`. `seen` is what the probe load measured of the
 * Cifras pages: the single chart's and each article widget's title, subtitle
 * and height (title + subtitle + drawing), so the other libraries draw the
 * same words at the same size.
 */
export function writePages(dir, kit, seen) {
  mkdirSync(dir, { recursive: true });
  const write = (name, html) => writeFileSync(join(dir, name), html);
  write('blank.html', page({ title: 'Bench: blank', body: '' }));
  write('single-cifras.html', cifrasSinglePage());
  const heights = seen?.article.map((widget) => widget.height);
  write('article-cifras-lazy.html', cifrasArticlePage('lazy', heights));
  write('article-cifras-eager.html', cifrasArticlePage('eager', heights));
  if (!seen) return;

  const rows = clashesRows(kit);
  const single = {
    type: 'bar',
    title: seen.single.title,
    subtitle: seen.single.subtitle,
    height: sized(seen.single.chartHeight, 360),
    plotHeight: sized(seen.single.plotHeight, 260),
    width: COLUMN,
    labels: rows.map((r) => r.label),
    series: [{ name: 'Clashes', values: rows.map((r) => r.value), valueTexts: rows.map((r) => r.valueText) }],
    source: sourceLine(kit.catalog, rows.map((r) => r.source)),
  };
  const data = (value) => `  <script type="application/json" id="bench-data">${scriptJson(value)}</script>`;
  write('single-chartjs.html', page({
    title: 'Bench: one Chart.js chart',
    head: `  <script type="module" src="./chartjs-single.js"></script>`,
    body: `<main>\n  ${chartFigure(0, single)}\n</main>\n${data([single])}`,
  }));
  write('single-plot.html', page({
    title: 'Bench: one Observable Plot chart',
    head: `  <script type="module" src="./plot-single.js"></script>`,
    body: `<main>\n  <figure class="widget" data-bench data-spec="0"></figure>\n</main>\n${data([single])}`,
  }));

  const specs = [];
  const body = articleBody('Crime and the military in Mexico: the numbers', (i, entry) => {
    specs.push(chartSpec(kit, entry, seen.article[i]));
    return chartFigure(i, specs[i]);
  });
  write('article-text.html', page({
    title: `Bench: the article's text with ${ARTICLE_WIDGETS} empty boxes`,
    body: articleBody('Crime and the military in Mexico: the numbers', (i) =>
      `<div class="widget" data-bench style="height:${specs[i].height}px"></div>`),
  }));
  write('article-chartjs.html', page({
    title: `Bench: article with ${ARTICLE_WIDGETS} Chart.js charts`,
    head: `  <script type="module" src="./chartjs-article.js"></script>`,
    body: `${body}\n${data(specs)}`,
  }));
}
