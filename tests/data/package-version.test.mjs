import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('src/version.ts names the version in package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const source = readFileSync(new URL('../../src/version.ts', import.meta.url), 'utf8');
  assert.match(source, new RegExp(`PACKAGE_VERSION = '${pkg.version.replace(/\./g, '\\.')}'`));
});
