// Bundles what `tsc` emitted into build/ (tsc does the TypeScript; Rollup only
// bundles, so any TypeScript version works).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';

export default {
  input: { cifras: 'build/src/index.js' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false,
  },
  plugins: [
    nodeResolve(),
    // citeproc-js, loaded lazily by the Cite panel, is published as CommonJS.
    commonjs(),
    json({ preferConst: true, compact: true }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
