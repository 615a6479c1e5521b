#!/usr/bin/env node
// `npm run size`: the bytes each built entry costs a page — the entry, every
// chunk it imports statically and, for a widget, its data module — minified and
// gzip -9 (each file compressed on its own, as a server sends it), beside its
// budget. Lazy chunks are reported on their own, by what they add to the page
// that loads them. Exits 1 when an entry is over budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(import.meta.dirname, '..', 'dist');
if (!existsSync(join(dist, 'cifras.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const KB = 1000;
const BUDGETS = [
  [/^cifras\.js$/, 55 * KB, 'every element, the whole dataset'],
  [/^elements\/cifras-(value|cite|sources)\.js$/, 10 * KB, 'citation element'],
  [/^elements\/.+\.js$/, 22 * KB, 'one element'],
  [/^embed-resize\.js$/, 1 * KB, 'host resizer'],
];

const staticImports = (file) => [...readFileSync(file, 'utf8').matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)]
  .map((m) => resolve(dirname(file), m[1]));
const dynamicImports = (file) => [...readFileSync(file, 'utf8').matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => resolve(dirname(file), m[1]));

function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file)) visit(next);
  };
  visit(entry);
  return [...seen];
}

const sizes = (files) => {
  const bytes = Buffer.concat(files.map((f) => readFileSync(f)));
  return { min: bytes.length, gzip: files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0) };
};

const entries = ['cifras.js', 'embed-resize.js', ...readdirSync(join(dist, 'elements')).sort().map((f) => `elements/${f}`)];
const rows = [];
let over = 0;
const lazyCost = new Map();
for (const name of entries) {
  const files = closure(join(dist, name));
  // A widget always loads its own data module (dist/chunks/data-<widget>-*.js) when it is drawn: count it.
  const widget = name.match(/^elements\/cifras-(.+)\.js$/)?.[1];
  const own = files.flatMap(dynamicImports).filter((file) => widget && file.includes(`/chunks/data-${widget}-`));
  const counted = [...new Set([...files, ...own.flatMap(closure)])];
  const { min, gzip } = sizes(counted);
  const [, budget, what] = BUDGETS.find(([pattern]) => pattern.test(name)) ?? [null, Infinity, ''];
  const ok = gzip <= budget;
  if (!ok) over++;
  rows.push([name, min, gzip, budget, ok ? 'ok' : 'OVER', `${what}${own.length ? ', with its data' : ''}`]);
  // What each lazy chunk adds to the page that loads it, beyond what is there already.
  // Lazy chunks, and the lazy chunks they load in turn (the citation processor behind the Cite panel).
  const lazy = new Set(files.flatMap(dynamicImports));
  for (const file of lazy) for (const next of closure(file).flatMap(dynamicImports)) lazy.add(next);
  for (const file of lazy) {
    if (own.includes(file)) continue;
    const extra = sizes(closure(file).filter((f) => !files.includes(f)));
    const known = lazyCost.get(file);
    if (!known || extra.gzip < known.gzip) lazyCost.set(file, extra);
  }
}
const relative = (file) => file.slice(dist.length + 1);
const buckets = [...lazyCost].filter(([file]) => /\/chunks\/data-b\d+-/.test(file));
// Each standalone entry has its own copy of a lazy code chunk (the action
// panels import the entry's Lit): one row per chunk name, at its largest.
const byName = new Map();
for (const [file, size] of lazyCost) {
  if (buckets.some(([bucket]) => bucket === file)) continue;
  const name = relative(file).replace(/-[\w-]{8}\.js$/, '-*.js');
  const known = byName.get(name);
  byName.set(name, { file, ...(known && known.gzip >= size.gzip ? known : size), copies: (known?.copies ?? 0) + 1 });
}
for (const [name, { file, copies, min, gzip }] of byName) {
  const what = /\/data-ids-/.test(file) ? 'every id, loaded only to suggest a fix for an unknown one'
    : /\/data-/.test(file) ? 'data, loaded with its widget'
      : `code, loaded on first use${copies > 1 ? ` (one copy per entry, ${copies} files; the largest)` : ''}`;
  rows.push([`${copies > 1 ? name : relative(file)} (lazy)`, min, gzip, Infinity, 'lazy', what]);
}
if (buckets.length) {
  const gz = buckets.map(([, size]) => size.gzip).sort((a, b) => a - b);
  const total = buckets.reduce((sum, [, size]) => ({ min: sum.min + size.min, gzip: sum.gzip + size.gzip }), { min: 0, gzip: 0 });
  rows.push([`chunks/data-b*.js (lazy, ${buckets.length} files)`, total.min, total.gzip, Infinity, 'lazy',
    `data by id, one file each: median ${(gz[gz.length >> 1] / KB).toFixed(1)} KB, largest ${(gz[gz.length - 1] / KB).toFixed(1)} KB`]);
}
// For transparency: the single script tag with every data module a page could load.
const everything = [...new Set([...closure(join(dist, 'cifras.js')), ...[...lazyCost.keys()].filter((f) => /\/data-/.test(f)).flatMap(closure)])];
const all = sizes(everything);
rows.push(['cifras.js + every data module', all.min, all.gzip, Infinity, 'info', 'if a page showed every figure (the buckets overlap)']);

const fmt = (n) => (n === Infinity ? '—' : `${(n / KB).toFixed(1)} KB`);
const table = [['entry (with what it loads)', 'minified', 'gzip -9', 'budget', '', ''], ...rows.map(([n, m, g, b, st, w]) => [n, fmt(m), fmt(g), fmt(b), st, w])];
const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
for (const row of table) console.log(row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd());
console.log(over ? `\n${over} entr${over > 1 ? 'ies are' : 'y is'} over budget.` : '\nAll entries within budget.');
process.exitCode = over ? 1 : 0;
