// Serves the frameworks of tests/frameworks/ to the browser the way an app's
// bundler would. React and React DOM are CommonJS, and Svelte's runtime needs
// the `browser` export condition, which the test server's resolver does not
// use (it resolves for Lit's `development` builds). So they are bundled once,
// on the first request, by Rollup into ES modules that share one copy of each
// framework, and bare imports of them are pointed at those modules. Svelte
// components (`.svelte`) are compiled by svelte/compiler and `.tsx` files are
// compiled by esbuild with React's automatic JSX runtime, as in an app.
// Vue needs none of this: its `vue.esm-browser.js` build is one ES module.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { compile } from 'svelte/compiler';

const require = createRequire(import.meta.url);
// esbuild comes with @web/dev-server-esbuild, which the test server uses for TypeScript.
const esbuild = createRequire(require.resolve('@web/dev-server-esbuild'))('esbuild');

const PREFIX = '/__frameworks/';

/** The modules served from the bundle; `cjs` ones get their export names from Node. */
const MODULES = [
  { name: 'react', cjs: true },
  { name: 'react/jsx-runtime', cjs: true },
  { name: 'react-dom', cjs: true },
  { name: 'react-dom/client', cjs: true },
  { name: 'svelte', cjs: false },
  { name: 'svelte/internal/client', cjs: false },
  { name: 'svelte/internal/disclose-version', cjs: false },
];
const ENTRY = '\0frameworks-entry:';
const fileOf = (name) => `${name.replaceAll('/', '__')}.js`;

/**
 * The names each CommonJS module exports, read in a separate Node process:
 * React's development build wraps `console` when it loads, which must not
 * happen to the test runner's own console.
 */
function exportNames() {
  const names = MODULES.filter((module) => module.cjs).map((module) => module.name);
  const script = `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(names)}.map((n) => [n, Object.keys(require(n))]))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: dirname(fileURLToPath(import.meta.url)), encoding: 'utf8' }));
}

/** An ES module re-exporting `name`. CommonJS gets a named export for every key of its `module.exports`. */
function entrySource({ name, cjs }, names) {
  if (!cjs) return `export * from '${name}';\n`;
  const keys = names[name].filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return `import m from '${name}';\nexport default m;\nexport const { ${keys.join(', ')} } = m;\n`;
}

async function bundle() {
  const names = exportNames();
  const build = await rollup({
    input: Object.fromEntries(MODULES.map((module) => [fileOf(module.name).slice(0, -3), ENTRY + module.name])),
    plugins: [
      {
        name: 'frameworks-entries',
        resolveId: (id) => (id.startsWith(ENTRY) ? id : null),
        load: (id) => (id.startsWith(ENTRY) ? entrySource(MODULES.find((m) => m.name === id.slice(ENTRY.length)), names) : null),
      },
      {
        // React picks its development build, with its warnings, from NODE_ENV.
        name: 'frameworks-node-env',
        transform: (code) => (code.includes('process.env.NODE_ENV') ? code.replaceAll('process.env.NODE_ENV', '"development"') : null),
      },
      nodeResolve({ browser: true, exportConditions: ['browser', 'development'] }),
      commonjs(),
    ],
    onwarn: (warning, warn) => { if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning); },
  });
  const { output } = await build.generate({ format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js' });
  await build.close();
  return new Map(output.map((chunk) => [PREFIX + chunk.fileName, chunk.code]));
}

export function frameworksPlugin() {
  let files;
  return {
    name: 'cifras-frameworks',
    resolveImport({ source, context }) {
      // The bundle's modules import each other relatively; they are not on disk.
      if (context.path.startsWith(PREFIX)) return source;
      // `import 'cifras'` in a component: the elements from src/, as every test uses them.
      if (source === 'cifras') return '/src/index.ts';
      if (MODULES.some((module) => module.name === source)) return PREFIX + fileOf(source);
      if (source.startsWith('svelte/internal/')) throw new Error(`${source} is not in the bundle of tests/frameworks/frameworks-plugin.mjs; add it to MODULES`);
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
    resolveMimeType(context) {
      if (context.path.endsWith('.svelte') || context.path.endsWith('.tsx')) return 'js';
      return undefined;
    },
    async transform(context) {
      if (context.path.endsWith('.svelte')) {
        const { js } = compile(context.body, { generate: 'client', filename: context.path });
        return { body: js.code };
      }
      if (context.path.endsWith('.tsx')) {
        const { code } = await esbuild.transform(context.body, {
          loader: 'tsx', jsx: 'automatic', jsxImportSource: 'react', target: 'es2022', sourcefile: context.path,
        });
        return { body: code };
      }
      return undefined;
    },
  };
}
