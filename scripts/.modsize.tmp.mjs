import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
const configs = (await import('../rollup.config.mjs')).default;
const name = process.argv[2];
const cfg = configs.find((c) => c.input && typeof c.input === 'object' && Object.keys(c.input)[0] === name);
const plugins = cfg.plugins.filter((p) => p && p.name !== 'terser');
const bundle = await rollup({ ...cfg, plugins, onwarn() {} });
const { output } = await bundle.generate({ ...cfg.output, dir: '/tmp/ms' });
const entry = output.find((o) => o.isEntry);
const rows = [];
for (const [id, m] of Object.entries(entry.modules)) {
  if (!m.code) continue;
  const min = (await minify(m.code, { module: true, compress: false, mangle: false })).code ?? '';
  rows.push([gzipSync(min).length, id.replace(process.cwd(), '')]);
}
rows.sort((a, b) => b[0] - a[0]);
for (const [s, id] of rows.slice(0, +(process.argv[3] ?? 40))) console.log(String(s).padStart(6), id);
