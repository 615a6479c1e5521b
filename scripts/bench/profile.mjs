// `npm run bench -- --profile`: where the main thread spends a Cifras page's
// start-up. One traced load (self time by trace event: script compile and
// evaluation, style, layout, paint, GC …) and one CPU-profiled load (self time
// by script file and by function) per page, outside the measured rounds.
import { formatNumber, markdownTable } from './stats.mjs';

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.compile'];

async function openPage(browser, target, { viewport, blankUrl }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  await page.setViewport(viewport);
  await page.evaluateOnNewDocument(`(${target.probe.trim()})(${JSON.stringify({ eventTags: target.eventTags })})`);
  await page.goto(blankUrl(target.url));
  return { context, page };
}

async function loadUntilQuiet(page, url, quietMs, timeout) {
  await page.goto(url, { waitUntil: 'load', timeout });
  await page.evaluate((ms, limit) => window.__bench.until('quiet', ms, limit), quietMs, timeout);
}

const shortUrl = (url) => (url ? url.replace(/^https?:\/\/[^/]+\//, '') : '');

/** Self time of each complete trace event on the page's renderer main thread, by name. */
function traceSelfTimes(events, url) {
  // The page's renderer: the trace covers the whole browser, other renderers included.
  const pids = new Set(events
    .filter((e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.url === url)
    .map((e) => e.args.data.processId));
  const mainThreads = new Set(events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid))
    .map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || typeof e.dur !== 'number' || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const self = new Map();
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const stack = [];
    for (const e of list) {
      while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.childTime = (parent.childTime ?? 0) + e.dur;
      stack.push(e);
    }
    for (const e of list) {
      const name = e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule' ? `${e.name} ${shortUrl(e.args?.data?.url ?? '')}`.trim() : e.name;
      self.set(name, (self.get(name) ?? 0) + Math.max(0, e.dur - (e.childTime ?? 0)) / 1000);
    }
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]);
}

/** What kind of work a trace event is, roughly as DevTools groups them. */
function kindOf(name) {
  if (/^(V8\.(Compile|Parse|BytecodeBudget|Deserialize|Stream)|v8\.(compile|parse|streamingCompile|produce|deserialize))/i.test(name)) return 'compile and parse';
  if (/^(EvaluateScript|v8\.evaluateModule|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|FireIdleCallback|EventDispatch|v8\.(callFunction|run|execute)|V8\.Execute|CustomElementRegistry|ResizeObserver|IntersectionObserver)/.test(name)) return 'script';
  if (/GC|Gc|garbage/i.test(name)) return 'garbage collection';
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|Document::recalcStyle|ScheduleStyleRecalculation)/.test(name)) return 'style';
  if (/Layout|Inline|Shape/.test(name)) return 'layout';
  if (/Paint|Commit|Layerize|Raster|Composite|UpdateLayer/.test(name)) return 'paint';
  if (/^ParseHTML/.test(name)) return 'HTML parsing';
  return 'other';
}

/** Self time per script file and per function from a CPU profile. */
function profileSelfTimes(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byNode = new Map();
  profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const byFile = new Map();
  const byFunction = new Map();
  for (const [id, ms] of byNode) {
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    if (functionName === '(idle)') continue;
    const file = shortUrl(url) || functionName;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    const where = url ? `${functionName || '(anonymous)'} @ ${shortUrl(url)}:${lineNumber + 1}:${columnNumber + 1}` : functionName;
    byFunction.set(where, (byFunction.get(where) ?? 0) + ms);
  }
  const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return { byFile: sorted(byFile), byFunction: sorted(byFunction) };
}

/** Profiles each target; resolves to a Markdown section. */
export async function profileLoad(browser, targets, { viewport, quietMs, timeout, blankUrl }) {
  const parts = [];
  for (const target of targets) {
    let trace;
    {
      const { context, page } = await openPage(browser, target, { viewport, blankUrl });
      try {
        await page.tracing.start({ categories: TRACE_CATEGORIES });
        await loadUntilQuiet(page, target.url, quietMs, timeout);
        trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
      } finally {
        await context.close();
      }
    }
    let cpu;
    {
      const { context, page } = await openPage(browser, target, { viewport, blankUrl });
      try {
        const cdp = await page.createCDPSession();
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        await loadUntilQuiet(page, target.url, quietMs, timeout);
        cpu = (await cdp.send('Profiler.stop')).profile;
      } finally {
        await context.close();
      }
    }
    const selfTimes = traceSelfTimes(trace.traceEvents ?? trace, target.url);
    const kinds = new Map();
    for (const [name, t] of selfTimes) kinds.set(kindOf(name), (kinds.get(kindOf(name)) ?? 0) + t);
    const events = selfTimes.slice(0, 12);
    const { byFile, byFunction } = profileSelfTimes(cpu);
    const ms = (x) => formatNumber(x, 1);
    parts.push(
      `### ${target.name}`,
      '',
      'Main thread by kind of work (one traced load, until settled; tracing itself slows the page, and "other" includes task time the trace does not break down):',
      '',
      markdownTable(['kind', 'ms'], [...kinds.entries()].sort((a, b) => b[1] - a[1]).map(([name, t]) => [name, ms(t)])),
      '',
      'The same load, self time by trace event:',
      '',
      markdownTable(['event', 'ms'], events.map(([name, t]) => [name, ms(t)])),
      '',
      'Self time by script file (one CPU-profiled load, 0.2 ms sampling; "(program)" is the browser\'s own work, including parsing and compiling):',
      '',
      markdownTable(['file', 'ms'], byFile.slice(0, 10).map(([name, t]) => [name, ms(t)])),
      '',
      'Hottest functions (minified names; line:column in the file as served). `frame`, `now`, `renderedAt`, `checkVisible` and most of `requestAnimationFrame` are the bench\'s own probe, on every page alike:',
      '',
      markdownTable(['function', 'ms'], byFunction.slice(0, 12).map(([name, t]) => [name, ms(t)])),
      '',
    );
  }
  return parts.join('\n');
}
