// `npm start` checks the dev server's port before it builds: a busy port is
// named, with the way to pick another, and stops it with a non-zero exit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/check-port.mjs', import.meta.url));
const check = (port) => spawnSync(process.execPath, [script], { env: { ...process.env, PORT: String(port) }, encoding: 'utf8' });
const listen = () => new Promise((resolve) => {
  const server = createServer();
  server.listen({ port: 0, host: 'localhost' }, () => resolve(server));
});
const close = (server) => new Promise((resolve) => server.close(resolve));

test('a busy port: names it, says how to pick another, exits 1', async () => {
  const server = await listen();
  const { port } = server.address();
  try {
    const run = check(port);
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`Port ${port} on localhost is busy`));
    assert.match(run.stderr, /PORT=\d+ npm start/);
  } finally {
    await close(server);
  }
});

test('a free port: silent, exits 0', async () => {
  const server = await listen();
  const { port } = server.address();
  await close(server);
  const run = check(port);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
});

test('a PORT that is not a port number: says so, exits 1', () => {
  const run = check('eighty');
  assert.equal(run.status, 1);
  assert.match(run.stderr, /PORT="eighty" is not a port number/);
});
