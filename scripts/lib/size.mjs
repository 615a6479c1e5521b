// What each built entry costs a page: the entry, every chunk it imports
// statically and, for a widget, its data module. size-limit (.size-limit.mjs)
// measures those files, gzip -9 each, against the budgets below, in
// `npm run size` and in the size test of `npm test`.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const KB = 1000;

/** The budgets, gzip, by entry: the first pattern that matches. They are ceilings, not targets. The README's table says the same. */
export const BUDGETS = [
  [/^cifras\.js$/, 55 * KB, 'every element'],
  [/^elements\/cifras-(value|cite|sources)\.js$/, 10 * KB, 'citation element'],
  // The elements that draw on a time axis carry its layout (annotations, gaps, pairs) beside the bars' frame.
  [/^elements\/cifras-(homicides-disappearances|troop-deployment|chart)\.js$/, 32 * KB, 'one element, with its data'],
  [/^elements\/.+\.js$/, 26 * KB, 'one element, with its data'],
  [/^embed-resize\.js$/, 1 * KB, 'host resizer'],
];

const staticImports = (file) => [...readFileSync(file, 'utf8').matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)]
  .map((m) => resolve(dirname(file), m[1]));
const dynamicImports = (file) => [...readFileSync(file, 'utf8').matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => resolve(dirname(file), m[1]));

function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file)) visit(next);
  };
  visit(entry);
  return [...seen];
}

/**
 * The files each entry of dist/ costs a page, by entry name ("cifras.js",
 * "elements/cifras-arrests.js", …). A widget always loads its own data module
 * (dist/chunks/data-<widget>-*.js) when it is drawn: it is counted.
 */
export function entryFiles(dist) {
  const names = ['cifras.js', 'embed-resize.js', ...readdirSync(join(dist, 'elements')).sort().map((f) => `elements/${f}`)];
  return names.map((name) => {
    const files = closure(join(dist, name));
    const widget = name.match(/^elements\/cifras-(.+)\.js$/)?.[1];
    const own = files.flatMap(dynamicImports).filter((file) => widget && file.includes(`/chunks/data-${widget}-`));
    const [, budget, what] = BUDGETS.find(([pattern]) => pattern.test(name)) ?? [null, Infinity, ''];
    return { name, files: [...new Set([...files, ...own.flatMap(closure)])], budget, what };
  });
}
