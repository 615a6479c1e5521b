// Imported by the elements that take ids by attribute (<cifras-value>,
// <cifras-key-figure>, <cifras-table-chart>, <cifras-cite>, <cifras-sources>):
// from then on the page catalog fetches any record by id from the bucket it
// was hashed into at build time.
import { bucketLoader } from './bucket-loader.js';
import { pageCatalog as catalog } from './page-catalog.js';

/**
 * The page catalog, able to fetch any record by id. Its own export rather than
 * a re-export, so that a bundler that takes this package's modules for free of
 * side effects still runs the line that attaches the loader.
 */
export const pageCatalog = catalog.useLoader(bucketLoader);
