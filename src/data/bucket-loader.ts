// Fetches a record by id from the bucket it was hashed into at build time
// (scripts/build-data-shards.mjs): a few KB with the record and all it needs,
// not the whole dataset. Serves the elements' page catalog (records-by-id.ts)
// and the async access of `cifras/data` (load-by-id.ts).
import type { RecordKind } from './errors.js';
import type { DataLoader } from './lookup.js';
import type { Dataset } from './types.js';
import { loadIds, loadShard, shardOf } from './shards/index.js';

const buckets = new Map<number, Promise<Dataset>>();
/** Close ids among every id in the dataset: loaded, with the code that finds them, once an id turns out unknown. */
let suggestAmongAll: ((kind: RecordKind, id: string) => string[]) | undefined;

/** Loads the bucket a record was hashed into (once per page), and every id when it is not there. */
export const bucketLoader: DataLoader = {
  async load(catalog, kind, id) {
    const index = shardOf(`${kind}:${id}`);
    let bucket = buckets.get(index);
    if (!bucket) {
      bucket = loadShard(index);
      buckets.set(index, bucket);
    }
    catalog.add(await bucket);
    if (catalog.has(kind, id) || suggestAmongAll) return;
    const [ids, { closestMatches }] = await Promise.all([loadIds(), import('./closest.js')]);
    const every = ids.default as Record<string, string[]>;
    suggestAmongAll = (kind, id) => closestMatches(id, every[`${kind}s`] ?? []);
  },
  suggest: (kind, id) => suggestAmongAll?.(kind, id) ?? [],
};
