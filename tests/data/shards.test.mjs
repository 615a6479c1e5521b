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

test('a widget\'s module holds what it draws; its provenance module, what only its sources panel shows', () => {
  buildShards();
  const dir = 'src/data/shards/widgets';
  const figures = new Map(readdirSync(join(root, 'data', 'figures')).flatMap((f) => read(`data/figures/${f}`)).map((r) => [r.id, r]));
  const conflicts = read('data/conflicts.json');
  for (const file of readdirSync(join(root, dir)).filter((f) => !f.includes('.provenance.'))) {
    const core = read(`${dir}/${file}`);
    const full = read(`${dir}/${file.replace('.json', '.provenance.json')}`);
    for (const group of core.conflicts) {
      // Each group a chart draws a figure of, without its words: those come with the provenance.
      assert.deepEqual(Object.keys(group).sort(), ['figures', 'id', 'slim'], `${file}: ${group.id}`);
      assert.ok(full.conflicts.some((c) => c.id === group.id && c.explanation), `${file}: ${group.id} whole in the provenance`);
    }
    const sources = new Set(core.sources.map((s) => s.id));
    for (const figure of core.figures) {
      assert.ok(sources.has(figure.source), `${file}: ${figure.id}'s document`);
      // Drawn without the words it is quoted in: those come with the provenance, whole.
      assert.equal(figure.slim, true, `${file}: ${figure.id} slim`);
      assert.equal(figure.evidence, undefined, `${file}: ${figure.id}'s evidence`);
      const whole = full.figures.find((f) => f.id === figure.id);
      assert.deepEqual(whole, figures.get(figure.id), `${file}: ${figure.id} whole in the provenance`);
      const group = conflicts.find((c) => c.figures.includes(figure.id));
      assert.equal(core.conflicts.find((c) => c.figures.includes(figure.id))?.id, group?.id, `${file}: ${figure.id}'s group`);
      if (group) for (const id of group.figures) assert.ok(full.figures.some((f) => f.id === id), `${file}: ${id} in the provenance`);
      const primary = figures.get(figure.id).primarySource;
      if (primary) assert.ok(full.sources.some((s) => s.id === primary), `${file}: ${primary} in the provenance`);
    }
    assert.ok(full.figures.length >= core.figures.length, file);
  }
});
