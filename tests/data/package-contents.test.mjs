// What `npm pack` ships: everything the exports map promises, types and the
// Custom Elements Manifest, and nothing from the tests or the demo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
if (!existsSync(`${root}dist/cifras.js`) || !existsSync(`${root}custom-elements.json`)) {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json', '--loglevel=error'], { cwd: root, encoding: 'utf8' }));
const files = new Set(pack.files.map((f) => f.path));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

test('ships every file the exports map names', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
      const file = path.replace(/^\.\//, '');
      if (file.includes('*')) {
        const pattern = new RegExp(`^${file.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`);
        assert.ok([...files].some((f) => pattern.test(f)), `${entry} → ${path}`);
      } else {
        assert.ok(files.has(file), `${entry} → ${path}`);
      }
    }
  }
});

test('ships one module per element, types with the tag-name map, and the manifest', () => {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName);
  assert.ok(tags.length >= 17, `${tags.length} elements in the manifest`);
  for (const tag of tags) assert.ok(files.has(`dist/elements/${tag}.js`), `dist/elements/${tag}.js`);
  const clashes = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'cifras-clashes-by-state');
  assert.ok(clashes.attributes.some((a) => a.name === 'highlight'));
  assert.ok(clashes.cssParts.some((p) => p.name === 'marks'));
  const typings = readFileSync(`${root}dist/types/src/components/clashes-by-state/clashes-by-state.d.ts`, 'utf8');
  assert.match(typings, /'cifras-clashes-by-state': CifrasClashesByState/);
});

test("the exports map gives each element's module the types of its own class, and old resolvers the subpaths' types", () => {
  const [[key, target]] = Object.entries(pkg.exports).filter(([entry]) => entry.startsWith('./elements/'));
  const [prefix, suffix] = key.split('*');
  const modules = [...files].filter((f) => /^dist\/elements\/.+\.js$/.test(f));
  assert.ok(modules.length >= 17);
  for (const file of modules) {
    const specifier = `./${file.replace(/^dist\//, '')}`;
    assert.ok(specifier.startsWith(prefix) && specifier.endsWith(suffix), `${specifier} matches ${key}`);
    const match = specifier.slice(prefix.length, specifier.length - suffix.length);
    const types = target.types.replace(/\*/g, match).replace(/^\.\//, '');
    assert.ok(files.has(types), `${specifier} → ${types}`);
    const [exported] = [...readFileSync(`${root}${file}`, 'utf8').matchAll(/\bas (Cifras\w+)/g)].map((m) => m[1]);
    assert.match(readFileSync(`${root}${types}`, 'utf8'), new RegExp(`export declare class ${exported}\\b`), `${types} declares ${exported}`);
  }
  for (const [subpath, [types]] of Object.entries(pkg.typesVersions['*'])) assert.equal(types, pkg.exports[`./${subpath}`].types, subpath);
});

test('each element module and cifras.js stand alone: one request, code split off only where it loads on demand', () => {
  const modules = ['dist/cifras.js', ...[...files].filter((f) => /^dist\/elements\/.+\.js$/.test(f))];
  for (const file of modules) {
    const code = readFileSync(`${root}${file}`, 'utf8');
    assert.doesNotMatch(code, /(?:^|[;}])\s*(?:import|export)\s*[^(]*?from\s*["']/, `${file} imports another file statically`);
    assert.match(code, /customElements/, `${file} defines its element itself`);
  }
  const panels = [...files].filter((f) => /^dist\/chunks\/chart-action-panels-/.test(f)).map((f) => readFileSync(`${root}${f}`, 'utf8'));
  assert.ok(panels.length > 0 && panels.every((code) => code.includes('"./styled-citations.js"')), 'the Cite panel loads the one shared citation processor');
  assert.ok(files.has('dist/chunks/styled-citations.js'));
});

test('the bundles carry only the d3 parts Cifras draws with: straight lines and series symbols, no unused curves, and only in the line chart\'s chunk', () => {
  // d3-shape's curves are made by top-level calls; scripts/pure-top-level-calls.mjs lets Rollup drop them.
  const scripts = [...files].filter((f) => /^dist\/.+\.js$/.test(f));
  const drawingLines = scripts.filter((file) => /lineStart/.test(readFileSync(`${root}${file}`, 'utf8')));
  assert.ok(drawingLines.some((file) => file.startsWith('dist/chunks/')), 'a chunk draws lines with d3-shape');
  for (const file of ['dist/cifras.js', 'dist/elements/cifras-chart.js']) assert.ok(!drawingLines.includes(file), `${file} carries the line layout that loads when a line is drawn`);
  for (const file of drawingLines) {
    const code = readFileSync(`${root}${file}`, 'utf8');
    for (const curve of ['_alpha', '_beta', '_k']) assert.doesNotMatch(code, new RegExp(`\\.${curve}\\b`), `${file} carries a curve it never draws (${curve})`);
  }
});

test('the parts of a whole (stacked bars and <cifras-chart>\'s waffles) load on demand: no element file and not cifras.js carries their code', () => {
  const scripts = [...files].filter((f) => /^dist\/(cifras|elements\/.+|chunks\/.+)\.js$/.test(f));
  // A property of the stack layout's defaults and a class of its drawing: names minification keeps.
  const carrying = scripts.filter((file) => /groupBarHeight|frame-ticks/.test(readFileSync(`${root}${file}`, 'utf8')));
  assert.ok(carrying.some((file) => file.startsWith('dist/chunks/')), 'a chunk draws stacked bars');
  assert.deepEqual(carrying.filter((file) => !file.startsWith('dist/chunks/')), []);
});

test('a chart file carries its own data and no loader for data by id; the elements that take ids have the loader, and cifras.js fetches each chart\'s data', () => {
  const elements = [...files].filter((f) => /^dist\/elements\/.+\.js$/.test(f));
  const ownData = (file) => [...files].some((f) => f === `dist/chunks/data-${file.match(/cifras-(.+)\.js$/)[1]}.js`);
  const byId = ['cifras-value', 'cifras-cite', 'cifras-sources', 'cifras-key-figure', 'cifras-table-chart'];
  assert.ok(elements.filter(ownData).length >= 10, 'charts with their own data module');
  for (const file of elements) {
    const code = readFileSync(`${root}${file}`, 'utf8');
    const loadsBuckets = /data-b\d\d\.js/.test(code);
    if (ownData(file)) {
      assert.ok(!loadsBuckets, `${file} carries the loader for data by id`);
      assert.doesNotMatch(code, /chunks\/data-[\w-]+\.js/, `${file} fetches its chart's data instead of carrying it`);
    }
    if (byId.some((tag) => file.endsWith(`/${tag}.js`))) assert.ok(loadsBuckets, `${file} cannot load data by id`);
  }
  const all = readFileSync(`${root}dist/cifras.js`, 'utf8');
  assert.match(all, /data-b\d\d\.js/, 'cifras.js loads data by id');
  assert.match(all, /import\("\.\/chunks\/data-extraditions\.js"\)/, 'cifras.js fetches each chart\'s data when that chart is drawn');
});

test('ships the licence, both changelogs, the bundle, the manifest and the types', () => {
  for (const file of ['LICENSE', 'CHANGELOG.md', 'data/CHANGELOG.md', 'README.md', 'dist/cifras.js', 'custom-elements.json', pkg.types.replace(/^\.\//, '')]) {
    assert.ok(files.has(file), `${file} is not in the package`);
  }
  assert.match(readFileSync(`${root}LICENSE`, 'utf8'), new RegExp(`^${pkg.license} License\\n\\nCopyright \\(c\\) \\d{4} The Cifras authors`));
});

test('npm publish --dry-run accepts the package as it is', () => {
  const run = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts', '--json', '--loglevel=error'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, `npm publish --dry-run:\n${run.stdout}${run.stderr}`);
  const report = JSON.parse(run.stdout);
  const published = report[pkg.name] ?? report; // npm 11 keys the report by package name
  assert.equal(published.id, `${pkg.name}@${pkg.version}`);
  assert.ok(published.files.some((f) => f.path === 'LICENSE'), 'the published files include LICENSE');
});

test('npm pack leaves no tarball in the clone: *.tgz is ignored by git', () => {
  const run = spawnSync('git', ['check-ignore', '--no-index', '-q', `${pkg.name}-${pkg.version}.tgz`], { cwd: root });
  assert.equal(run.status, 0, `git does not ignore ${pkg.name}-${pkg.version}.tgz`);
});

test('ships nothing from the tests, the demo or the sources of the data', () => {
  for (const file of files) {
    assert.doesNotMatch(file, /^(tests|demo|scripts|src|data\/figures|build)\//, file);
  }
});

test('cifras.js asks V8 to compile it off the main thread; a single element\'s file does not', () => {
  // The hint kept the 50-widget article's load free of tasks over 50 ms (bench); on one chart it gained nothing and cost bytes.
  assert.ok(readFileSync(`${root}dist/cifras.js`, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'));
  assert.ok(!readFileSync(`${root}dist/elements/cifras-clashes-by-state.js`, 'utf8').includes('allFunctionsCalledOnLoad'));
});

test('the README\'s "Host it yourself today" names only files the build writes into dist/', () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const section = readme.split('\n## Host it yourself today\n')[1]?.split('\n## ')[0] ?? '';
  const named = [...new Set([...section.matchAll(/\/cifras\/([\w./-]+\.(?:json|js|html))\b/g)].map((m) => m[1]))];
  assert.ok(named.length >= 4, `files named: ${named.join(', ')}`);
  for (const file of named) assert.ok(existsSync(`${root}dist/${file}`), `dist/${file}`);
  const manifest = JSON.parse(readFileSync(`${root}dist/manifest.json`, 'utf8'));
  assert.match(manifest.files['cifras.js'].integrity, /^sha384-/, 'dist/manifest.json gives cifras.js its SRI hash');
});

test('the release workflow publishes from a version tag, with provenance, only after npm test and a dependency audit', () => {
  const workflow = readFileSync(`${root}.github/workflows/release.yml`, 'utf8');
  assert.match(workflow, /^\s+tags: \['v\*\.\*\.\*'\]$/m);
  assert.match(workflow, /^\s+id-token: write\b/m);
  const steps = [...workflow.matchAll(/^\s+- run: (.+)$/gm)].map((m) => m[1]);
  const order = ['npm ci', 'npm test', 'npm audit --audit-level=high', 'npm publish --provenance --access public'].map((step) => steps.indexOf(step));
  assert.ok(order.every((index, i) => index >= 0 && (i === 0 || index > order[i - 1])), `steps in order: ${steps.join(' → ')}`);
});
