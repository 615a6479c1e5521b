// What a reader copies from the Cite panel reads back, in a real BibTeX and RIS parser (citation-js),
// as exactly the entries Cifras wrote: no field text can close an entry or start a record.
// Reads the compiled modules in build/ (`tsc -p tsconfig.json`, part of `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

const build = (path) => import(new URL(`../../build/src/cite/${path}`, import.meta.url).href);
const { toBibtex, toRis } = await build('bibtex.js');
const { chartCitationItems } = await build('chart-citation.js');
const { citedPageUrl } = await build('cited-url.js');

const sources = JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8'));
const readBibtex = (text) => new Cite(text, { forceType: '@biblatex/text' }).data;
const readRis = (text) => new Cite(text, { forceType: '@ris/file' }).data;

const FORGE = '}}\n@misc{evil,\n  title = {Fabricated}\n}\n@misc{x, note={';
const hostile = {
  id: 'a b,c}{@misc{evil', type: 'report',
  title: `Back\\slash ${FORGE} \\}`,
  author: [{ literal: 'Grupo {raro} \\ & ~50%' }, { family: 'Pérez}', given: 'Ana\nER  - ' }],
  publisher: 'P\nTY  - JOUR\nTI  - Forged',
  version: '1.0}, note = {forged',
  URL: 'https://example.org/a b/{x}?q=}}@misc{evil,#}\\',
  note: 'Line one\r\nER  - \r\nTY  - GEN\r\nTI  - Forged record',
  issued: { 'date-parts': [[2024]] },
  custom: { kind: 'document' },
};
/** What a field reads back as: on one line, and (as BibTeX and RIS readers do, or Cifras writes) one space for many. */
const oneLine = (text) => text.replace(/[\u0000-\u0020\u007F-\u009F\u2028\u2029]+/g, ' ').trim();

test('a hostile source reads back from BibTeX as one entry with its own text', () => {
  const entries = readBibtex(toBibtex(hostile));
  assert.equal(entries.length, 1);
  const [entry] = entries;
  assert.equal(entry.title, oneLine(hostile.title));
  assert.equal(entry.publisher, oneLine(hostile.publisher));
  assert.equal(entry.version, hostile.version);
  assert.equal(entry.note, oneLine(hostile.note));
  assert.equal(decodeURIComponent(entry.URL), hostile.URL);
  // A braced (corporate) name reads back whole, as one family name.
  assert.equal(entry.author[0].family, hostile.author[0].literal);
  assert.match(entry['citation-key'], /^[\w:./+-]+$/);
});

test('a hostile source reads back from RIS as one record with its own text', () => {
  const records = readRis(toRis(hostile));
  assert.equal(records.length, 1);
  const [record] = records;
  assert.equal(record.title, oneLine(hostile.title));
  assert.equal(record.publisher, oneLine(hostile.publisher));
  assert.equal(record.URL, oneLine(hostile.URL));
  // Every line is a tag line: the text of a field never starts a line of its own.
  for (const line of toRis(hostile).split('\n')) assert.match(line, /^[A-Z][A-Z0-9] {2}- /);
});

test('every source of the dataset reads back from BibTeX and RIS with its title', () => {
  const entries = readBibtex(sources.map(toBibtex).join('\n\n'));
  assert.deepEqual(entries.map((e) => e.title), sources.map((s) => s.title));
  const records = readRis(sources.map(toRis).join('\n'));
  assert.deepEqual(records.map((r) => r.title), sources.map((s) => s.title));
});

const CHART_PARAMETERS = ['widget', 'lang', 'highlight', 'theme'];

test('a chart is cited by its page without the fragment or the query', () => {
  const url = citedPageUrl(`https://news.example/story.html?utm_source=x&session=secret#${FORGE}`, CHART_PARAMETERS);
  assert.equal(url, 'https://news.example/story.html');
  assert.equal(citedPageUrl('https://user:pw@news.example/a#b', CHART_PARAMETERS), 'https://news.example/a');
  assert.equal(citedPageUrl('file:///home/a.html', CHART_PARAMETERS), undefined);
  const items = chartCitationItems({ tag: 'cifras-chart', title: 'T', version: '0.1.0', year: 2026, sources: [sources[0]], url });
  const entries = readBibtex(items.map(toBibtex).join('\n\n'));
  assert.deepEqual(entries.map((e) => e['citation-key']), ['cifras-chart', sources[0].id]);
  assert.equal(entries[0].URL, 'https://news.example/story.html');
});

test('on the embed page the citation keeps the parameters that say which chart, the first value of each', () => {
  const url = citedPageUrl('https://unpkg.com/cifras@1/dist/embed.html?widget=impunity&theme=dark&theme=light&token=1&lang=es&onload=x#top', CHART_PARAMETERS);
  assert.equal(url, 'https://unpkg.com/cifras@1/dist/embed.html?widget=impunity&theme=dark&lang=es');
});
