#!/usr/bin/env node
// Splits data/ into the small modules the elements load, so that a page pays
// only for the figures it shows (written to src/data/shards/, not committed):
//   widgets/<name>.json  what one fixed widget draws — the ids its data.json declares,
//                        their derivation inputs and documents, and which of
//                        them the documents disagree on — imported by that widget
//   widgets/<name>.provenance.json
//                        all the rest its sources panel shows: the figures each
//                        disagrees with, the disagreements, the primary sources;
//                        loaded when the panel opens or the page is idle
//   b00.json … b63.json  every figure, table and source, hashed into 64 buckets
//                        loaded on demand (<cifras-value figure="…">, key figures,
//                        table charts, citations)
//   ids.json             every id, loaded only to suggest a fix for an unknown one
//   index.ts             the bucket hash and the loaders
// Each module is closed under what rendering needs: a figure brings its
// derivation inputs, the figures it disagrees with, and every source these cite.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'src', 'data', 'shards');
const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

export const SHARD_COUNT = 32;
// The one definition of the bucket hash (FNV-1a); index.ts gets this body verbatim.
const SHARD_OF_BODY = 'let h = 2166136261; for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619); return (h >>> 0) % SHARD_COUNT;';
const hash = new Function('key', 'SHARD_COUNT', SHARD_OF_BODY);
export const shardOf = (key) => hash(key, SHARD_COUNT);

const meta = read('data/meta.json');
const figures = readdirSync(join(root, 'data', 'figures')).filter((f) => f.endsWith('.json')).sort()
  .flatMap((f) => read(`data/figures/${f}`));
const sources = read('data/sources.json');
const tables = read('data/tables.json');
const conflicts = read('data/conflicts.json');
const byId = (records) => new Map(records.map((r) => [r.id, r]));
const figureById = byId(figures);
const sourceById = byId(sources);
const tableById = byId(tables);

/** A source as the browser gets it: the seed file's name only serves the dataset's validation. */
function withoutSeed({ custom, ...source }) {
  if (!custom?.seed) return { ...source, custom };
  const { seed, ...rest } = custom;
  return Object.keys(rest).length ? { ...source, custom: rest } : source;
}

/** The records needed to render the given ids, in dataset order. */
function closure({ figureIds = [], tableIds = [], sourceIds = [] }) {
  const f = new Set();
  const s = new Set(sourceIds);
  const t = new Set(tableIds);
  const c = new Set();
  const addFigure = (id) => {
    if (f.has(id) || !figureById.has(id)) return;
    f.add(id);
    const figure = figureById.get(id);
    for (const input of Object.values(figure.derived?.inputs ?? {})) addFigure(input);
    for (const conflict of conflicts) {
      if (conflict.figures.includes(id) && !c.has(conflict.id)) { c.add(conflict.id); conflict.figures.forEach(addFigure); }
    }
  };
  for (const id of tableIds) tableById.get(id)?.figures.forEach(addFigure);
  figureIds.forEach(addFigure);
  for (const id of f) {
    const figure = figureById.get(id);
    s.add(figure.source);
    if (figure.primarySource) s.add(figure.primarySource);
  }
  // A primary source's note names the documents that cite it.
  for (const id of [...s]) for (const doc of sourceById.get(id)?.custom?.citedIn ?? []) s.add(doc);
  return {
    version: meta.version,
    released: meta.released,
    figures: figures.filter((r) => f.has(r.id)),
    tables: tables.filter((r) => t.has(r.id)),
    sources: sources.filter((r) => s.has(r.id)).map(withoutSeed),
    conflicts: conflicts.filter((r) => c.has(r.id)),
  };
}

/**
 * What a widget needs to draw: the figures it names with their derivation
 * inputs (without the words they are quoted in), their tables and documents,
 * and the conflict groups they belong to (without their words). The rest of
 * its closure, what only the sources panel shows, is its provenance module.
 */
function core({ figureIds = [], tableIds = [] }) {
  const f = new Set();
  const addFigure = (id) => {
    if (f.has(id) || !figureById.has(id)) return;
    f.add(id);
    for (const input of Object.values(figureById.get(id).derived?.inputs ?? {})) addFigure(input);
  };
  for (const id of tableIds) tableById.get(id)?.figures.forEach(addFigure);
  figureIds.forEach(addFigure);
  const s = new Set([...f].map((id) => figureById.get(id).source));
  return {
    version: meta.version,
    released: meta.released,
    // The words each figure is quoted in, and its primary source, come with the provenance module; an exact
    // figure (the qualifier a figure without one has) says nothing of it.
    figures: figures.filter((r) => f.has(r.id)).map(({ evidence, notes, locator, primarySource, ...rest }) => ({
      ...rest, ...(rest.qualifier === 'exact' ? { qualifier: undefined } : {}), slim: true,
    })),
    tables: tables.filter((r) => tableIds.includes(r.id)),
    sources: sources.filter((r) => s.has(r.id)).map(withoutSeed),
    // Which of them the documents disagree on: each group without its words, filled in by the provenance.
    conflicts: conflicts.filter((r) => r.figures.some((id) => f.has(id))).map(({ id, figures: members }) => ({ id, figures: members, slim: true })),
  };
}

/** The tables and figures a widget declares in its `data.json`: what it draws. Unknown ids stop the build. */
function declaredIn(folder) {
  const file = join(folder, 'data.json');
  if (!existsSync(file)) return undefined;
  const { tables: tableIds = [], figures: figureIds = [] } = JSON.parse(readFileSync(file, 'utf8'));
  const unknown = [...tableIds.filter((id) => !tableById.has(id)), ...figureIds.filter((id) => !figureById.has(id))];
  if (unknown.length) throw new Error(`${file} names ids the dataset does not have: ${unknown.join(', ')}`);
  return { figureIds, tableIds, sourceIds: [] };
}

function write(path, data) {
  writeFileSync(join(out, path), `${JSON.stringify(data)}\n`);
}

export function buildShards() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'widgets'), { recursive: true });

  const buckets = Array.from({ length: SHARD_COUNT }, () => ({ figureIds: [], tableIds: [], sourceIds: [] }));
  for (const r of figures) buckets[shardOf(`figure:${r.id}`)].figureIds.push(r.id);
  for (const r of tables) buckets[shardOf(`table:${r.id}`)].tableIds.push(r.id);
  for (const r of sources) buckets[shardOf(`source:${r.id}`)].sourceIds.push(r.id);
  buckets.forEach((ids, i) => write(`b${String(i).padStart(2, '0')}.json`, closure(ids)));

  write('ids.json', { figures: figures.map((r) => r.id), tables: tables.map((r) => r.id), sources: sources.map((r) => r.id) });

  const components = join(root, 'src', 'components');
  const widgets = [];
  for (const name of readdirSync(components).sort()) {
    const ids = declaredIn(join(components, name));
    if (!ids) continue;
    write(`widgets/${name}.json`, core(ids));
    write(`widgets/${name}.provenance.json`, closure(ids));
    widgets.push(name);
  }

  const loaders = buckets.map((_, i) => `  () => import('./b${String(i).padStart(2, '0')}.json'),`).join('\n');
  writeFileSync(join(out, 'index.ts'), `// Generated by scripts/build-data-shards.mjs from data/; not committed.
import type { Dataset } from '../types.js';

export const SHARD_COUNT = ${SHARD_COUNT};

/** The bucket holding a record, by \`kind:id\` key. */
export function shardOf(key: string): number {
  ${SHARD_OF_BODY}
}

type Loader = () => Promise<{ default: unknown }>;

export const shardLoaders: Loader[] = [
${loaders}
];

export const loadIds = (): Promise<{ default: unknown }> => import('./ids.json');

export const loadShard = async (index: number): Promise<Dataset> => (await shardLoaders[index]()).default as Dataset;
`);
  return { buckets: SHARD_COUNT, widgets };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { buckets, widgets } = buildShards();
  console.log(`src/data/shards: ${buckets} buckets; widget data for ${widgets.join(', ')}`);
}
