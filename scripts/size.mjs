#!/usr/bin/env node
// `npm run size`: the bytes each built entry costs a page, beside its budget
// (see scripts/lib/size.mjs for what is counted). Exits 1 while an entry is
// over budget. `npm test` holds the entries still over budget to their
// ceilings in scripts/size-ceilings.json, so CI fails on any step back.
//
//   npm run size                      the table; exit 1 while over budget
//   npm run size -- --lower-ceilings  after a saving: tighten the ceilings to
//                                     the sizes now (never raises one), drop
//                                     those of entries now within budget
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CEILINGS_FILE, KB, measure, readCeilings, verdict } from './lib/size.mjs';

const dist = resolve(import.meta.dirname, '..', 'dist');
if (!existsSync(join(dist, 'cifras.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const { entries, lazy, everything } = measure(dist);
const fmt = (n) => (n === undefined || n === Infinity ? '—' : `${(n / KB).toFixed(1)} KB`);
const table = [
  ['entry (with what it loads)', 'minified', 'gzip -9', 'budget', 'ceiling', '', ''],
  ...entries.map((e) => [e.name, fmt(e.min), fmt(e.gzip), fmt(e.budget), e.gzip > e.budget ? fmt(e.ceiling) : '', verdict(e), e.what]),
  ...lazy.map((l) => [l.name, fmt(l.min), fmt(l.gzip), '—', '', 'lazy', l.what]),
  [everything.name, fmt(everything.min), fmt(everything.gzip), '—', '', 'info', everything.what],
];
const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
for (const row of table) console.log(row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd());

const over = entries.filter((e) => e.gzip > e.budget);
const pastCeiling = entries.filter((e) => verdict(e) === 'OVER');
console.log(over.length ? `\n${over.length} entr${over.length > 1 ? 'ies are' : 'y is'} over budget${pastCeiling.length ? `; ${pastCeiling.length} past ${pastCeiling.length > 1 ? 'their ceilings' : 'its ceiling'} (${pastCeiling.map((e) => e.name).join(', ')})` : ', none past its ceiling'}.` : '\nAll entries within budget.');

if (process.argv.includes('--lower-ceilings')) {
  const old = readCeilings();
  const next = {};
  for (const e of over) {
    // The size now, rounded up to the next 0.1 KB, and 0.1 KB to spare.
    const now = (Math.ceil(e.gzip / 100) + 1) / 10;
    next[e.name] = old[e.name] === undefined ? now : Math.min(old[e.name], now);
  }
  writeFileSync(CEILINGS_FILE, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`Wrote ${CEILINGS_FILE.replace(`${resolve(import.meta.dirname, '..')}/`, '')}: ${Object.keys(next).length} ceilings.`);
}
process.exitCode = over.length ? 1 : 0;
