// The build minifies Lit's templates, and its minifier drops the spaces at a
// template's edges: html` <span>` comes out as html`<span>`, and the words
// either side run together ("about 2.3%(derived)"). Tests run the unminified
// source, so they would not see it; this guard does. Put a space that must
// stay in the enclosing template, or in an expression: ${' '}.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const src = join(import.meta.dirname, '..', '..', 'src');
const files = readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => join(src, f));

test('no Lit template starts or ends with a space the build would drop', () => {
  const found = [];
  for (const file of files) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (/\b(?:html|svg)`[ \t]+[^\s$]/.test(line) || /<\/[a-z]+>[ \t]+`/.test(line)) found.push(`${relative(src, file)}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, []);
});
