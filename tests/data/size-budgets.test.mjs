// The size budgets in CI, measured by size-limit (.size-limit.mjs): every
// entry of dist/ with what it costs a page, gzip -9, within its budget. The
// budgets are the README's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { BUDGETS, KB, entryFiles } from '../../scripts/lib/size.mjs';

const root = new URL('../../', import.meta.url).pathname;
if (!existsSync(`${root}dist/cifras.js`)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });

test('size-limit finds every entry within its budget', () => {
  const run = spawnSync(process.execPath, [`${root}node_modules/size-limit/bin.js`, '--json'], { cwd: root, encoding: 'utf8' });
  const results = JSON.parse(run.stdout);
  const elements = readdirSync(`${root}dist/elements`);
  assert.equal(results.length, elements.length + 2, 'cifras.js, embed-resize.js and every element');
  const over = results.filter((r) => !r.passed).map((r) => `${r.name}: ${(r.size / KB).toFixed(1)} KB`);
  assert.deepEqual(over, []);
  assert.equal(run.status, 0, run.stderr);
});

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

test("<cifras-chart> loads the time axis's columns only when it is a column chart", () => {
  const chart = entryFiles(`${root}dist`).find((entry) => entry.name === 'elements/cifras-chart.js');
  const carried = chart.files.filter((file) => /\/chunks\/(column-chart|time-model)-/.test(file));
  assert.deepEqual(carried, [], 'imported statically');
  assert.match(readFileSync(`${root}dist/elements/cifras-chart.js`, 'utf8'), /import\(["']\.\.\/chunks\/column-chart-[\w-]+\.js["']\)/);
});

test('the budgets are the ones the README gives', () => {
  // The README's table, under "## Size": | `dist/cifras.js` | 55 KB | …
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Size\n')) ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  const table = rows.map((row) => {
    const match = /^\| `(?:dist\/)?([\w/.-]+\.js)` \| ([\d.]+) KB \|/.exec(row);
    assert.ok(match, `a row of the README's table that names no entry and budget: ${row}`);
    return [match[1], Number(match[2]) * KB];
  });
  const budget = (name) => BUDGETS.find(([pattern]) => pattern.test(name))?.[1];
  // Every row says its entry's budget, and every budget has its row.
  for (const [name, size] of table) assert.equal(size, budget(name), `${name} in the README's table`);
  for (const [pattern, size] of BUDGETS) assert.ok(table.some(([name, given]) => pattern.test(name) && given === size), `no row of the README's table gives the budget of ${pattern} (${size / KB} KB)`);
  for (const name of ['cifras.js', 'elements/cifras-clashes-by-state.js', 'elements/cifras-homicides-disappearances.js', 'elements/cifras-chart.js', 'elements/cifras-value.js', 'embed-resize.js']) {
    assert.ok(table.some(([row]) => row === name), `${name} in the README's table`);
  }
});
