import { Catalog } from './lookup.js';
import type { Dataset } from './types.js';

/**
 * The catalog the elements read: it starts empty, and each widget adds the
 * data it draws when its module loads. The elements that take ids by attribute
 * give it a loader for any other record (records-by-id.ts); a chart that
 * brings its own data module never needs one, and its standalone file does
 * not carry it.
 */
export const pageCatalog = new Catalog({ version: '', figures: [], tables: [], sources: [], conflicts: [] });

/**
 * A data module split off at build time: `() => import('…/shards/widgets/<name>.json')`.
 * An element's own file (dist/elements/) carries its data instead, `{ inline }`,
 * so that the chart is laid out in the update that first asks for it, not one later.
 */
export type DataModule = (() => Promise<{ default: unknown }>) | { inline: unknown };

const modules = new Map<DataModule, Promise<void>>();
const provided = new WeakSet<DataModule>();

/** Loads a data module into the page catalog once; undefined when it is already in. */
export function loadDataModule(load: DataModule): Promise<void> | undefined {
  if (provided.has(load)) return undefined;
  if ('inline' in load) {
    pageCatalog.add(load.inline as Dataset);
    provided.add(load);
    return undefined;
  }
  let loading = modules.get(load);
  if (!loading) {
    loading = load().then((module) => {
      pageCatalog.add(module.default as Dataset);
      provided.add(load);
    });
    modules.set(load, loading);
  }
  return loading;
}
