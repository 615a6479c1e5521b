#!/usr/bin/env node
// Static snapshots: every chart rendered at build time, in English and Spanish,
// as plain HTML with inline SVG and the sources as numbered footnotes — for RSS,
// newsletters, AMP, <noscript> and fallback content inside the element.
//
//   node scripts/static.mjs [--width 640] [--out dist/static]
//
// Runs after tsc: it renders build/ with Lit's server renderer, then loads each
// render in the machine's Chromium (scripts/browsers.mjs), which computes the
// styles the snapshot writes down (scripts/static/flatten.mjs). Writes
//   <out>/<name>.<lang>.html   a fragment: no script, no shadow DOM
//   <out>/<name>.<lang>.mail.html  for a newsletter: the PNG and the sources, styles inlined (juice)
//   <out>/<name>.<lang>.svg    the drawing with title, subtitle and sources (a key figure: its card)
//   <out>/<name>.<lang>.png    the same at twice its size, for newsletters (mail drops SVG)
//   <out>/cifras-static.css    every snapshot's rules, for pages that must keep
//                              styles in the head (AMP's <style amp-custom>)
//   <out>/index.html           the list
//   <out>/snapshots.json       the same for scripts: tag, name and attributes of each
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleForServer } from './static/server-bundle.mjs';
import puppeteer from 'puppeteer-core';
import juice from 'juice';
import { CHROMIUM_FLAGS, findBrowsers } from './browsers.mjs';
import { ROOT_CLASS, flattenInPage, scopeClass } from './static/flatten.mjs';
import { LANGS, snapshotsFrom } from './static/snapshots.mjs';
import { standaloneSvg } from './static/svg-file.mjs';
import { pngOf } from './static/png-file.mjs';
import { indexPage } from './static/index-page.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { width: { type: 'string', default: '640' }, out: { type: 'string', default: join(root, 'dist', 'static') } } });
const width = Number(values.width);
if (!Number.isInteger(width) || width < 280) throw new Error(`--width ${values.width}: give a whole number of pixels, 280 or more.`);

const server = await bundleForServer(root);
// Any warning an element prints while rendering is a broken snapshot.
const warnings = [];
const warn = console.warn;
console.warn = (...args) => { warnings.push(args.join(' ')); };
const { render } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { html, unsafeStatic } = await import('lit/static-html.js');
const { WIDGETS, snapshotsOf } = await import(server.elements);
const SNAPSHOTS = snapshotsFrom(WIDGETS, snapshotsOf);
// The elements load their data on demand in the browser; a server render is synchronous, so it gets all of it first.
const { pageCatalog } = await import(server.catalog);
const { dataset } = await import(server.dataset);
pageCatalog.add(dataset);
const { CifrasChart } = await import(server.frame);
const { textMeasure } = await import(server.text);
const { fontMetricsWidth } = await import(server.fontMetrics);
const measure = textMeasure(fontMetricsWidth);
CifrasChart.serverWidth = width;
// A server render is synchronous: the sources panel's code, which a browser loads on demand, is there first.
(await import(server.sourcesController)).SourcesPanel.code = await import(server.sourcesPanel);
// Code that charts load on first layout, given up front: a server render cannot wait for it.
const timeModel = await import(server.timeModel);
(await import(server.lazyCode)).loadedCode.set('time', timeModel);
// Its styles with it: a chart adopts them when the code loads, which a server render does not wait for.
for (const [, { element }] of WIDGETS) {
  if (!element.spec?.code?.some((code) => code.name === 'time')) continue;
  element.finalize();
  element.elementStyles.push(timeModel.styles);
}

/** A rule a snapshot with a drawing needs beyond the element's own: the drawing scales down in a narrower column (its layout is fixed at --width). */
const DRAWING_RULE = `.${ROOT_CLASS} svg.cifras-visual { max-width: 100%; height: auto; }`;

// One browser and one page for every snapshot: a page with the server render
// (its declarative shadow root) and nothing else, in the light colour scheme.
const chromium = findBrowsers().chromium;
if (!chromium) throw new Error('The static snapshots are styled in Chromium, and none was found: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.');
const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_FLAGS });
const page = await browser.newPage();
await page.emulateMediaType('screen');
await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
await page.setViewport({ width: width + 32, height: 800 });

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const meta = JSON.parse(readFileSync(join(root, 'data', 'meta.json'), 'utf8'));

const results = [];
try {
  for (const snapshot of SNAPSHOTS) {
    for (const lang of LANGS) {
      const attributes = { lang, ...snapshot.attributes };
      const markup = `<${snapshot.tag} ${Object.entries(attributes).map(([k, v]) => `${k}="${escapeAttribute(v)}"`).join(' ')}></${snapshot.tag}>`;
      const ssr = collectResultSync(render(html`${unsafeStatic(markup)}`));
      const idPrefix = `${snapshot.name}-${lang}`.replace(/[^a-zA-Z0-9-]+/g, '-');
      await page.setContent(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body style="margin: 16px">${ssr}</body></html>`);
      const flat = await page.evaluate(flattenInPage, { tag: snapshot.tag, idPrefix, scope: scopeClass(snapshot.tag), rootClass: ROOT_CLASS });
      const problems = [...warnings.splice(0)];
      if (flat.hadError) problems.push('it rendered an error message');
      if (!flat.title) problems.push('it has no title');
      if (snapshot.tag !== 'cifras-key-figure' && !flat.drawing) problems.push('it has no drawing');
      if (problems.length) throw new Error(`${markup}: ${problems.join('; ')}`);
      results.push({ snapshot, lang, attributes, markup, flat, rules: flat.rules });
    }
  }
} finally {
  console.warn = warn;
  await browser.close();
}

/** The fragment's HTML with its <style> block first. */
const withStyle = (html, css) => html.replace('>', `><style>${css}</style>`);

rmSync(values.out, { recursive: true, force: true });
mkdirSync(values.out, { recursive: true });
const files = [];
for (const result of results) {
  const { snapshot, lang, flat, rules } = result;
  const base = `${snapshot.name}.${lang}`;
  const css = [...rules.map((rule) => rule.text), ...(flat.drawing ? [DRAWING_RULE] : [])].join('\n');
  writeFileSync(join(values.out, `${base}.html`), `${withStyle(flat.html, css)}\n`);
  result.html = `${base}.html`;
  result.title = flat.title;
  files.push(result.html);
  // Title and source lines broken with the font metrics the charts' server layouts measure with.
  const svgText = standaloneSvg(flat, { wrapText: measure.wrap, textWidth: measure.width, width, credit: `Cifras · ${lang === 'es' ? 'datos' : 'dataset'} ${meta.version}` });
  writeFileSync(join(values.out, `${base}.svg`), svgText);
  writeFileSync(join(values.out, `${base}.png`), pngOf(svgText));
  writeFileSync(join(values.out, `${base}.mail.html`), `${mailHtml(flat, { png: `${base}.png`, width: Number(/ width="(\d+)"/.exec(svgText)[1]), css })}\n`);
  result.svg = `${base}.svg`;
  result.png = `${base}.png`;
  result.mail = `${base}.mail.html`;
  files.push(result.svg, result.png, result.mail);
}
writeFileSync(join(values.out, `${ROOT_CLASS}.css`), `${mergeRules(results.map((r) => r.rules)).concat(DRAWING_RULE).join('\n')}\n`);

writeFileSync(join(values.out, 'index.html'), indexPage(results, { width, version: meta.version }));
writeFileSync(join(values.out, 'snapshots.json'), `${JSON.stringify(SNAPSHOTS.map(({ tag, name, attributes }) => ({ tag, name, attributes })), null, 1)}\n`);
console.log(`${relative(process.cwd(), values.out) || '.'}: ${results.length} snapshots (${SNAPSHOTS.length} × ${LANGS.join(', ')}), ${files.length + 2} files, ${width} px wide`);

/**
 * A snapshot for a newsletter: the PNG (mail programs drop inline SVG) at its
 * drawn size, with the title as its text alternative, then the sources as text,
 * every style inlined by juice (mail programs drop or mangle <style> blocks).
 */
function mailHtml(flat, { png, width, css }) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const [open] = /^<div[^>]*>/.exec(flat.html);
  const image = `<img src="${png}" width="${width}" alt="${escape(flat.title)}" style="display: block; max-width: 100%; height: auto; border: 0;">`;
  return juice(`<style>${css}</style>${open}${image}${flat.sourcesHtml}</div>`, { removeStyleTags: true, applyHeightAttributes: false });
}

/**
 * Every snapshot's rules in one stylesheet. The elements share most of their
 * styles, so a rule that several elements use is written once, with each
 * element's scoped selectors. The order keeps every snapshot's own order (its
 * cascade): a topological sort of "comes after" between neighbours; were the
 * orders to contradict each other, each snapshot's rules are listed in turn.
 */
function mergeRules(lists) {
  const generic = (rule) => `${rule.selectors.map((s) => s.split(`.${rule.scope}`).join('.&')).join(', ')} ${rule.block}`;
  const entries = new Map();
  for (const rule of lists.flat()) {
    const key = generic(rule);
    if (!entries.has(key)) entries.set(key, { selectors: new Set(), block: rule.block, after: new Set(), first: entries.size });
    for (const selector of rule.selectors) entries.get(key).selectors.add(selector);
  }
  for (const list of lists) list.forEach((rule, i) => { if (i) entries.get(generic(rule)).after.add(generic(list[i - 1])); });
  const done = new Set();
  const order = [];
  while (order.length < entries.size) {
    const next = [...entries].filter(([key, e]) => !done.has(key) && [...e.after].every((k) => done.has(k))).sort((a, b) => a[1].first - b[1].first)[0];
    if (!next) return [...new Set(lists.flat().map((rule) => rule.text))];
    done.add(next[0]);
    order.push(next[1]);
  }
  return order.map((entry) => `${[...entry.selectors].join(', ')} ${entry.block}`);
}
