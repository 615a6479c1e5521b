// Imported by the elements that take ids by attribute (<cifras-value>,
// <cifras-key-figure>, <cifras-table-chart>, <cifras-cite>, <cifras-sources>):
// from then on the page catalog fetches any record by id from the bucket it
// was hashed into at build time.
import type { RecordKind } from './errors.js';
import type { DataLoader } from './lookup.js';
import { pageCatalog as catalog } from './page-catalog.js';
import { loadIds, loadShard, shardOf } from './shards/index.js';

const buckets = new Map<number, Promise<void>>();
/** Close ids among every id in the dataset: loaded, with the code that finds them, once an id turns out unknown. */
let suggestAmongAll: ((kind: RecordKind, id: string) => string[]) | undefined;

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
    if (catalog.has(kind, id) || suggestAmongAll) return;
    const [ids, { closestMatches }] = await Promise.all([loadIds(), import('./closest.js')]);
    const every = ids.default as Record<string, string[]>;
    suggestAmongAll = (kind, id) => closestMatches(id, every[`${kind}s`] ?? []);
  },
  suggest: (kind, id) => suggestAmongAll?.(kind, id) ?? [],
};

/**
 * The page catalog, able to fetch any record by id. Its own export rather than
 * a re-export, so that a bundler that takes this package's modules for free of
 * side effects still runs the line that attaches the loader.
 */
export const pageCatalog = catalog.useLoader(bucketLoader);
