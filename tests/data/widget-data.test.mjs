// Each widget declares the tables and figures it draws in its folder's data.json, and the
// build splits its data module from that list. This checks the declaration against the code:
// an id the code names but data.json leaves out would be missing from the chart's data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const components = join(root, 'src', 'components');
const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const figureIds = readdirSync(join(root, 'data', 'figures')).filter((f) => f.endsWith('.json')).flatMap((f) => read(`data/figures/${f}`)).map((f) => f.id);
const tableIds = new Set(read('data/tables.json').map((t) => t.id));

/** Dataset ids the folder's code names: quoted whole, or as the prefix of a template (`icg.clashes-monthly-average.${p}`). */
function idsNamedIn(folder) {
  const text = readdirSync(folder).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(folder, f), 'utf8')).join('\n');
  const literals = new Set([...text.matchAll(/'([A-Za-z0-9._-]+)'/g)].map((m) => m[1]));
  const prefixes = [...text.matchAll(/`([A-Za-z0-9_-]+\.[A-Za-z0-9._-]+)\$\{/g)].map((m) => m[1]);
  return {
    figures: figureIds.filter((id) => literals.has(id) || prefixes.some((prefix) => id.startsWith(prefix))),
    tables: [...literals].filter((id) => tableIds.has(id)),
    usesData: /import\('\.\.\/\.\.\/data\/shards\/widgets\/[a-z-]+\.json'\)/.test(text),
  };
}

const widgets = readdirSync(components).filter((name) => existsSync(join(components, name, `${name}.ts`)));

for (const name of widgets) {
  const folder = join(components, name);
  const named = idsNamedIn(folder);
  const declaredFile = join(folder, 'data.json');
  test(`${name}: data.json declares every dataset id its code names`, () => {
    if (!named.usesData) {
      assert.equal(named.figures.length + named.tables.length, 0, `${name} names dataset ids but loads no data module of its own`);
      return;
    }
    assert.ok(existsSync(declaredFile), `${name} loads a data module but has no data.json`);
    const declared = JSON.parse(readFileSync(declaredFile, 'utf8'));
    assert.deepEqual((declared.figures ?? []).filter((id) => !figureIds.includes(id)), [], 'figures the dataset does not have');
    assert.deepEqual((declared.tables ?? []).filter((id) => !tableIds.has(id)), [], 'tables the dataset does not have');
    assert.deepEqual(named.figures.filter((id) => !(declared.figures ?? []).includes(id)), [], 'figures named in the code but not declared');
    assert.deepEqual(named.tables.filter((id) => !(declared.tables ?? []).includes(id)), [], 'tables named in the code but not declared');
  });
}
