#!/usr/bin/env node
// `npm run bench:large`: what <cifras-chart> does with large input, in headless
// Chromium. For each mark type (bar, line, dot) it draws synthetic rows at the
// type's maximum (and half of it) and at ten times that, and a bad input of that size (a value
// that is not a number in the last row drawn), and reports the longest task
// while drawing, the time to the chart or to its message, and what the table
// view and the CSV and JSON downloads cost at that size. Not a test: numbers
// vary with the machine's load.
//
//   npm run bench:large                  build, then measure; prints a table
//   npm run bench:large -- --no-build    measure dist/ as it is
//   npm run bench:large -- --write       also write the figures into bench/RESULTS.md
//   npm run bench:large -- --rows 1000   draw this many rows of each type instead
//   npm run bench:large -- --rounds 5    measure each case this many times (3), and report medians
//   npm run bench:large -- --timeout 60  give up on a step after this many seconds
//
// It writes nothing into the repository without --write: its page is served
// from memory by the bench's static server on 127.0.0.1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS } from './browsers.mjs';
import { buildFirst, chromiumOrExit, run, sourceVersion } from './bench/setup.mjs';
import { serve } from './bench/server.mjs';
import { formatNumber, markdownTable, summarize, textTable } from './bench/stats.mjs';
import { withLargeSection } from './bench/large-section.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const RESULTS = join(ROOT, 'bench/RESULTS.md');
const PROBE = readFileSync(join(ROOT, 'scripts/bench/large-page.js'), 'utf8');
const TYPES = ['bar', 'line', 'dot'];
/** No task over this while drawing an accepted input; a bad input's message within a second. */
const TASK_TARGET = 200;
const MESSAGE_TARGET = 1000;

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    rows: { type: 'string' },
    timeout: { type: 'string', default: '60' },
    rounds: { type: 'string', default: '3' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log('usage: npm run bench:large -- [--no-build] [--write] [--rows N] [--rounds N] [--timeout SECONDS]');
  process.exit(0);
}
const timeout = Number(args.timeout) * 1000;
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`--rounds must be a whole number ≥ 1, not "${args.rounds}".`);
  process.exit(2);
}
const log = (message) => process.stderr.write(`${message}\n`);

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Large data</title>
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { width: 640px; margin: 0 auto; padding: 16px; }</style>
<script type="module" src="/dist/cifras.js"></script></head>
<body><main></main></body></html>`;

/** One measurement in a fresh browser context; a page that stays blocked past the timeout is given up. */
async function measure(browser, origin, type, count, badAt) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1200, height: 800 });
    const cdp = await page.createCDPSession();
    await cdp.send('Page.setDownloadBehavior', { behavior: 'deny' });
    await page.evaluateOnNewDocument(PROBE);
    await page.goto(`${origin}/bench/large.html`, { waitUntil: 'load' });
    await page.evaluate(() => customElements.whenDefined('cifras-chart'));
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    let timer;
    const late = new Promise((done) => { timer = setTimeout(() => done({ rows: count, timedOut: true }), timeout + 5000); });
    const result = await Promise.race([page.evaluate((...a) => window.__large.run(...a), type, count, badAt, timeout), late]);
    clearTimeout(timer);
    if (result.timedOut) return result;
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    Object.assign(result, cpuTimes(trace.traceEvents, result));
    delete result.steps;
    return result;
  } finally {
    // A renderer still blocked is ended with its context.
    await Promise.race([context.close(), new Promise((done) => { setTimeout(done, 10000); })]);
  }
}

/**
 * The longest task of each step by the main thread's CPU time (trace RunTask events' tdur), which the
 * machine's other work does not stretch as it stretches wall time: `renderCpuMs`, `tableCpuMs` …
 */
function cpuTimes(events, { zero, steps }) {
  const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'cifras-bench-zero');
  if (!stamp) return {};
  const offset = stamp.ts / 1000 - zero;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === stamp.pid && e.tid === stamp.tid)
    .map((e) => ({ start: e.ts / 1000 - offset, end: (e.ts + e.dur) / 1000 - offset, cpu: (e.tdur ?? e.dur) / 1000 }));
  return Object.fromEntries(Object.entries(steps).map(([step, [from, to]]) => [
    `${step}CpuMs`, tasks.filter((t) => t.end > from && t.start < to).reduce((max, t) => Math.max(max, t.cpu), 0),
  ]));
}

/** The most rows each mark type draws, from the built chart kit (a build without limits draws everything). */
async function limits() {
  const kit = await import(pathToFileURL(join(ROOT, 'dist/chart.js')).href);
  return kit.MARK_LIMITS;
}

/** Each number the median over the rounds; the rest from the first round. */
function medians(runs) {
  const merged = { ...runs[0], timedOut: runs.some((r) => r.timedOut) };
  for (const [key, value] of Object.entries(runs[0])) {
    if (typeof value === 'number') merged[key] = summarize(runs.map((r) => r[key]))?.median;
  }
  return merged;
}

const ms = (x) => (x === undefined ? '—' : formatNumber(x));
const kb = (x) => (x === undefined ? '—' : formatNumber(x, 0));

/** "wall / CPU" of a step's longest task. */
const task = (r, step) => `${ms(r[`${step}LongestMs`])} / ${ms(r[`${step}CpuMs`])}`;

function rowsOf(results) {
  return results.map(({ type, label, r }) => [
    `${type}, ${label}`,
    formatNumber(r.rows),
    r.timedOut ? `not drawn in ${args.timeout} s` : r.drawn === undefined ? (r.message ? 'message' : 'nothing') : formatNumber(r.drawn),
    r.timedOut ? `> ${formatNumber(timeout)}` : task(r, 'render'),
    ms(r.shownMs),
    ms(r.messageMs),
    r.tableRows === undefined ? '—' : `${ms(r.tableMs)}; ${task(r, 'table')}`,
    r.csvKB === undefined ? '—' : `${task(r, 'csv')}; ${task(r, 'json')}`,
    r.csvKB === undefined ? '—' : `${kb(r.csvKB)} / ${kb(r.jsonKB)}`,
    r.nodes === undefined ? '—' : formatNumber(r.nodes),
  ]);
}

const HEADER = ['input', 'rows', 'marks drawn', 'drawing: longest task, wall / CPU (ms)', 'to chart or error (ms)', 'to message (ms)',
  'table: shown (ms); longest task, wall / CPU', 'CSV; JSON: longest task, wall / CPU (ms)', 'CSV / JSON (KB)', 'nodes in the chart'];

const STEPS = ['render', 'table', 'csv', 'json'];

function verdicts(results) {
  const accepted = results.filter(({ r }) => r.drawn !== undefined || r.timedOut);
  const worstOf = (kind) => Math.max(...accepted.map(({ r }) => (r.timedOut ? Infinity : Math.max(...STEPS.map((step) => r[`${step}${kind}`] ?? 0)))));
  const cpu = worstOf('CpuMs');
  const wall = worstOf('LongestMs');
  const bad = results.filter(({ badAt }) => badAt);
  const slowest = bad.length ? Math.max(...bad.map(({ r }) => (r.messageMs === undefined ? Infinity : r.messageMs))) : undefined;
  const yes = (ok) => (ok ? '**met**' : '**not met**');
  return [
    [`No task over ${TASK_TARGET} ms of main-thread CPU time while drawing an accepted input, opening its table or making its downloads`,
      Number.isFinite(cpu) ? `longest ${formatNumber(cpu)} ms of CPU (${formatNumber(wall)} ms of wall time)` : 'unbounded (a step timed out)', yes(cpu <= TASK_TARGET)],
    [`A bad input's error shown within ${MESSAGE_TARGET} ms`, slowest === undefined ? 'no bad input measured' : Number.isFinite(slowest) ? `slowest ${formatNumber(slowest)} ms` : 'not shown', slowest === undefined ? '' : yes(slowest <= MESSAGE_TARGET)],
  ];
}

function section(info, results, maxima) {
  return [
    '## Large data: `<cifras-chart>` at and past its maximum',
    '',
    'Written by `npm run bench:large -- --write` (scripts/bench-large.mjs); the latest run replaces this section.',
    '',
    `- Date: ${info.date}; ${info.cpu}, ${info.cores} cores; load average at start ${info.load}`,
    `- Browser: ${info.browser}, headless; the chart in a 640 px column; Cifras: ${info.commit}`,
    `- Maximum rows drawn: ${maxima ? TYPES.map((t) => `${t} ${formatNumber(maxima[t])}`).join(', ') : 'none in this build'}`,
    '',
    markdownTable(['target', 'measured', ''], verdicts(results)),
    '',
    markdownTable(HEADER, rowsOf(results)),
    '',
    `Medians over ${rounds} measurements per row, each in a fresh browser context. Rows are synthetic (\`Row 1\`, \`Row 2\` …, values that wander like a monthly series). "Bad" has a value that is not a number in the last row drawn. A task's wall time comes from a \`longtask\` PerformanceObserver (tasks under 50 ms count as 0), its CPU time from a trace of the page (RunTask events' thread time): on a shared, busy machine the wall time of the same work varies several-fold, so the target is judged on CPU time; "to chart or error" runs from adding the element to the first frame with its marks (\`cifras-rendered\`) or its error; the table time from the click to the first frame with its rows; CSV and JSON are made on a click, in one task.`,
  ].join('\n');
}

async function main() {
  buildFirst(ROOT, 'bench:large', args['no-build']);
  if (!existsSync(join(ROOT, 'dist/cifras.js'))) {
    log('bench:large: dist/cifras.js is missing; run without --no-build (or npm run build first).');
    process.exit(1);
  }
  const chromium = chromiumOrExit('bench:large');
  const maxima = await limits();
  const cases = TYPES.flatMap((type) => {
    if (args.rows) return [{ type, label: `${args.rows} rows`, count: Number(args.rows) }];
    const max = maxima?.[type];
    if (!max) throw new Error('this build has no MARK_LIMITS: give --rows N');
    return [
      // Half and all of it: how the cost grows up to the maximum.
      { type, label: 'half the maximum', count: max / 2 },
      { type, label: 'at the maximum', count: max },
      { type, label: '10× the maximum', count: 10 * max },
      { type, label: '10× the maximum, bad', count: 10 * max, badAt: max },
    ];
  });
  const server = await serve(ROOT, { '/bench/large.html': PAGE });
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: [...CHROMIUM_FLAGS, '--window-size=1200,800'] });
  const results = [];
  try {
    const info = {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      cpu: /model name\s*:\s*(.+)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      load: loadavg().map((x) => x.toFixed(2)).join(', '),
      browser: await browser.version(),
      commit: sourceVersion(ROOT),
    };
    for (const c of cases) {
      log(`${c.type}, ${c.label}: ${formatNumber(c.count)} rows …`);
      const runs = [];
      for (let round = 0; round < rounds; round++) {
        runs.push(await measure(browser, server.origin, c.type, c.count, c.badAt));
        log(`  ${JSON.stringify(runs[round])}`);
        // A step that timed out would time out again.
        if (runs[round].timedOut) break;
      }
      results.push({ ...c, r: medians(runs) });
    }
    console.log(`\n${textTable(HEADER, rowsOf(results))}\n`);
    console.log(textTable(['target', 'measured', ''], verdicts(results).map((row) => row.map((cell) => cell.replace(/\*\*/g, '')))));
    if (args.write) {
      const old = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
      writeFileSync(RESULTS, withLargeSection(old, section(info, results, maxima)));
      console.log(`\nWrote the large-data section of ${RESULTS.replace(`${ROOT}/`, '')}.`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

run(main);
