import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
const configs = (await import('./.tmp-rollup.config.mjs')).default;
const name = process.argv[2];
const config = configs.find((c) => c.input && typeof c.input === 'object' && Object.keys(c.input)[0] === `elements/${name}`);
const bundle = await rollup({ ...config, onwarn() {} });
const { output } = await bundle.generate(config.output);
const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
(await import('node:fs')).writeFileSync('/tmp/one.js', entry.code); console.log(name, entry.code.length, gzipSync(entry.code, { level: 9 }).length);
