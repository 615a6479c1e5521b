// The data files conform to the JSON Schemas in data/schema/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
for (const name of ['figures', 'tables', 'conflicts', 'sources']) ajv.addSchema(read(`data/schema/${name}.schema.json`));
const validator = (name) => ajv.getSchema(`https://cifras.dev/schema/${name}.schema.json`);
const errorsOf = (validate) => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('data files match their JSON Schemas', () => {
  for (const file of readdirSync(new URL('../../data/figures/', import.meta.url))) {
    it(`figures/${file}`, () => {
      const validate = validator('figures');
      assert.ok(validate(read(`data/figures/${file}`)), errorsOf(validate).join('\n'));
    });
  }
  for (const name of ['tables', 'conflicts', 'sources']) {
    it(`${name}.json`, () => {
      const validate = validator(name);
      assert.ok(validate(read(`data/${name}.json`)), errorsOf(validate).join('\n'));
    });
  }
  it('rejects a figure with evidence and derived both, or neither', () => {
    const validate = validator('figures');
    const base = { id: 'icg.x', value: 1, unit: 'count', measure: { en: 'a', es: 'b' }, period: '2020', geography: 'MX', source: 'icg-2024' };
    assert.equal(validate([base]), false);
    assert.equal(validate([{ ...base, evidence: '1', locator: { section: 's' }, derived: { formula: '1', inputs: {}, decimals: 0 } }]), false);
    assert.equal(validate([{ ...base, evidence: '1', locator: { section: 's' } }]), true);
  });
});
