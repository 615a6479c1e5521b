// A web-test-runner command, `retained-heap`, for the leak test: it collects
// garbage in the page (a full collection, run until the heap stops shrinking)
// and returns the bytes still in use, through the DevTools protocol as
// scripts/media-features-plugin.mjs does. `used` is V8's JavaScript heap;
// `embedder` is Blink's heap of DOM objects where Chromium reports it.
// Returns false where the browser speaks no DevTools protocol (Firefox over
// WebDriver BiDi), so a test can skip (null would mean "unknown command").
const sessions = new WeakMap();

async function devtools(page) {
  if (!sessions.has(page)) sessions.set(page, page.createCDPSession().catch(() => null));
  return sessions.get(page);
}

async function heapUsage(cdp) {
  const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
  return { used: usedSize, embedder: embedderHeapUsedSize ?? 0 };
}

export function heapUsagePlugin() {
  return {
    name: 'cifras-heap-usage',
    async executeCommand({ command, session }) {
      if (command !== 'retained-heap') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || session.browser.type !== 'puppeteer') return false;
      try {
        const cdp = await devtools(page);
        if (!cdp) return false;
        // One collection can leave garbage that only the next one finds (weak
        // references, finalizers): collect until the total stops falling.
        let usage = await heapUsage(cdp);
        for (let i = 0; i < 10; i++) {
          await cdp.send('HeapProfiler.collectGarbage');
          const next = await heapUsage(cdp);
          const settled = next.used + next.embedder >= usage.used + usage.embedder;
          usage = next;
          if (settled && i > 0) break;
        }
        return usage;
      } catch {
        return false;
      }
    },
  };
}
