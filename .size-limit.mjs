// The size budgets, enforced by size-limit in `npm run size` and in `npm test`:
// each entry of dist/ with every file it costs a page (scripts/lib/size.mjs),
// gzip -9, against its budget.
import { existsSync } from 'node:fs';
import { entryFiles, KB } from './scripts/lib/size.mjs';

const dist = new URL('./dist/', import.meta.url).pathname;
if (!existsSync(`${dist}cifras.js`)) throw new Error('dist/ is missing: run `npm run build` first.');

export default entryFiles(dist).map(({ name, files, budget, what }) => ({
  name: `${name} (${what})`,
  path: files,
  limit: `${budget / KB} kB`,
  gzip: true,
}));
