// What each built entry costs a page: the entry, every chunk it imports
// statically and, for a widget, its data module — minified and gzip -9 (each
// file compressed on its own, as a server sends it). Lazy chunks are measured
// on their own, by what they add to the page that loads them.
// Used by `npm run size` (scripts/size.mjs) and by the size test in `npm test`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1000;

/** The budgets of the performance issue, by entry. */
export const BUDGETS = [
  [/^cifras\.js$/, 55 * KB, 'every element, the whole dataset'],
  [/^elements\/cifras-(value|cite|sources)\.js$/, 10 * KB, 'citation element'],
  [/^elements\/.+\.js$/, 22 * KB, 'one element'],
  [/^embed-resize\.js$/, 1 * KB, 'host resizer'],
];

/**
 * Entries not yet within budget may not grow past their ceiling (KB, gzip), so
 * that CI fails on any step back while the budgets are worked towards.
 * `npm run size -- --lower-ceilings` tightens them after a saving.
 */
export const CEILINGS_FILE = resolve(import.meta.dirname, '..', 'size-ceilings.json');
export const readCeilings = () => (existsSync(CEILINGS_FILE) ? JSON.parse(readFileSync(CEILINGS_FILE, 'utf8')) : {});

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

/**
 * Measures dist/. `entries`: one row per entry { name, min, gzip, budget,
 * ceiling, what }; `lazy`: one row per lazy chunk { name, min, gzip, what };
 * `everything`: the script tag with every data module a page could load.
 */
export function measure(dist) {
  const ceilings = readCeilings();
  const names = ['cifras.js', 'embed-resize.js', ...readdirSync(join(dist, 'elements')).sort().map((f) => `elements/${f}`)];
  const entries = [];
  const lazyCost = new Map();
  for (const name of names) {
    const files = closure(join(dist, name));
    // A widget always loads its own data module (dist/chunks/data-<widget>-*.js) when it is drawn: count it.
    // (A single element's file carries its chart's data inline: then the entry holds it already.)
    const widget = name.match(/^elements\/cifras-(.+)\.js$/)?.[1];
    const own = files.flatMap(dynamicImports).filter((file) => widget && file.includes(`/chunks/data-${widget}-`));
    const inline = Boolean(widget) && own.length === 0 && readdirSync(join(dist, 'chunks')).some((f) => f.startsWith(`data-${widget}-`));
    const counted = [...new Set([...files, ...own.flatMap(closure)])];
    const [, budget, what] = BUDGETS.find(([pattern]) => pattern.test(name)) ?? [null, Infinity, ''];
    const ceiling = ceilings[name] === undefined ? undefined : ceilings[name] * KB;
    entries.push({ name, ...sizes(counted), budget, ceiling, what: `${what}${own.length ? ', with its data' : inline ? ', with its data inline' : ''}` });
    // What each lazy chunk adds to the page that loads it, beyond what is there already:
    // lazy chunks, and the lazy chunks they load in turn (the citation processor behind the Cite panel).
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
  const buckets = [...lazyCost].filter(([file]) => /\/chunks\/data-b\d+\.js$/.test(file));
  // Each standalone entry has its own copy of a lazy code chunk (the action
  // panels import the entry's Lit): one row per chunk name, at its largest.
  const byName = new Map();
  for (const [file, size] of lazyCost) {
    if (buckets.some(([bucket]) => bucket === file)) continue;
    const name = relative(file).replace(/-[\w-]{6}\.js$/, '-*.js');
    const known = byName.get(name);
    byName.set(name, { file, ...(known && known.gzip >= size.gzip ? known : size), copies: (known?.copies ?? 0) + 1 });
  }
  const lazy = [...byName].map(([name, { file, copies, min, gzip }]) => ({
    name: `${copies > 1 ? name : relative(file)} (lazy)`, min, gzip,
    what: /\/data-ids\./.test(file) ? 'every id, loaded only to suggest a fix for an unknown one'
      : /\/closest-/.test(file) ? 'the search for close ids, loaded with every id'
      : /\/data-/.test(file) ? 'one chart\'s data, fetched by cifras.js when that chart is first drawn'
        : `code, loaded on first use${copies > 1 ? ` (one copy per entry, ${copies} files; the largest)` : ''}`,
  }));
  if (buckets.length) {
    const gz = buckets.map(([, size]) => size.gzip).sort((a, b) => a - b);
    const total = buckets.reduce((sum, [, size]) => ({ min: sum.min + size.min, gzip: sum.gzip + size.gzip }), { min: 0, gzip: 0 });
    lazy.push({ name: `chunks/data-b*.js (lazy, ${buckets.length} files)`, ...total,
      what: `data by id, one file each: median ${(gz[gz.length >> 1] / KB).toFixed(1)} KB, largest ${(gz[gz.length - 1] / KB).toFixed(1)} KB` });
  }
  const all = [...new Set([...closure(join(dist, 'cifras.js')), ...[...lazyCost.keys()].filter((f) => /\/data-/.test(f)).flatMap(closure)])];
  const everything = { name: 'cifras.js + every data module', ...sizes(all), what: 'if a page showed every figure (the buckets overlap)' };
  return { entries, lazy, everything };
}

/** Where an entry stands: within its budget, over it but within its ceiling, or over both. */
export function verdict({ gzip, budget, ceiling }) {
  if (gzip <= budget) return 'ok';
  if (ceiling !== undefined && gzip <= ceiling) return 'over budget';
  return 'OVER';
}
