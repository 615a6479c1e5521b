// The size budgets of `npm run size`, in CI: an entry within its budget stays
// there, and one not yet within it may not grow past its ceiling
// (scripts/size-ceilings.json), so any step back fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { KB, measure, readCeilings } from '../../scripts/lib/size.mjs';

const root = new URL('../../', import.meta.url).pathname;
if (!existsSync(`${root}dist/cifras.js`)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const { entries } = measure(`${root}dist`);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

test('no element carries the search for close ids: it loads, with every id, when an id turns out unknown', () => {
  const elements = readdirSync(`${root}dist/elements`);
  const lazy = elements.filter((file) => /import\(["']\.\.\/chunks\/closest-[\w-]+\.js["']\)/.test(readFileSync(`${root}dist/elements/${file}`, 'utf8')));
  // The elements that take ids by attribute ask for it (value, cite, sources, key figure, table chart).
  assert.ok(lazy.length >= 5, `${lazy.join(', ')}`);
  for (const file of elements) {
    const code = readFileSync(`${root}dist/elements/${file}`, 'utf8');
    assert.doesNotMatch(code, /from\s*["']\.\.\/chunks\/closest-/, `${file} imports it statically`);
    // Its one line of Levenshtein: min(previous[j] + 1, current[j - 1] + 1, …), minified.
    assert.doesNotMatch(code, /Math\.min\(\w+\[\w+\]\+1,\w+\[\w+-1\]\+1/, `${file} carries it`);
  }
});

for (const entry of entries) {
  test(`${entry.name} is within its budget, or not past its ceiling`, () => {
    if (entry.gzip <= entry.budget) return;
    assert.ok(entry.ceiling !== undefined, `${entry.name}: ${kb(entry.gzip)} gzip, over its budget of ${kb(entry.budget)}, with no ceiling`);
    assert.ok(entry.gzip <= entry.ceiling, `${entry.name}: ${kb(entry.gzip)} gzip, past its ceiling of ${kb(entry.ceiling)} (budget ${kb(entry.budget)})`);
  });
}

test('the ceilings are tight: none for an entry within budget, none far above its entry', () => {
  const byName = new Map(entries.map((e) => [e.name, e]));
  for (const [name, ceiling] of Object.entries(readCeilings())) {
    const entry = byName.get(name);
    assert.ok(entry, `a ceiling for ${name}, which is not built`);
    assert.ok(entry.gzip > entry.budget, `${name} is within its budget now: drop its ceiling (npm run size -- --lower-ceilings)`);
    assert.ok(ceiling * KB - entry.gzip <= 0.5 * KB, `${name} is ${kb(entry.gzip)}, well under its ceiling of ${ceiling} KB: lower it (npm run size -- --lower-ceilings)`);
  }
});

test('the budgets are the ones the README gives', () => {
  const budget = (name) => entries.find((e) => e.name === name).budget;
  assert.equal(budget('cifras.js'), 55 * KB);
  assert.equal(budget('elements/cifras-clashes-by-state.js'), 22 * KB);
  assert.equal(budget('elements/cifras-value.js'), 10 * KB);
});
