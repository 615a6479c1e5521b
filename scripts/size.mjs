#!/usr/bin/env node
// `npm run size`: the bytes each built entry costs a page — the entry and every
// chunk it imports statically — minified and gzip -9, beside its budget. Lazy
// chunks (loaded only on demand) are reported on their own. Exits 1 when over.
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
for (const name of entries) {
  const files = closure(join(dist, name));
  const { min, gzip } = sizes(files);
  const [, budget, what] = BUDGETS.find(([pattern]) => pattern.test(name)) ?? [null, Infinity, ''];
  const ok = gzip <= budget;
  if (!ok) over++;
  rows.push([name, min, gzip, budget, ok ? 'ok' : 'OVER', what]);
}
const lazy = [...new Set(entries.flatMap((name) => closure(join(dist, name)).flatMap(dynamicImports)))];
for (const file of lazy) {
  const { min, gzip } = sizes(closure(file));
  rows.push([`${file.slice(dist.length + 1)} (lazy)`, min, gzip, Infinity, 'lazy', 'loaded on demand']);
}

const fmt = (n) => (n === Infinity ? '—' : `${(n / KB).toFixed(1)} KB`);
const table = [['entry (with what it loads)', 'minified', 'gzip -9', 'budget', '', ''], ...rows.map(([n, m, g, b, s, w]) => [n, fmt(m), fmt(g), fmt(b), s, w])];
const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
for (const row of table) console.log(row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd());
console.log(over ? `\n${over} entr${over > 1 ? 'ies are' : 'y is'} over budget.` : '\nAll entries within budget.');
process.exitCode = over ? 1 : 0;
