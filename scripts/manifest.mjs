#!/usr/bin/env node
// Writes dist/manifest.json: every built script with its size and Subresource
// Integrity hash, so pages can pin exactly the file they were written against.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? (name === 'data' || name === 'static' ? [] : files(path)) : [path];
});
const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
const entries = files(dist).filter((f) => /\.(js|css|html)$/.test(f)).sort().map((path) => {
  const body = readFileSync(path);
  return [relative(dist, path), { bytes: body.length, integrity: `sha384-${createHash('sha384').update(body).digest('base64')}` }];
});
writeFileSync(join(dist, 'manifest.json'), `${JSON.stringify({ name: 'cifras', version, files: Object.fromEntries(entries) }, null, 2)}\n`);
console.log(`dist/manifest.json: ${entries.length} files`);
