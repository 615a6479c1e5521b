#!/usr/bin/env node
// `npm run lint` (and the type-check step of `npm test`): the TypeScript type
// check, ESLint (typescript-eslint, eslint-plugin-lit, eslint-plugin-lit-a11y)
// and lit-analyzer. The linters live in tools/lint/ with their own lockfile:
// they need a TypeScript with the JavaScript compiler API (5.x), while the
// project compiles with TypeScript 7. They are installed there on first use
// (`npm ci --prefix tools/lint`). Exits 1 if any of the three finds a problem.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tools = join(root, 'tools', 'lint');
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0;
const bin = (dir, name) => join(dir, 'node_modules', '.bin', name);

/** Whether tools/lint/node_modules holds the exact versions its package.json names. */
function toolsInstalled() {
  const { devDependencies } = JSON.parse(readFileSync(join(tools, 'package.json'), 'utf8'));
  return Object.entries(devDependencies).every(([name, version]) => {
    const installed = join(tools, 'node_modules', name, 'package.json');
    return existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === version;
  });
}

if (!toolsInstalled()) {
  console.log('Installing the linters into tools/lint/ (npm ci --prefix tools/lint) …');
  if (!run('npm', ['ci', '--prefix', tools, '--no-audit', '--no-fund', '--loglevel=error'])) process.exit(1);
}

const steps = [
  ['data shards', process.execPath, [join(root, 'scripts', 'build-data-shards.mjs')]],
  ['tsc', bin(root, 'tsc'), ['-p', 'tsconfig.test.json']],
  ['eslint', bin(tools, 'eslint'), ['--config', join(tools, 'eslint.config.mjs'), '.']],
  // Its CSS parser predates container queries, `text-wrap` and a css`` template
  // that interpolates a list of declarations: no-invalid-css reports valid CSS.
  ['lit-analyzer', bin(tools, 'lit-analyzer'), ['src/**/*.ts', '--strict', '--quiet', '--rules.no-invalid-css', 'off']],
];
const failed = steps.filter(([, command, args]) => !run(command, args)).map(([name]) => name);
if (failed.length) {
  console.error(`lint: ${failed.join(', ')} found problems.`);
  process.exit(1);
}
