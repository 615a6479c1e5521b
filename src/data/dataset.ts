// The only module that imports the JSON in data/.
import sources from '../../data/sources.json';
import icg from '../../data/figures/icg.json';
import elementa from '../../data/figures/elementa.json';
import felbab from '../../data/figures/felbab.json';
import shirk from '../../data/figures/shirk.json';
import valdes from '../../data/figures/valdes.json';
import tables from '../../data/tables.json';
import conflicts from '../../data/conflicts.json';
import meta from '../../data/meta.json';
import { closestMatches } from './closest.js';
import { Catalog } from './lookup.js';
import type { Conflict, Dataset, Figure, Source, Table } from './types.js';

export const dataset: Dataset = {
  version: meta.version,
  released: meta.released,
  sources: sources as Source[],
  figures: [...icg, ...elementa, ...felbab, ...shirk, ...valdes] as Figure[],
  tables: tables as Table[],
  conflicts: conflicts as Conflict[],
};

/** The whole bundled dataset, about 185 KB minified (the elements use the smaller `pageCatalog`; apps, `loadFigure` and `loadTable`). */
// Pure: an app that imports only the async `load…` functions from `cifras/data` leaves the whole dataset out of its bundle.
export const defaultCatalog = /* @__PURE__ */ new Catalog(dataset, undefined, closestMatches);
