// What the browser bundles get of the dataset: every source as the dataset has
// it, less what only the dataset's validation reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildShards } from '../../scripts/build-data-shards.mjs';

const root = join(import.meta.dirname, '..', '..');
const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

test('the data modules carry each source without the name of its seed file', () => {
  buildShards();
  const sources = new Map(read('data/sources.json').map((s) => [s.id, s]));
  const dir = 'src/data/shards';
  const modules = [...readdirSync(join(root, dir)).filter((f) => /^b\d\d\.json$/.test(f)), ...readdirSync(join(root, dir, 'widgets')).map((f) => `widgets/${f}`)];
  let seeded = 0;
  for (const file of modules) {
    for (const shipped of read(`${dir}/${file}`).sources) {
      const { custom, ...original } = sources.get(shipped.id);
      const { seed, ...rest } = custom ?? {};
      if (seed) seeded++;
      assert.deepEqual(shipped, Object.keys(rest).length ? { ...original, custom: rest } : original, `${file}: ${shipped.id}`);
    }
  }
  assert.ok(seeded > 0, 'some shipped sources have a seed file in the dataset');
});
