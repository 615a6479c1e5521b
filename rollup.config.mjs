// Bundles what `tsc` emitted into build/ (tsc does the TypeScript; Rollup only
// bundles, so any TypeScript version works).
//   dist/cifras.js            every element in one file — the one script tag
//                             (built on its own so that it is one request)
//   dist/elements/<tag>.js    one element each, in one file with all its code
//                             (one request, one gzip dictionary)
//   dist/chunks/              what loads on demand: data modules, the action
//                             panels, the citation processor (built once)
//   dist/data.js, chart.js    the typed dataset access and the pure chart kit
//   dist/embed.html/.js/.css  the iframe page
//   dist/embed-resize.js      the host page's iframe resizer (classic script)
// Files are versioned through the package version in CDN URLs (cifras@x.y.z);
// scripts/manifest.mjs then writes dist/manifest.json with SRI hashes.
import { readdirSync, existsSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { pureTopLevelCalls } from './scripts/pure-top-level-calls.mjs';

// Stale chunks would otherwise pile up (and land in the manifest and the package).
for (const dir of ['dist/chunks', 'dist/elements']) rmSync(dir, { recursive: true, force: true });

// An element's folder holds a file of its own name; the frame's parts (frame/, actions/, citations/, views/) do not.
const components = readdirSync('build/src/components').filter((name) => existsSync(`build/src/components/${name}/${name}.js`));
const tagOf = (component) => (component === 'chart' ? 'cifras-chart' : `cifras-${component}`);

// Data split off by scripts/build-data-shards.mjs is named data-* so that
// `npm run size` can tell it from code, and without a content hash: every
// build writes the same JSON under the same name (files are versioned by the
// package version in their URL), and an element that loads data by id names
// 32 of them, whose random hashes gzip could not shrink (about 235 bytes).
const chunkFileNames = (chunk) => (chunk.facadeModuleId?.includes('/data/shards/') ? 'chunks/data-[name].js' : 'chunks/[name]-[hash:6].js');

// The citation processor (500 KB before gzip) is built once, as its own entry,
// and every other build imports that one file when a reader opens "Cite".
const STYLED_CITATIONS = resolve('build/src/cite/styled-citations.js');
function sharedCitationProcessor() {
  return {
    name: 'shared-citation-processor',
    resolveId(source, importer) {
      if (!source.endsWith('styled-citations.js') || !importer) return null;
      if (resolve(importer, '..', source) !== STYLED_CITATIONS) return null;
      // Kept verbatim: the Cite panel that imports it is itself a lazy chunk in dist/chunks/.
      return { id: './styled-citations.js', external: true };
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.dynamicImports?.includes('./styled-citations.js') && !chunk.fileName.startsWith('chunks/')) {
          this.error(`${chunk.fileName} imports the citation processor from outside dist/chunks/`);
        }
      }
    },
  };
}

/**
 * A single element's file carries its own chart's data: a page that loads one
 * element then draws it after one request, not two in a row (on a phone, a
 * round trip of 80 ms or more), and in the update that first asks for the data
 * (a DataModule given `{ inline }`). The catalog still takes the data in only when the chart
 * is first drawn. cifras.js, with every chart, keeps each chart's
 * data in a module of its own, fetched when that chart is first drawn.
 */
function ownDataInline(component) {
  const own = `/components/${component}/${component}.js`;
  const lazy = `() => import('../../data/shards/widgets/${component}.json')`;
  return {
    name: 'own-data-inline',
    transform(code, id) {
      if (!id.endsWith(own) || !code.includes(lazy)) return null;
      const inline = `import ownData from '../../data/shards/widgets/${component}.json';\n${code.replace(lazy, '{ inline: ownData }')}`;
      return { code: inline, map: null };
    },
  };
}

/** Whitespace out of css`` templates that hold only declarations ("--_a: var(--b, #fff);"), which the minifier skips. */
function squeezeDeclarationLists(files) {
  return {
    name: 'squeeze-declaration-lists',
    transform(code, id) {
      if (!files.test(id)) return null;
      const squeezed = code.replace(/css\s*`([^`$]*)`/g, (_, body) => `css\`${body.replace(/\s*([:;,])\s*/g, '$1').trim()}\``);
      return { code: squeezed, map: null };
    },
  };
}

/**
 * V8's explicit compile hint (Chrome 136+; to other engines a comment): the
 * functions of the file are compiled on the thread that streams it in, not one
 * by one on the main thread the first time each is called. Only on cifras.js,
 * where a page evaluates every element at once: in interleaved loads of the
 * 50-widget article (14 rounds each) the longest task was over 50 ms in 9
 * rounds without it and in 1 with it. On a single element's file it measured
 * no gain (one chart, script received → marks, 61.8 → 59.4 and 76.1 → 78.1 ms
 * without it, 40 rounds each), and there it cost about 20 bytes gzip.
 */
function compileHint() {
  return {
    name: 'compile-hint',
    renderChunk(code, chunk) {
      return chunk.isEntry ? { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null } : null;
    },
  };
}

/**
 * `import.meta.cifrasDistRoot` in each built file: the way from it up to dist/ ("./" in dist/cifras.js,
 * "../" in dist/chunks/*.js), so code can find dist/ from its own `import.meta.url` wherever the folder
 * is hosted (src/components/actions/script-home.ts).
 */
function distRoot() {
  return {
    name: 'dist-root',
    resolveImportMeta(property, { chunkId }) {
      if (property !== 'cifrasDistRoot') return null;
      return JSON.stringify('../'.repeat(chunkId.split('/').length - 1) || './');
    },
  };
}

/** `keepPure`: the output keeps its `@__PURE__` notes, so an app's bundler can drop what it does not use (cifras/data's whole dataset). */
const plugins = ({ keepPure = false } = {}) => [
  distRoot(),
  // Whitespace and comments out of Lit's html`` and css`` templates (terser leaves template strings alone).
  // A template it cannot parse would silently stay as written, so that fails the build; the dark
  // tokens are a bare list of declarations, which the CSS minifier cannot parse.
  minifyHtmlLiterals({ exclude: ['**/dark-tokens.styles.js', '**/dark-series.styles.js', '**/dark-map.styles.js'], failOnError: true }),
  squeezeDeclarationLists(/[\\/]dark-(tokens|series|map)\.styles\.js$/),
  nodeResolve(),
  // Lets Rollup drop the d3-shape curves and d3-array bisectors that Cifras never draws.
  pureTopLevelCalls(),
  // citeproc-js, loaded lazily by the Cite panel, is published as CommonJS.
  commonjs(),
  json({ preferConst: true, compact: true }),
  terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false, preserve_annotations: keepPure } }),
];

function copyPublic() {
  return {
    name: 'copy-public',
    writeBundle() {
      if (!existsSync('dist')) mkdirSync('dist');
      for (const file of readdirSync('public')) copyFileSync(`public/${file}`, `dist/${file}`);
    },
  };
}

// One build per file that must stand alone: a page loads it with nothing else.
const standalone = (name, input, extra = [], after = []) => ({
  input: { [name]: input },
  // The lazy chunks import Lit and the frame from the entry itself, not from a
  // second file behind a re-exporting facade.
  preserveEntrySignatures: 'allow-extension',
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames, sourcemap: false },
  plugins: [sharedCitationProcessor(), ...extra, ...plugins(), ...after],
});

export default [
  // After terser, which would drop the comment.
  standalone('cifras', 'build/src/index.js', [], [compileHint()]),
  ...components.map((component) => standalone(`elements/${tagOf(component)}`, `build/src/components/${component}/${component}.js`, [ownDataInline(component)])),
  {
    input: {
      data: 'build/src/data/index.js', chart: 'build/src/chart/index.js', embed: 'build/src/embed/embed.js',
      'chunks/styled-citations': 'build/src/cite/styled-citations.js',
    },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames, sourcemap: false },
    plugins: [...plugins({ keepPure: true }), copyPublic()],
  },
  {
    input: 'build/src/embed/embed-resize.js',
    output: { file: 'dist/embed-resize.js', format: 'iife', sourcemap: false },
    plugins: plugins(),
  },
];
