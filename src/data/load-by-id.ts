// Async access to the dataset by id, for apps: each call loads only the
// bucket of the dataset that holds the record (scripts/build-data-shards.mjs),
// with what it needs (a derived figure's inputs, the figures it disagrees
// with, their sources), instead of the whole dataset that `defaultCatalog` is.
import { bucketLoader } from './bucket-loader.js';
import { Catalog } from './lookup.js';
import type { Figure, Source, Table } from './types.js';

/**
 * What the `load…` functions have loaded so far, for synchronous look-ups of it:
 * `loadedCatalog.source(figure.source)` after `loadFigure`. A record it has not
 * loaded throws `DataPendingError`; `await loadedCatalog.load(kind, id)` fetches it.
 */
export const loadedCatalog = /* @__PURE__ */ new Catalog({ version: '', figures: [], tables: [], sources: [], conflicts: [] }, bucketLoader);

/** A figure by id, fetched with the sources it cites. Rejects with `UnknownIdError` (naming close ids) for an id the dataset lacks. */
export async function loadFigure(id: string): Promise<Figure> {
  await loadedCatalog.load('figure', id);
  return loadedCatalog.figure(id);
}

/** A table by id and its figures in the table's order, fetched with their sources. */
export async function loadTable(id: string): Promise<{ table: Table; figures: Figure[] }> {
  await loadedCatalog.load('table', id);
  return { table: loadedCatalog.table(id), figures: loadedCatalog.tableFigures(id) };
}

/** A source (a document or a primary source it cites) by id, as CSL-JSON. */
export async function loadSource(id: string): Promise<Source> {
  await loadedCatalog.load('source', id);
  return loadedCatalog.source(id);
}
