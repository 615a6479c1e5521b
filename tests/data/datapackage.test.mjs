// The whole-dataset export is a valid Frictionless Data Package: the descriptor
// validates against the published profiles, and every CSV row casts to its schema.
// The profiles (Data Package and Tabular Data Resource, v1, from
// specs.frictionlessdata.io/schemas) are kept in tests/fixtures/frictionless/ and
// checked with Ajv; the CSV is read and cast here, as the Table Schema spec says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { buildDataPackage } from '../../scripts/build-data-package.mjs';
import { parseCsv } from '../helpers/csv.js';

const dir = mkdtempSync(join(tmpdir(), 'cifras-data-'));
const descriptor = await buildDataPackage(dir);

/** A v1 profile (draft-04, none of whose keywords changed meaning since) as an Ajv validator; formats are not checked. */
const profile = (name) => {
  const { $schema: _draft, ...schema } = JSON.parse(readFileSync(new URL(`../fixtures/frictionless/${name}.json`, import.meta.url), 'utf8'));
  return new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
};
const packageProfile = profile('data-package');
const tabularProfile = profile('tabular-data-resource');
const problems = (validate) => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');

/** Table Schema casts for the types the package uses; a value that does not cast throws. */
const CAST = {
  string: (text) => text,
  number: (text) => {
    assert.match(text, /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/, `"${text}" is a number`);
    return Number(text);
  },
  integer: (text) => {
    assert.match(text, /^-?\d+$/, `"${text}" is an integer`);
    return Number(text);
  },
};

/** A tabular resource's rows as objects, each value cast to its field's type, required fields and the primary key checked. */
function readTable(resource) {
  const [header, ...rows] = parseCsv(readFileSync(join(dir, resource.path), 'utf8'));
  const { fields, primaryKey, missingValues = [''] } = resource.schema;
  assert.deepEqual(header, fields.map((f) => f.name), `${resource.name}: header`);
  const keys = new Set();
  return rows.map((cells, n) => {
    assert.equal(cells.length, fields.length, `${resource.name} row ${n + 1}: field count`);
    const record = Object.fromEntries(fields.map((field, i) => {
      const missing = missingValues.includes(cells[i]);
      if (field.constraints?.required) assert.ok(!missing, `${resource.name} row ${n + 1}: ${field.name} is required`);
      return [field.name, missing ? null : CAST[field.type](cells[i])];
    }));
    if (primaryKey) {
      const key = [primaryKey].flat().map((name) => record[name]).join('\u0000');
      assert.ok(!keys.has(key), `${resource.name}: primary key ${key} is unique`);
      keys.add(key);
    }
    return record;
  });
}

const tabular = descriptor.resources.filter((r) => r.profile === 'tabular-data-resource');

test('the descriptor validates against the Data Package profile, and each table against the Tabular Data Resource profile', () => {
  assert.ok(packageProfile(descriptor), problems(packageProfile));
  assert.ok(tabular.length > 2);
  for (const resource of tabular) assert.ok(tabularProfile(resource), `${resource.name}: ${problems(tabularProfile)}`);
});

test('every tabular resource reads and casts to its schema', () => {
  const figures = JSON.parse(readFileSync(new URL('../../data/figures/icg.json', import.meta.url), 'utf8'));
  let rows = 0;
  for (const resource of tabular) {
    const data = readTable(resource);
    assert.ok(data.length > 0, `${resource.name} has rows`);
    rows += data.length;
  }
  const first = readTable(tabular.find((r) => r.name === 'figures')).find((r) => r.id === figures[0].id);
  assert.equal(first.value, figures[0].value);
  assert.equal(first.evidence, figures[0].evidence);
  assert.ok(rows > 300);
});

test('a descriptor or a table that breaks the profiles is rejected', () => {
  assert.equal(packageProfile({ ...descriptor, resources: [{ name: 'BAD NAME', path: 'x.csv' }] }), false);
  assert.equal(packageProfile({ ...descriptor, resources: [] }), false);
  assert.equal(tabularProfile({ ...tabular[0], schema: { fields: [{ name: 'x', type: 'no-such-type' }] } }), false);
  assert.throws(() => CAST.number('12 homicides'));
});

test('sources ship as CSL-JSON and BibTeX, and the README in both languages', () => {
  assert.ok(JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')).some((s) => s.id === 'icg-2024'));
  assert.match(readFileSync(join(dir, 'sources.bib'), 'utf8'), /@techreport\{icg-2024,/);
  assert.match(readFileSync(join(dir, 'README.md'), 'utf8'), /Cifras dataset/);
  assert.match(readFileSync(join(dir, 'LEEME.md'), 'utf8'), /Conjunto de datos Cifras/);
});
