// In-page half of `npm run bench:large` (scripts/bench-large.mjs). The script
// injects it before the page's own scripts run, so it sees every long task.
// `window.__large.run(type, rows, badAt)` draws a <cifras-chart> of that many
// synthetic rows, then opens its table and makes its CSV and JSON, and reports
// how long each step took and the longest task in it (ms since it began).
(() => {
  const tasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const now = () => performance.now();
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  /** The first frame in which `test()` holds, or undefined after `timeout` ms. */
  const until = async (test, timeout) => {
    const start = now();
    while (!test()) {
      if (now() - start > timeout) return undefined;
      await frame();
    }
    return now();
  };
  /** Waits until no long task has ended for `ms` ms. */
  const settle = async (ms = 300) => {
    await frame();
    await frame();
    while (now() - Math.max(0, ...tasks.map((t) => t.end)) < ms) await frame();
  };
  const longest = (from, to = now()) => tasks.filter((t) => t.end > from && t.start < to).reduce((max, t) => Math.max(max, t.end - t.start), 0);

  /** Rows that wander up and down, noisily, as a long monthly series does; row `badAt` (1-based) has a value that is not a number. */
  const rows = (count, badAt) => Array.from({ length: count }, (_, i) => ({
    label: `Row ${i + 1}`,
    value: i + 1 === badAt ? 'n/a' : Math.round(40000 + 20000 * Math.sin(i / 7) + ((i * 7919) % 40000)),
  }));

  window.__large = {
    async run(type, count, badAt, timeout) {
      // Where the trace's clock stands against performance.now(): the script finds this stamp in its trace.
      console.timeStamp('cifras-bench-zero');
      const zero = now();
      const steps = {};
      const data = { title: `${count} rows`, source: 's', sources: [{ id: 's', title: 'Synthetic rows' }], data: rows(count, badAt) };
      await settle(100);
      const el = document.createElement('cifras-chart');
      el.setAttribute('type', type);
      el.setAttribute('loading', 'eager');
      el.setAttribute('lang', 'en');
      el.data = data;
      let marks;
      el.addEventListener('cifras-rendered', (event) => { marks = event.detail.marks; });
      const root = () => el.shadowRoot;
      const start = now();
      document.querySelector('main').replaceChildren(el);
      const shown = await until(() => marks !== undefined || root()?.querySelector('[role="alert"]'), timeout);
      const result = { rows: count, drawn: marks, shownMs: shown && shown - start, zero, steps };
      const message = root()?.querySelector('[role="alert"], .limit-note');
      if (message) {
        result.message = message.textContent.replace(/\s+/g, ' ').trim().slice(0, 160);
        result.messageMs = result.shownMs;
      }
      await settle();
      steps.render = [start, now()];
      result.renderLongestMs = longest(start);
      result.nodes = root()?.querySelectorAll('*').length;
      if (marks === undefined) return result;

      // The table view: its code loads on first use.
      let from = now();
      root().querySelector('[data-action="table"]').click();
      const table = await until(() => root().querySelectorAll('tbody tr').length > 0, timeout);
      result.tableMs = table && table - from;
      result.tableRows = root().querySelectorAll('tbody tr').length;
      await settle();
      steps.table = [from, now()];
      result.tableLongestMs = longest(from);

      // Downloads: the panel's code loads on first use; a click makes the file.
      root().querySelector('[data-action="data"]').click();
      await until(() => root().querySelector('[data-download="csv"]'), timeout);
      await settle();
      const made = [];
      const createObjectURL = URL.createObjectURL;
      URL.createObjectURL = (blob) => {
        made.push(blob.size);
        return createObjectURL.call(URL, blob);
      };
      for (const format of ['csv', 'json']) {
        from = now();
        root().querySelector(`[data-download="${format}"]`).click();
        result[`${format}Ms`] = now() - from;
        await settle();
        steps[format] = [from, now()];
        result[`${format}LongestMs`] = longest(from);
        result[`${format}KB`] = (made.pop() ?? 0) / 1024;
      }
      URL.createObjectURL = createObjectURL;
      return result;
    },
  };
})();
