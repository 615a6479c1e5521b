// The whole-dataset export is a valid Frictionless Data Package: the descriptor
// validates against the published profile, and every CSV row casts to its schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import datapackage from 'datapackage';
import { buildDataPackage } from '../../scripts/build-data-package.mjs';

const dir = mkdtempSync(join(tmpdir(), 'cifras-data-'));
const descriptor = await buildDataPackage(dir);

test('the descriptor validates against the Data Package profile', async () => {
  const { valid, errors } = await datapackage.validate(descriptor);
  assert.ok(valid, errors.map((e) => e.message).join('\n'));
});

test('every tabular resource reads and casts to its schema', async () => {
  const pkg = await datapackage.Package.load(join(dir, 'datapackage.json'));
  assert.ok(pkg.valid, pkg.errors.map((e) => e.message).join('\n'));
  const figures = JSON.parse(readFileSync(new URL('../../data/figures/icg.json', import.meta.url), 'utf8'));
  let rows = 0;
  for (const resource of pkg.resources.filter((r) => r.tabular)) {
    const data = await resource.read({ keyed: true, cast: true });
    assert.ok(data.length > 0, `${resource.name} has rows`);
    rows += data.length;
  }
  const all = await pkg.getResource('figures').read({ keyed: true });
  const first = all.find((r) => r.id === figures[0].id);
  assert.equal(Number(first.value), figures[0].value);
  assert.equal(first.evidence, figures[0].evidence);
  assert.ok(rows > 300);
});

test('a descriptor that breaks the profile is rejected', async () => {
  const { valid } = await datapackage.validate({ ...descriptor, resources: [{ name: 'BAD NAME', path: 'x.csv' }] });
  assert.equal(valid, false);
});

test('sources ship as CSL-JSON and BibTeX, and the README in both languages', () => {
  assert.ok(JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')).some((s) => s.id === 'icg-2024'));
  assert.match(readFileSync(join(dir, 'sources.bib'), 'utf8'), /@techreport\{icg-2024,/);
  assert.match(readFileSync(join(dir, 'README.md'), 'utf8'), /Cifras dataset/);
  assert.match(readFileSync(join(dir, 'LEEME.md'), 'utf8'), /Conjunto de datos Cifras/);
});
