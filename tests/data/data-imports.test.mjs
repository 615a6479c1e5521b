// What each `cifras/data` import costs an app: bundled as an app's bundler does
// (Rollup with node-resolve, which reads package.json's "exports" and
// "sideEffects"), `loadFigure`/`loadTable` keep the dataset out of the main
// bundle and fetch one bucket per record; `defaultCatalog` brings all of it.
// The README's "What each import costs" gives these numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = fileURLToPath(new URL('../..', import.meta.url));
if (!existsSync(join(root, 'dist/data.js'))) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });

/** An app that depends on the package: node_modules/cifras is this repository. */
const app = mkdtempSync(join(tmpdir(), 'cifras-app-'));
mkdirSync(join(app, 'node_modules'));
symlinkSync(root, join(app, 'node_modules', 'cifras'), 'dir');
process.on('exit', () => rmSync(app, { recursive: true, force: true }));

/** The app's entry chunk and lazy chunks, minified, in bytes (gzip -9 for the entry too). */
async function bundle(code) {
  const entry = join(app, 'entry.js');
  const bundled = await rollup({
    input: entry,
    plugins: [{ name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? code : null) }, nodeResolve({ rootDir: app })],
    onwarn: () => {},
  });
  const { output } = await bundled.generate({ format: 'es', plugins: [terser({ format: { comments: false } })] });
  await bundled.close();
  const main = output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  const lazy = output.filter((chunk) => chunk.type === 'chunk' && !chunk.isEntry && chunk.isDynamicEntry);
  return { main: main.code.length, gzip: gzipSync(main.code, { level: 9 }).length, code: main.code, lazy: lazy.map((chunk) => chunk.code.length) };
}

/** A source as the buckets ship it: without the seed file's name, which only the dataset's validation reads. */
const withoutSeed = ({ custom: { seed: _, ...custom } = {}, ...source }) => ({ ...source, custom });
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

test('loadFigure and loadTable leave the dataset out of the main bundle and fetch a bucket of a few KB per record', async () => {
  const whole = await bundle("import { defaultCatalog } from 'cifras/data';\nconsole.log(defaultCatalog.figure('icg.homicides.2019'));");
  const byId = await bundle("import { loadFigure, loadTable } from 'cifras/data';\nloadFigure('icg.homicides.2019').then(console.log);\nloadTable('armed-groups').then(console.log);");
  console.log(`defaultCatalog: ${kb(whole.main)} minified (${kb(whole.gzip)} gzip); loadFigure + loadTable: ${kb(byId.main)} (${kb(byId.gzip)} gzip) `
    + `and ${byId.lazy.length} lazy chunks of ${kb(Math.min(...byId.lazy))}–${kb(Math.max(...byId.lazy))}`);
  assert.ok(whole.main > 150 * 1024, `defaultCatalog brings the dataset: ${kb(whole.main)}`);
  assert.ok(byId.main < 10 * 1024, `loadFigure's main bundle: ${kb(byId.main)}`);
  assert.doesNotMatch(byId.code, /Generals’ Labyrinth/, 'a source of the dataset in the main bundle');
  assert.ok(byId.lazy.length >= 32, `${byId.lazy.length} lazy chunks: one per bucket, and the ids for suggestions`);
  // A bucket holds its records with all they need, the figures each disagrees with among them: 33 KB at most
  // with dataset 0.2.0 (about 9 KB gzip), against 1 MB for the whole dataset.
  assert.ok(Math.max(...byId.lazy) < 40 * 1024, `the largest bucket: ${kb(Math.max(...byId.lazy))}`);
});

test('loadFigure, loadTable and loadSource give what defaultCatalog has; an unknown id rejects with close ids', async () => {
  const data = await import(join(root, 'dist/data.js'));
  const { defaultCatalog } = data;
  assert.deepEqual(await data.loadFigure('icg.homicides.2019'), defaultCatalog.figure('icg.homicides.2019'));
  const derived = defaultCatalog.data.figures.find((f) => f.derived);
  assert.deepEqual(await data.loadFigure(derived.id), derived);
  for (const input of Object.values(derived.derived.inputs)) assert.deepEqual(data.loadedCatalog.figure(input), defaultCatalog.figure(input), `input ${input} came with it`);
  const { table, figures } = await data.loadTable('armed-groups');
  assert.deepEqual(table, defaultCatalog.table('armed-groups'));
  assert.deepEqual(figures, defaultCatalog.tableFigures('armed-groups'));
  for (const figure of figures) assert.deepEqual(withoutSeed(data.loadedCatalog.source(figure.source)), withoutSeed(defaultCatalog.source(figure.source)));
  assert.equal((await data.loadSource('icg-2024')).title, defaultCatalog.source('icg-2024').title);
  await assert.rejects(data.loadFigure('icg.homicides.2091'), (error) => error instanceof data.UnknownIdError && error.suggestions.includes('icg.homicides.2019'));
});
