// Builds the comparison pages' scripts with Rollup: Chart.js and Observable Plot
// tree-shaken to what the pages import, minified like Cifras' own dist/.
// A bundle is rebuilt only when its entry, the shared config or a version changed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';

const HERE = new URL('.', import.meta.url).pathname;
export const BUNDLES = ['chartjs-single.js', 'chartjs-article.js', 'plot-single.js'];

function version(root, pkg) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return 'missing';
  }
}

/** Bundles each entry into `outDir`; returns { name: bytes }. */
export async function buildBundles(root, outDir) {
  mkdirSync(outDir, { recursive: true });
  const versions = ['chart.js', '@observablehq/plot', 'd3', 'rollup', '@rollup/plugin-terser'].map((p) => `${p}@${version(root, p)}`).join(' ');
  const shared = readFileSync(join(HERE, 'chartjs-config.js'), 'utf8') + readFileSync(new URL(import.meta.url), 'utf8');
  const sizes = {};
  for (const name of BUNDLES) {
    const entry = join(HERE, name);
    const key = createHash('sha256').update(versions).update(shared).update(readFileSync(entry)).digest('hex');
    const out = join(outDir, name);
    const keyFile = `${out}.key`;
    if (!existsSync(out) || !existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== key) {
      const bundle = await rollup({
        input: entry,
        plugins: [nodeResolve({ browser: true }), commonjs(), terser({ ecma: 2022, module: true, format: { comments: false } })],
        onwarn: (warning, warn) => { if (warning.code !== 'CIRCULAR_DEPENDENCY' && warning.code !== 'THIS_IS_UNDEFINED') warn(warning); },
      });
      await bundle.write({ file: out, format: 'es', sourcemap: false });
      await bundle.close();
      writeFileSync(keyFile, key);
    }
    sizes[name] = readFileSync(out).length;
  }
  return sizes;
}
