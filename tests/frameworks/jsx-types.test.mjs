// The JSX types and VS Code HTML data that the build generates from the Custom
// Elements Manifest (custom-elements-manifest.config.mjs): react/every-element.tsx
// uses every element with every attribute and type-checks against them, and
// refuses a wrong value and an unknown element (tsconfig.jsx.json: the tests'
// own type check has no JSX).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');
const pkg = JSON.parse(read('package.json'));
const jsxTypes = pkg.exports['./jsx'].types.replace(/^\.\//, '');
const vsCodeData = pkg.exports['./vscode.html-custom-data.json'].replace(/^\.\//, '');
if (!existsSync(`${root}${jsxTypes}`) || !existsSync(`${root}custom-elements.json`)) {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}

const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

test('the manifest lists the elements the package registers', () => {
  // src/widgets.ts imports every element the package registers (src/index.ts exports them all from it).
  const registered = [...read('src/widgets.ts').matchAll(/^import \{ (Cifras\w+) \} from '\.\/components\//gm)].map((m) => m[1]);
  assert.ok(read('src/index.ts').includes("export * from './widgets.js';"));
  assert.deepEqual(elements.map((d) => d.name).sort(), registered.sort());
});

test('the generated JSX types declare every element of the manifest', () => {
  const declared = read(jsxTypes).split('export type CustomElements = {')[1]?.split('\n};')[0] ?? '';
  for (const { tagName } of elements) assert.match(declared, new RegExp(`"${tagName}": Partial<`), `${jsxTypes} has no type for <${tagName}>`);
});

test('react/every-element.tsx uses every element with every attribute', () => {
  const tsx = read('tests/frameworks/react/every-element.tsx');
  for (const { tagName, attributes = [] } of elements) {
    const [tag] = tsx.match(new RegExp(`<${tagName}\\s[^>]*/>`)) ?? [];
    assert.ok(tag, `every-element.tsx does not use <${tagName}>`);
    for (const { name } of attributes) assert.match(tag, new RegExp(`\\s${name}[=\\s/]`), `<${tagName}> without ${name}`);
  }
});

test('every element type-checks with its attributes, and a wrong value or an unknown element does not', () => {
  const run = spawnSync(tsc, ['-p', 'tests/frameworks/tsconfig.jsx.json'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.error, undefined);
  assert.equal(run.status, 0, `tsc -p tests/frameworks/tsconfig.jsx.json:\n${run.stdout}${run.stderr}`);
});

test('VS Code HTML custom data describes every element and its attributes', () => {
  const { tags } = JSON.parse(read(vsCodeData));
  for (const { tagName, attributes = [] } of elements) {
    const tag = tags.find((t) => t.name === tagName);
    assert.ok(tag, `${vsCodeData} has no <${tagName}>`);
    assert.deepEqual(tag.attributes.map((a) => a.name).sort(), attributes.map((a) => a.name).sort(), tagName);
  }
});
