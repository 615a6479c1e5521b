import type { RecordKind } from './errors.js';
import { Catalog, type DataLoader } from './lookup.js';
import { loadIds, loadShard, shardOf } from './shards/index.js';

const buckets = new Map<number, Promise<void>>();
let everyId: Record<string, string[]> | undefined;

/** Loads the bucket a record was hashed into at build time (once per page), and every id when it is not there. */
const bucketLoader: DataLoader = {
  async load(catalog, kind, id) {
    const index = shardOf(`${kind}:${id}`);
    let bucket = buckets.get(index);
    if (!bucket) {
      bucket = loadShard(index).then((shard) => catalog.add(shard));
      buckets.set(index, bucket);
    }
    await bucket;
    if (!catalog.has(kind, id)) everyId ??= (await loadIds()).default as Record<string, string[]>;
  },
  allIds: (kind: RecordKind) => everyId?.[`${kind}s`],
};

/**
 * The catalog the elements read: it starts empty, each widget adds the data it
 * draws when its module loads, and any other record is fetched on first use.
 */
export const pageCatalog = new Catalog({ version: '', figures: [], tables: [], sources: [], conflicts: [] }, bucketLoader);

/** A data module split off at build time: `() => import('…/shards/widgets/<name>.json')`. */
export type DataModule = () => Promise<{ default: unknown }>;

const modules = new Map<DataModule, Promise<void>>();
const provided = new WeakSet<DataModule>();

/** Loads a data module into the page catalog once; undefined when it is already in. */
export function loadDataModule(load: DataModule): Promise<void> | undefined {
  if (provided.has(load)) return undefined;
  let loading = modules.get(load);
  if (!loading) {
    loading = load().then((module) => {
      pageCatalog.provide(module.default);
      provided.add(load);
    });
    modules.set(load, loading);
  }
  return loading;
}
