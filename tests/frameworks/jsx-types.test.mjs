// The README's JSX declarations for React, type-checked: the component from the
// README compiles with them, and they refuse a wrong prop type and a misspelt
// prop (tsconfig.jsx.json: the tests' own type check has no JSX).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));

test('the README’s JSX declarations type-check the README’s React component and refuse bad props', () => {
  const run = spawnSync(tsc, ['-p', 'tests/frameworks/tsconfig.jsx.json'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.error, undefined);
  assert.equal(run.status, 0, `tsc -p tests/frameworks/tsconfig.jsx.json:\n${run.stdout}${run.stderr}`);
});
