#!/usr/bin/env node
// `npm run bench`: start-up, rendering and resizing cost of Cifras against
// Chart.js (and Observable Plot), in headless Chromium. Not a test: it prints
// medians and ranges; with --write it also rewrites bench/RESULTS.md.
//
//   npm run bench                     build, then 10 interleaved rounds
//   npm run bench -- --rounds 20      more rounds
//   npm run bench -- --quick          3 rounds, for development
//   npm run bench -- --no-build       measure the current dist/ as it is
//   npm run bench -- --profile        also sample a CPU profile of Cifras' start-up
//   npm run bench -- --write          record the results in bench/RESULTS.md (committed)
//
// Each measurement loads its page in a fresh browser context with the cache
// disabled, so every script is fetched, parsed and compiled again. The pages
// are served from this repository by a static server on 127.0.0.1; nothing
// else is fetched. See the "Method" section that the script writes into
// bench/RESULTS.md for what each number means.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS } from './browsers.mjs';
import { buildFirst, chromiumOrExit, run, sourceVersion } from './bench/setup.mjs';
import { serve } from './bench/server.mjs';
import { buildBundles } from './bench/bundles.mjs';
import { ARTICLE_WIDGETS, COLUMN, SINGLE_SCRIPT, SINGLE_TAG, loadKit, writePages } from './bench/pages.mjs';
import { formatNumber, formatRatio, formatSummary, markdownTable, summarize, textTable } from './bench/stats.mjs';
import { profileLoad } from './bench/profile.mjs';
import { largeSection } from './bench/large-section.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const PAGES = join(ROOT, 'bench/pages');
const RESULTS = join(ROOT, 'bench/RESULTS.md');
const PROBE = readFileSync(join(ROOT, 'scripts/bench/probe.js'), 'utf8');
/** How long nothing may change before a page counts as settled. */
const QUIET_MS = 500;
const LOAD_TIMEOUT = 30000;
const RESIZE_TIMEOUT = 20000;
const WIDE = { width: 1200, height: 800 };
const NARROW = { width: 320, height: 800 };
const LONG = 50;
/** Besides the project's usual flags (which already keep the omnibox-popup renderer off): no throttling of pages. */
const BENCH_FLAGS = [
  '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
];

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log('usage: npm run bench -- [--rounds N] [--quick] [--no-build] [--profile] [--write]');
  process.exit(0);
}
const rounds = args.rounds !== undefined ? Number(args.rounds) : args.quick ? 3 : 10;
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`--rounds must be a whole number ≥ 1, not "${args.rounds}".`);
  process.exit(2);
}

/** A round trip of a phone on a good network: where a script waits for the network, this is what it waits. */
const RTT = 80;
const SINGLE = [
  { id: 'cifras', name: 'Cifras', page: 'single-cifras.html' },
  { id: 'chartjs', name: 'Chart.js', page: 'single-chartjs.html' },
  { id: 'plot', name: 'Plot', page: 'single-plot.html' },
  { id: 'cifras-rtt', name: `Cifras, ${RTT} ms RTT`, page: 'single-cifras.html', latency: RTT },
  { id: 'chartjs-rtt', name: `Chart.js, ${RTT} ms RTT`, page: 'single-chartjs.html', latency: RTT },
];
const SINGLE_RATIOS = [['cifras', 'chartjs'], ['cifras', 'plot'], ['cifras-rtt', 'chartjs-rtt']];
const ARTICLE = [
  { id: 'lazy', name: 'Cifras lazy', page: 'article-cifras-lazy.html' },
  { id: 'eager', name: 'Cifras eager', page: 'article-cifras-eager.html' },
  { id: 'chartjs', name: 'Chart.js', page: 'article-chartjs.html' },
  { id: 'text', name: 'No charts', page: 'article-text.html' },
];

const log = (message) => process.stderr.write(`${message}\n`);
const since = (start) => `${((performance.now() - start) / 1000).toFixed(0)} s`;

// ---------------------------------------------------------------------------
// One page load

const blankUrl = (url) => new URL('/bench/pages/blank.html', url).href;

/**
 * Main-thread busy time so far, in ms: CDP's TaskDuration, everything the
 * renderer's main thread ran (script, microtasks, style, layout, paint).
 * ScriptDuration would be the obvious "script time", but it leaves out
 * microtasks, where Lit renders, so it would flatter Cifras.
 */
const busy = (metrics) => ((metrics.TaskDuration ?? 0) - (metrics.DevToolsCommandDuration ?? 0)) * 1000;
/** CPU time of the renderer's main thread so far, in ms (CDP ThreadTime): busy time less waiting for the CPU, which a loaded machine inflates. */
const cpu = (metrics) => (metrics.ThreadTime ?? 0) * 1000;

/** Loads `url` in a fresh context; resolves to what the probe saw plus CDP metrics. */
async function load(browser, url, { eventTags = [], resize = false, inspect, latency } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setCacheEnabled(false);
    // Every request then waits a round trip, on a link fast enough (40 Mbit/s) that bandwidth hardly counts.
    if (latency) await page.emulateNetworkConditions({ download: 5e6, upload: 5e6, latency });
    await page.setViewport(WIDE);
    await page.evaluateOnNewDocument(`(${PROBE.trim().replace(/;$/, '')})(${JSON.stringify({ eventTags })})`);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    // Start from an empty page of the same origin, so the bench page loads in
    // a renderer process that is already running, as in any browser.
    await page.goto(blankUrl(url));
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    await page.evaluate((ms, timeout) => window.__bench.until('quiet', ms, timeout).then((t) => { window.__bench.loadSettledAt = t; }), QUIET_MS, LOAD_TIMEOUT);
    const settled = await metrics();
    const result = await page.evaluate(() => window.__bench.collect());
    // The new document starts its metrics from zero, so they are this page's own.
    result.mainMs = busy(settled);
    result.cpuMs = cpu(settled);
    await cdp.send('HeapProfiler.collectGarbage');
    const collected = await metrics();
    result.heapMB = collected.JSHeapUsedSize / 2 ** 20;
    result.nodes = collected.Nodes;
    // The chart's own nodes, its shadow roots included: elements, text and comments (Lit's markers).
    result.elementNodes = await page.evaluate((tag) => {
      const chart = document.querySelector(tag);
      if (!chart) return undefined;
      let count = 0;
      const walk = (node) => {
        count++;
        for (const child of node.shadowRoot?.childNodes ?? []) walk(child);
        for (const child of node.childNodes) walk(child);
      };
      walk(chart);
      return count;
    }, SINGLE_TAG);
    if (inspect) result.inspected = await page.evaluate(inspect);
    if (resize) {
      await page.evaluate(() => window.__bench.armResize());
      const beforeResize = await metrics();
      await page.setViewport(NARROW);
      await page.evaluate((ms, timeout) => window.__bench.until('resized', ms, timeout), QUIET_MS, RESIZE_TIMEOUT);
      const afterResize = await metrics();
      result.resize = await page.evaluate(() => window.__bench.collect());
      result.resize.mainMs = busy(afterResize) - busy(beforeResize);
      result.resize.cpuMs = cpu(afterResize) - cpu(beforeResize);
    }
    return result;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------
// From what the probe saw to numbers

/** The last byte of script that arrived before `t`: "script received". */
function scriptReceived(scripts, t) {
  const ends = scripts.filter((s) => s.responseEnd <= t).map((s) => s.responseEnd);
  return ends.length ? Math.max(...ends) : undefined;
}

function scriptBytes(scripts, t) {
  return scripts.filter((s) => s.responseEnd <= t).reduce((sum, s) => sum + (s.bytes ?? 0), 0);
}

/** Long tasks that overlap [from, to): TBT (time beyond 50 ms), count, longest. */
function longTaskStats(tasks, from, to) {
  const inWindow = tasks.filter((task) => task.start < to && task.start + task.duration > from);
  return {
    tbt: inWindow.reduce((sum, task) => sum + Math.max(0, task.duration - LONG), 0),
    count: inWindow.filter((task) => task.duration > LONG).length,
    longest: inWindow.reduce((max, task) => Math.max(max, task.duration), 0),
  };
}

function singleMetrics(r) {
  const rendered = r.widgets[0]?.renderedAt;
  const received = scriptReceived(r.scripts, rendered ?? Infinity);
  return {
    navToRendered: rendered,
    scriptToRendered: rendered !== undefined && received !== undefined ? rendered - received : undefined,
    mainMs: r.mainMs,
    cpuMs: r.cpuMs,
    heapMB: r.heapMB,
    nodes: r.nodes,
    elementNodes: r.elementNodes,
    jsKB: scriptBytes(r.scripts, rendered ?? Infinity) / 1024,
  };
}

function articleMetrics(r) {
  const visible = r.visibleDoneAt;
  const received = scriptReceived(r.scripts, visible ?? Infinity);
  const times = r.widgets.map((w) => w.renderedAt);
  const renderedCount = times.filter((t) => t !== undefined).length;
  const load = longTaskStats(r.longtasks, 0, r.loadSettledAt ?? Infinity);
  const m = {
    navToVisible: visible,
    scriptToVisible: visible !== undefined && received !== undefined ? visible - received : undefined,
    visibleCount: visible !== undefined ? r.visibleCount : undefined,
    renderedCount,
    navToAll: renderedCount === r.widgets.length ? Math.max(...times) : undefined,
    tbt: load.tbt,
    longTasks: load.count,
    longestTask: load.longest,
    cls: r.shifts.filter((s) => s.start < (r.loadSettledAt ?? Infinity)).reduce((sum, s) => sum + s.value, 0),
    mainMs: r.mainMs,
    cpuMs: r.cpuMs,
    heapMB: r.heapMB,
    nodes: r.nodes,
    elementNodes: r.elementNodes,
    jsKB: scriptBytes(r.scripts, visible ?? Infinity) / 1024,
  };
  const z = r.resize;
  if (z && z.resizeAt !== undefined) {
    const end = z.lastChangeAt;
    // From the last frame before the resize to the last frame in which something changed.
    const before = z.frames.filter((t) => t <= z.resizeAt);
    const frames = [before[before.length - 1] ?? z.resizeAt, ...z.frames.filter((t) => t > z.resizeAt && t <= end)];
    const gaps = frames.slice(1).map((t, i) => t - frames[i]);
    const tasks = longTaskStats(z.longtasks, z.resizeAt, z.now);
    Object.assign(m, {
      resizeSettle: Math.max(0, end - z.resizeAt),
      resizeLongFrames: gaps.filter((g) => g > LONG).length,
      resizeLongestFrame: gaps.length ? Math.max(...gaps) : 0,
      resizeLongTasks: tasks.count,
      resizeMainMs: z.mainMs,
      resizeCpuMs: z.cpuMs,
      resizeCls: z.shifts.filter((s) => s.start >= z.resizeAt).reduce((sum, s) => sum + s.value, 0),
    });
  }
  return m;
}

// ---------------------------------------------------------------------------
// The probe: what the Cifras pages show, so the other pages match it

/** In the page: title, subtitle and heights of each Cifras widget. */
function inspectWidgets() {
  return [...document.querySelectorAll('[data-bench]')].map((el) => {
    const root = el.shadowRoot;
    const height = (selector) => root?.querySelector(selector)?.getBoundingClientRect().height ?? 0;
    const text = (selector) => root?.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    const plot = height('.plot');
    return {
      tag: el.localName,
      title: text('.title'),
      subtitle: text('.subtitle'),
      plotHeight: plot,
      chartHeight: plot ? height('.head') + plot : el.getBoundingClientRect().height,
      height: el.getBoundingClientRect().height,
    };
  });
}

async function probe(browser, origin) {
  const single = await load(browser, `${origin}/bench/pages/single-cifras.html`, { inspect: inspectWidgets });
  const article = await load(browser, `${origin}/bench/pages/article-cifras-eager.html`, { inspect: inspectWidgets });
  const eventTags = [...new Set([...single.widgets, ...article.widgets].filter((w) => w.eventAt !== undefined).map((w) => w.tag))];
  const unrendered = article.widgets.filter((w) => w.renderedAt === undefined).map((w) => w.tag);
  if (single.widgets[0]?.renderedAt === undefined) throw new Error(`<${SINGLE_TAG}> never showed its marks; is ${SINGLE_SCRIPT} built?`);
  if (unrendered.length) log(`note: in the eager article, ${unrendered.length} widget(s) never counted as rendered: ${[...new Set(unrendered)].join(', ')}`);
  return {
    seen: { single: single.inspected[0], article: article.inspected },
    eventTags,
    singleScripts: single.scripts.filter((s) => s.responseEnd <= single.widgets[0].renderedAt),
  };
}

// ---------------------------------------------------------------------------
// Output

const SINGLE_ROWS = [
  ['navigation → marks in the DOM (ms)', 'navToRendered', 0],
  ['script received → marks in the DOM (ms)', 'scriptToRendered', 0],
  ['main-thread busy time, until settled (ms)', 'mainMs', 0],
  ['main-thread CPU time, until settled (ms)', 'cpuMs', 0],
  ['JS heap after render, after GC (MB)', 'heapMB', 2],
  ['DOM nodes, shadow roots included', 'nodes', 0],
  ['nodes in the chart and its shadow roots', 'elementNodes', 0],
  ['JS loaded before render (KB)', 'jsKB', 0],
];
const ARTICLE_ROWS = [
  ['navigation → visible widgets rendered (ms)', 'navToVisible', 0],
  ['script received → visible widgets rendered (ms)', 'scriptToVisible', 0],
  ['widgets visible at that point', 'visibleCount', 0],
  ['widgets rendered when the page settled', 'renderedCount', 0],
  ['navigation → all 50 rendered (ms)', 'navToAll', 0],
  ['total blocking time, load (ms)', 'tbt', 0],
  ['long tasks > 50 ms, load', 'longTasks', 0],
  ['longest task, load (ms)', 'longestTask', 0],
  ['cumulative layout shift, load', 'cls', 3],
  ['main-thread busy time, load (ms)', 'mainMs', 0],
  ['main-thread CPU time, load (ms)', 'cpuMs', 0],
  ['JS heap after load, after GC (MB)', 'heapMB', 2],
  ['DOM nodes, shadow roots included', 'nodes', 0],
  ['JS loaded before visible rendered (KB)', 'jsKB', 0],
];
const RESIZE_ROWS = [
  ['1200 → 320 px: time to settle (ms)', 'resizeSettle', 0],
  ['frames over 50 ms', 'resizeLongFrames', 0],
  ['longest frame (ms)', 'resizeLongestFrame', 0],
  ['long tasks > 50 ms', 'resizeLongTasks', 0],
  ['main-thread busy time (ms)', 'resizeMainMs', 0],
  ['main-thread CPU time (ms)', 'resizeCpuMs', 0],
  ['layout shift during resize', 'resizeCls', 3],
];

function table(variants, results, rows, ratios) {
  const header = ['', ...variants.map((v) => v.name), ...ratios.map(([a, b]) => `${variants.find((v) => v.id === a).name} / ${variants.find((v) => v.id === b).name}`)];
  const body = rows.map(([label, key, digits]) => {
    const s = Object.fromEntries(variants.map((v) => [v.id, summarize(results[v.id].map((m) => m[key]))]));
    const skipRatio = ['visibleCount', 'renderedCount', 'longTasks', 'resizeLongFrames', 'resizeLongTasks', 'cls', 'resizeCls'].includes(key);
    return [label, ...variants.map((v) => formatSummary(s[v.id], digits)), ...ratios.map(([a, b]) => (skipRatio ? '' : formatRatio(s[a], s[b])))];
  });
  return { header, body };
}

function machine(browserVersion) {
  const cpuinfo = (() => { try { return readFileSync('/proc/cpuinfo', 'utf8'); } catch { return ''; } })();
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  return {
    cpu: model,
    cores: cpus().length,
    ramGB: totalmem() / 2 ** 30,
    browser: browserVersion,
    node: process.version,
    load: loadavg().map((x) => x.toFixed(2)).join(', '),
  };
}

function median(results, key) {
  return summarize(results.map((m) => m[key]))?.median;
}

function targets(single, article) {
  const ratio = (a, b, key) => {
    const x = median(a, key);
    const y = median(b, key);
    return x !== undefined && y ? x / y : undefined;
  };
  const yesNo = (ok) => (ok === undefined ? 'not measured' : ok ? '**met**' : '**not met**');
  const r1 = ratio(single.cifras, single.chartjs, 'scriptToRendered');
  const r1rtt = ratio(single['cifras-rtt'], single['chartjs-rtt'], 'scriptToRendered');
  const r2 = ratio(article.lazy, article.chartjs, 'navToVisible');
  const r3 = ratio(article.lazy, article.chartjs, 'scriptToVisible');
  const r2e = ratio(article.eager, article.chartjs, 'navToVisible');
  const r4 = ratio(article.eager, article.chartjs, 'navToAll');
  const chartNodes = median(single.cifras, 'elementNodes');
  const worst = (results, key) => Math.max(...results.map((m) => m[key] ?? 0));
  const lazyLongest = worst(article.lazy, 'longestTask');
  const lazyMedianLongest = median(article.lazy, 'longestTask');
  const eagerLongest = worst(article.eager, 'longestTask');
  const lazyCls = worst(article.lazy, 'cls');
  const eagerCls = worst(article.eager, 'cls');
  const f = (x, d = 2) => formatNumber(x, d);
  return [
    ['Single chart: script received → marks ≤ 0.35× Chart.js', `${f(r1)}× (with ${RTT} ms round trips: ${f(r1rtt)}×)`, yesNo(r1 === undefined ? undefined : r1 <= 0.35)],
    ['Single chart: at most 250 nodes in the chart and its shadow roots', `${f(chartNodes, 0)}`, yesNo(chartNodes === undefined ? undefined : chartNodes <= 250)],
    ['50 widgets (eager): navigation → all 50 rendered ≤ 0.5× Chart.js', `${f(r4)}×`, yesNo(r4 === undefined ? undefined : r4 <= 0.5)],
    ['50 widgets (lazy): navigation → visible rendered < 0.5× Chart.js', `${f(r2)}× (eager: ${f(r2e)}×)`, yesNo(r2 === undefined ? undefined : r2 < 0.5)],
    ['50 widgets (lazy): script received → visible rendered < 0.5× Chart.js', `${f(r3)}×`, yesNo(r3 === undefined ? undefined : r3 < 0.5)],
    ['50 widgets (lazy): no long task over 50 ms during load, in any round', `longest ${f(lazyLongest, 0)} ms, median round ${f(lazyMedianLongest, 0)} ms (eager: longest ${f(eagerLongest, 0)} ms)`, yesNo(lazyLongest <= LONG)],
    ['50 widgets (lazy): CLS 0 during load, in every round', `worst ${f(lazyCls, 3)} (eager: ${f(eagerCls, 3)})`, yesNo(lazyCls === 0)],
  ];
}

/** Says so when loading="lazy" rendered everything (the attribute had no effect in this build). */
function lazyNote(article) {
  const rendered = median(article.lazy, 'renderedCount');
  if (rendered === undefined || rendered < ARTICLE_WIDGETS) return [];
  return ['', `In this build \`loading="lazy"\` had no effect: all ${ARTICLE_WIDGETS} widgets rendered, as with \`"eager"\`, so the two columns differ only by noise.`];
}

function writeResults({ info, single, article, probeInfo, bundleSizes, profile }) {
  const s = table(SINGLE, single, SINGLE_ROWS, SINGLE_RATIOS);
  const a = table(ARTICLE, article, ARTICLE_ROWS, [['lazy', 'chartjs'], ['eager', 'chartjs']]);
  const z = table(ARTICLE, article, RESIZE_ROWS, [['lazy', 'chartjs'], ['eager', 'chartjs']]);
  const kb = (bytes) => `${formatNumber(bytes / 1024, 1)} KB`;
  const failures = [...Object.entries(single), ...Object.entries(article)].flatMap(([id, list]) => list.filter((m) => m.error).map((m) => `${id}: ${m.error}`));
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (scripts/bench.mjs); the latest run replaces this file.',
    'Medians over the rounds, with the fastest and slowest round in brackets.',
    '',
    `- Date: ${info.date}`,
    `- Rounds: ${info.rounds}, interleaved (every page once per round, the order rotating each round); ${info.elapsed} in all`,
    `- CPU: ${info.machine.cpu}, ${info.machine.cores} cores; RAM ${formatNumber(info.machine.ramGB, 1)} GB; load average at start ${info.machine.load}`,
    `- Browser: ${info.machine.browser}, headless, ${WIDE.width}×${WIDE.height} window; Node ${info.machine.node}`,
    `- Cifras: ${info.commit}; rendered detected by ${probeInfo.eventTags.length ? `the \`cifras-rendered\` event (${probeInfo.eventTags.join(', ')}) and, for other elements, ` : ''}polling the shadow root for marks in each animation frame${probeInfo.eventTags.length ? '' : ' (no element dispatched `cifras-rendered` yet)'}`,
    `- Comparison scripts (Rollup + terser): Chart.js ${info.versions.chartjs} single chart ${kb(bundleSizes['chartjs-single.js'])}, article ${kb(bundleSizes['chartjs-article.js'])}; Observable Plot ${info.versions.plot} ${kb(bundleSizes['plot-single.js'])}`,
    '',
    'The machine is shared and busy: compare numbers from the same run, not across runs.',
    '',
    '## Targets',
    '',
    markdownTable(['target', 'measured', ''], targets(single, article)),
    '',
    `## One chart: \`<${SINGLE_TAG}>\` against the same bar chart in Chart.js and Plot`,
    '',
    `Same figures, labels, value labels, title and subtitle, in a ${COLUMN} px column; Cifras loads \`${SINGLE_SCRIPT}\`. Cifras also draws its row of tools, its numbered source notes and a keyboard-reachable layer over the marks; Chart.js and Plot a source line.`,
    `Scripts Cifras loaded before its marks appeared: ${probeInfo.singleScripts.length} files, ${kb(probeInfo.singleScripts.reduce((sum, x) => sum + (x.bytes ?? 0), 0))} (${probeInfo.singleScripts.map((x) => `${x.url.replace(/^https?:\/\/[^/]+\//, '')} ${kb(x.bytes ?? 0)}`).join(', ')}).`,
    '',
    markdownTable(s.header, s.body),
    '',
    `## An article with ${ARTICLE_WIDGETS} widgets`,
    '',
    `Paragraphs of text between ${ARTICLE_WIDGETS} mixed widgets (\`dist/cifras.js\`): \`loading="lazy"\` and \`loading="eager"\` on every widget.`,
    'Chart.js: the same tables as bar and line charts (key figures as static HTML), all created when its script runs. No charts: the same text with an empty box of each chart\'s size, as a floor.',
    ...lazyNote(article),
    '',
    markdownTable(a.header, a.body),
    '',
    '### Resizing the article from 1200 to 320 px',
    '',
    markdownTable(z.header, z.body),
    '',
  ];
  if (failures.length) lines.push('## Rounds that failed', '', ...failures.map((f) => `- ${f}`), '');
  if (profile) lines.push('## Where Cifras spends its start-up', '', profile, '');
  lines.push(
    '## Method',
    '',
    '- Every load uses a fresh browser context with the HTTP cache disabled, so every script is fetched, parsed and compiled again. The static server runs on 127.0.0.1 inside the script.',
    '- **Navigation → rendered**: `performance.now()` in the first animation frame in which the marks exist. Cifras: the frame after the element\'s `cifras-rendered` event, for elements that dispatch it; otherwise the first frame in which its shadow root holds `.mark`, `svg.visual` or (key figures) `.number`. Chart.js and Plot: the frame after `new Chart()` / `Plot.plot()` returned (animation off).',
    '- Chromium runs with `--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup`: without it, this Chromium starts a chrome://omnibox-popup renderer for every new browser context, which took about a second of CPU on this two-core machine in the middle of each measured load.',
    '- **Script received**: the `responseEnd` (Resource Timing) of the last script that arrived before that frame, so "script received → rendered" is parsing, compiling, running and drawing without the network.',
    `- **${RTT} ms RTT**: the single-chart pages loaded again with every request delayed by a round trip of ${RTT} ms (CDP network emulation, 40 Mbit/s). On 127.0.0.1 a chart's data module arrives within a few ms, before the chart has finished making its number format (a page's first \`Intl.NumberFormat\` costs 10–30 ms); with a real round trip that work overlaps the wait, as it does on readers' phones. The target row above is judged on 127.0.0.1.`,
    `- **Visible widgets rendered**: when the last of the widgets inside the ${WIDE.width}×${WIDE.height} viewport (by IntersectionObserver) counted as rendered, checked in every frame.`,
    `- **Settled**: no widget resized, rendered, shifted or ran a long task for two frames and ${QUIET_MS} ms. Load-time numbers (TBT, long tasks, CLS) cover navigation until settled.`,
    '- **Main-thread busy time**: CDP `Performance.getMetrics` TaskDuration (less DevTools commands) between navigation and settled: script, microtasks, style, layout and paint. Not ScriptDuration, which leaves out microtasks, where Lit renders. `--profile` splits it by kind. **CPU time**: ThreadTime, the main thread\'s CPU time over the same span, which waiting for a busy CPU does not inflate. **Heap** and **DOM nodes**: JSHeapUsedSize and Nodes after `HeapProfiler.collectGarbage`.',
    '- **Reserved space**: the Cifras articles reserve each widget\'s height in the page\'s CSS (`min-height`, the README\'s "Reserving space"), taken from the probe load at the same width; the Chart.js article\'s canvases sit in boxes of fixed height. The resize changes the widths, so the heights no longer match there.',
    '- **TBT**: the sum over `longtask` entries of their time beyond 50 ms. **CLS**: the sum of `layout-shift` entries without recent input. Long tasks are not attributed to a script; the Cifras pages run no other script than Cifras (and the bench\'s probe).',
    `- **Resize**: after the page settled, the viewport goes from ${WIDE.width} to ${NARROW.width} px (CDP \`Emulation.setDeviceMetricsOverride\`); time to settle runs from the \`resize\` event to the last frame in which anything changed; frames over 50 ms are gaps between animation frames in that window.`,
    '',
  );
  // The large-data section (npm run bench:large) stays as it was.
  const large = existsSync(RESULTS) ? largeSection(readFileSync(RESULTS, 'utf8')) : '';
  writeFileSync(RESULTS, large ? `${lines.join('\n')}\n${large}\n` : lines.join('\n'));
}

// ---------------------------------------------------------------------------

async function main() {
  const start = performance.now();
  buildFirst(ROOT, 'bench', args['no-build']);
  if (!existsSync(join(ROOT, SINGLE_SCRIPT)) || !existsSync(join(ROOT, 'dist/data.js'))) {
    log(`bench: ${SINGLE_SCRIPT.slice(1)} or dist/data.js is missing; run without --no-build (or npm run build first).`);
    process.exit(1);
  }
  log('bundling the comparison pages (Chart.js, Plot) …');
  const bundleSizes = await buildBundles(ROOT, PAGES);
  const kit = await loadKit(ROOT);
  writePages(PAGES, kit);

  const chromium = chromiumOrExit('bench');
  const server = await serve(ROOT);
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...BENCH_FLAGS, `--window-size=${WIDE.width},${WIDE.height}`],
  });
  try {
    const info = {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      rounds,
      machine: machine(await browser.version()),
      commit: sourceVersion(ROOT),
      versions: {
        chartjs: JSON.parse(readFileSync(join(ROOT, 'node_modules/chart.js/package.json'), 'utf8')).version,
        plot: JSON.parse(readFileSync(join(ROOT, 'node_modules/@observablehq/plot/package.json'), 'utf8')).version,
      },
    };
    log(`${info.machine.browser}, ${info.machine.cores} cores, load ${info.machine.load}`);

    log('probing the Cifras pages (titles, sizes, cifras-rendered support) …');
    const probeInfo = await probe(browser, server.origin);
    writePages(PAGES, kit, probeInfo.seen);
    const { eventTags } = probeInfo;
    log(eventTags.length ? `cifras-rendered seen from: ${eventTags.join(', ')}` : 'no cifras-rendered event seen: detecting marks by polling');

    const single = Object.fromEntries(SINGLE.map((v) => [v.id, []]));
    const article = Object.fromEntries(ARTICLE.map((v) => [v.id, []]));
    const rotate = (list, k) => list.map((_, i) => list[(i + k) % list.length]);
    for (let round = 0; round < rounds; round++) {
      for (const v of rotate(SINGLE, round)) {
        try {
          single[v.id].push(singleMetrics(await load(browser, `${server.origin}/bench/pages/${v.page}`, { eventTags, latency: v.latency })));
        } catch (error) {
          single[v.id].push({ error: `round ${round + 1}: ${error.message}` });
        }
      }
      for (const v of rotate(ARTICLE, round)) {
        try {
          article[v.id].push(articleMetrics(await load(browser, `${server.origin}/bench/pages/${v.page}`, { eventTags, resize: true })));
        } catch (error) {
          article[v.id].push({ error: `round ${round + 1}: ${error.message}` });
        }
      }
      const last = (list) => list[list.length - 1];
      log(`round ${round + 1}/${rounds} (${since(start)}): single ${SINGLE.map((v) => `${v.name} ${formatNumber(last(single[v.id]).scriptToRendered)}`).join(', ')} ms; article visible ${ARTICLE.map((v) => `${v.name} ${formatNumber(last(article[v.id]).navToVisible)}`).join(', ')} ms`);
    }

    let profile;
    if (args.profile) {
      log('sampling CPU profiles of Cifras\' start-up …');
      profile = await profileLoad(browser, [
        { name: 'one chart', url: `${server.origin}/bench/pages/single-cifras.html`, probe: PROBE, eventTags },
        { name: `${ARTICLE_WIDGETS} widgets, eager`, url: `${server.origin}/bench/pages/article-cifras-eager.html`, probe: PROBE, eventTags },
      ], { viewport: WIDE, quietMs: QUIET_MS, timeout: LOAD_TIMEOUT, blankUrl });
    }

    info.elapsed = since(start);
    const s = table(SINGLE, single, SINGLE_ROWS, SINGLE_RATIOS);
    const a = table(ARTICLE, article, ARTICLE_ROWS, [['lazy', 'chartjs'], ['eager', 'chartjs']]);
    const z = table(ARTICLE, article, RESIZE_ROWS, [['lazy', 'chartjs'], ['eager', 'chartjs']]);
    console.log(`\nOne chart (${rounds} rounds; median (min–max))\n`);
    console.log(textTable(s.header, s.body));
    console.log(`\nArticle with ${ARTICLE_WIDGETS} widgets\n`);
    console.log(textTable(a.header, a.body));
    console.log('\nResize 1200 → 320 px\n');
    console.log(textTable(z.header, z.body));
    console.log('\nTargets\n');
    console.log(textTable(['target', 'measured', ''], targets(single, article).map((row) => row.map((c) => c.replace(/\*\*/g, '')))));
    if (profile) console.log(`\n${profile}`);
    const failed = [...Object.values(single), ...Object.values(article)].flat().filter((m) => m.error);
    for (const f of failed) log(`failed: ${f.error}`);
    const results = RESULTS.replace(`${ROOT}/`, '');
    if (args.write) {
      mkdirSync(join(ROOT, 'bench'), { recursive: true });
      writeResults({ info, single, article, probeInfo, bundleSizes, profile });
      console.log(`\nWrote ${results} (${info.elapsed}).`);
    } else {
      console.log(`\nDone in ${info.elapsed}; ${results} left as it is (add --write to record these results there).`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

run(main);
