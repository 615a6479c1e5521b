// The README's framework examples are the code the framework tests run: each
// snippet must match its test file (spacing aside), so neither can change alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');
const squeeze = (text) => text.replace(/\s+/g, ' ').trim();
const readme = read('../../README.md');

/** The README's fenced code blocks in a language. */
const blocks = (lang) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

test('the README’s React component is tests/frameworks/react/Clashes.tsx', () => {
  assert.deepEqual(blocks('tsx').map(squeeze), [squeeze(read('react/Clashes.tsx'))]);
});

test('the README’s JSX declarations are tests/frameworks/react/cifras-jsx.d.ts', () => {
  assert.ok(blocks('ts').map(squeeze).includes(squeeze(read('react/cifras-jsx.d.ts'))));
});

test('the README’s Svelte component is tests/frameworks/svelte/Clashes.svelte', () => {
  assert.deepEqual(blocks('svelte').map(squeeze), [squeeze(read('svelte/Clashes.svelte'))]);
});

test('the README’s Vue app is the one tests/frameworks/vue.test.ts mounts', () => {
  const [snippet] = blocks('js').filter((block) => block.includes('isCustomElement'));
  assert.ok(snippet, 'no Vue example in the README');
  const app = squeeze(snippet.slice(snippet.indexOf('const app = createApp('), snippet.indexOf("app.mount('#app')")));
  assert.ok(squeeze(read('vue.test.ts')).includes(app), `vue.test.ts does not contain the README's\n${app}`);
  assert.ok(snippet.includes("from 'vue/dist/vue.esm-browser.js'") && read('vue.test.ts').includes("from 'vue/dist/vue.esm-browser.js'"));
});
