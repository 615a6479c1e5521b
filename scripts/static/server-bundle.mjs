// Bundles what tsc emitted into build/ for Node, so the elements can be
// rendered on the server. Node cannot import build/'s JSON data without import
// attributes, so Rollup inlines it (as rollup.config.mjs does for the
// browser); packages stay external, so Node resolves lit with its "node"
// export condition (where isServer is true and Lit brings its DOM shim).
import { rollup } from 'rollup';
import json from '@rollup/plugin-json';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const ENTRIES = {
  elements: 'build/src/index.js',
  frame: 'build/src/components/frame/chart-element.js',
  sourcesPanel: 'build/src/components/citations/sources-panel.js',
  sourcesController: 'build/src/components/citations/sources-controller.js',
  lazyCode: 'build/src/components/frame/lazy-code.js',
  timeModel: 'build/src/components/views/time-model.js',
  text: 'build/src/chart/text.js',
  fontMetrics: 'build/src/chart/font-metrics.js',
  catalog: 'build/src/data/page-catalog.js',
  dataset: 'build/src/data/dataset.js',
};

/** Writes the server bundle to `outDir` and returns the file URL of each entry. */
export async function bundleForServer(root, outDir = join(root, 'build', 'ssr')) {
  const bundle = await rollup({
    input: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(root, path)])),
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    plugins: [json({ preferConst: true })],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  });
  await bundle.write({ dir: outDir, format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' });
  await bundle.close();
  return Object.fromEntries(Object.keys(ENTRIES).map((name) => [name, pathToFileURL(join(outDir, `${name}.js`)).href]));
}
