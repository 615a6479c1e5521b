// The README opens with a picture of a chart that the build drew, then the three
// ways in, shortest first (a journalist, a blogger, a developer), then the reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const readme = readFileSync(`${root}README.md`, 'utf8');
const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

test('the README opens with a picture of a chart, a PNG of reasonable size in the repository', () => {
  const opening = readme.split(/^## /m)[0];
  const [first] = opening.split('\n').filter((line) => line.trim() && !line.startsWith('# '));
  const image = /<img src="([^"]+)"[^>]* alt="([^"]{20,})"/.exec(first ?? '') ?? /^!\[([^\]]{20,})\]\(([^)]+)\)/.exec(first ?? '')?.slice(0, 3).reverse();
  assert.ok(image, `the first thing under the title is a picture with a text alternative: ${first}`);
  const path = image[1];
  assert.doesNotMatch(path, /^(https?:|\/)/, 'a file of the repository, so it shows on any copy');
  assert.ok(existsSync(`${root}${path}`), `${path} exists`);
  const bytes = readFileSync(`${root}${path}`);
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], `${path} is a PNG`);
  assert.ok(statSync(`${root}${path}`).size < 150_000, `${path} is under 150 KB`);
});

test('the README\'s picture is the one the build draws, not an old one', () => {
  const path = /<img src="([^"]+)"/.exec(readme)[1];
  const built = `${root}dist/static/${basename(path)}`;
  if (!existsSync(built)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  assert.ok(existsSync(built), `the build writes dist/static/${basename(path)}`);
  assert.ok(readFileSync(built).equals(readFileSync(`${root}${path}`)), `${path} differs from the build's: cp dist/static/${basename(path)} ${path}`);
});

test('then the journalist\'s, the blogger\'s and the developer\'s paths, in that order, before the reference', () => {
  const paths = ['For journalists', 'For bloggers', 'For developers', 'Reference'].map((start) => headings.findIndex((h) => h.startsWith(start)));
  assert.deepEqual(paths, [0, 1, 2, 3], `the first headings: ${headings.slice(0, 5).join(' | ')}`);
  const section = (start) => readme.split(/^## /m).find((s) => s.startsWith(start));
  // The journalist copies a snippet from the gallery; the blogger pastes a script tag; the developer installs the package.
  assert.match(section('For journalists'), /gallery[\s\S]*Copy/);
  assert.match(section('For bloggers'), /<script type="module" src="[^"]+cifras\.js"><\/script>/);
  assert.match(section('For developers'), /npm install cifras/);
  // The reference follows: every other section comes after it.
  for (const heading of ['Quick start', 'The elements', 'Host it yourself today', 'No JavaScript: static snapshots', 'Size']) {
    assert.ok(headings.indexOf(heading) > 3, `${heading} is in the reference`);
  }
});
