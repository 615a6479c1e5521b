// In-page instrumentation for `npm run bench`. The script injects it into every
// bench page before the page's own scripts run (CDP "add script to evaluate on
// new document"), so it sees every long task, layout shift and frame.
//
// A widget is an element with a `data-bench` attribute. It counts as rendered:
//   - Cifras: at the first animation frame after its `cifras-rendered` event,
//     for the element types that dispatch it; otherwise at the first animation
//     frame in which its shadow root holds drawn marks (RENDERED_SELECTOR);
//   - other libraries: when the page calls `window.__benchRendered(element)`
//     (the Chart.js and Plot pages do, in the frame after drawing).
// Everything is in milliseconds since navigation start (performance.now()).
((config) => {
  const RENDERED_SELECTOR = '.mark, svg.visual, .number';
  const eventTags = new Set(config?.eventTags ?? []);
  const now = () => performance.now();
  const B = {
    longtasks: [],
    shifts: [],
    frames: [],
    events: [],
    widgets: [],
    eventAt: new Map(),
    pollAt: new Map(),
    pageAt: new Map(),
    changed: true,
    lastChangeAt: 0,
    quietFrames: 0,
    trackVisible: true,
    visibleDoneAt: undefined,
    visibleCount: 0,
    loadSettledAt: undefined,
    resizeAt: undefined,
    waiters: [],
  };
  window.__bench = B;

  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) onEntry(entry);
        B.changed = true;
      }).observe({ type, buffered: true });
    } catch {
      // Entry type not supported: the numbers for it stay empty.
    }
  };
  observe('longtask', (e) => B.longtasks.push({ start: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) => { if (!e.hadRecentInput) B.shifts.push({ start: e.startTime, value: e.value }); });

  const widgetOf = (event) => event.composedPath().find((node) => node instanceof Element && node.hasAttribute('data-bench'));
  const pendingEvents = new Set();
  document.addEventListener('cifras-rendered', (event) => {
    const widget = widgetOf(event);
    B.events.push({ at: now(), tag: widget?.localName ?? String(event.target?.localName) });
    if (widget) pendingEvents.add(widget);
    B.changed = true;
  }, true);

  window.__benchRendered = (element) => {
    if (!B.pageAt.has(element)) B.pageAt.set(element, now());
    B.changed = true;
  };

  // Which widgets are in the viewport, from an IntersectionObserver: it needs no
  // layout of its own (measuring each widget in every frame would force one).
  const inView = new Set();
  const intersections = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) inView.add(entry.target);
      else inView.delete(entry.target);
    }
  });
  const resizes = new ResizeObserver(() => { B.changed = true; });
  const collectWidgets = () => {
    B.widgets = [...document.querySelectorAll('[data-bench]')];
    for (const widget of B.widgets) {
      resizes.observe(widget);
      intersections.observe(widget);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', collectWidgets, { once: true });
  else collectWidgets();

  /** When the element counts as rendered, or undefined. */
  const renderedAt = (el) => {
    if (B.pageAt.has(el)) return B.pageAt.get(el);
    if (eventTags.has(el.localName)) return B.eventAt.get(el);
    return B.eventAt.get(el) ?? B.pollAt.get(el);
  };
  B.renderedAt = renderedAt;

  const checkVisible = () => {
    let done = inView.size > 0;
    let last = 0;
    for (const el of inView) {
      const at = renderedAt(el);
      if (at === undefined) done = false;
      else last = Math.max(last, at);
    }
    // Done when every widget in the viewport is rendered; the time is when the
    // last of them was, not this frame's (whose callbacks may run in any order).
    if (done) {
      if (B.visibleDoneAt === undefined) { B.visibleDoneAt = last; B.visibleCount = inView.size; }
    } else {
      B.visibleDoneAt = undefined;
    }
  };

  const conditions = {
    quiet: (t, ms) => B.quietFrames >= 2 && t - B.lastChangeAt >= ms,
    resized: (t, ms) => B.resizeAt !== undefined && B.quietFrames >= 2 && t - B.lastChangeAt >= ms,
  };

  const frame = () => {
    const t = now();
    B.frames.push(t);
    for (const el of pendingEvents) if (!B.eventAt.has(el)) B.eventAt.set(el, t);
    pendingEvents.clear();
    for (const el of B.widgets) {
      if (!B.pollAt.has(el) && el.shadowRoot?.querySelector(RENDERED_SELECTOR)) {
        B.pollAt.set(el, t);
        B.changed = true;
      }
    }
    if (B.trackVisible && B.widgets.length) checkVisible();
    if (B.changed) {
      B.lastChangeAt = t;
      B.quietFrames = 0;
      B.changed = false;
    } else {
      B.quietFrames++;
    }
    for (const waiter of [...B.waiters]) {
      if (conditions[waiter.name](t, waiter.ms)) {
        B.waiters.splice(B.waiters.indexOf(waiter), 1);
        clearTimeout(waiter.timer);
        waiter.resolve(t);
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  /** Resolves (with the time) once the condition holds, rejects after `timeout` ms. */
  B.until = (name, ms = 0, timeout = 30000) => new Promise((resolve, reject) => {
    const waiter = { name, ms, resolve };
    waiter.timer = setTimeout(() => {
      B.waiters.splice(B.waiters.indexOf(waiter), 1);
      reject(new Error(`${name}: not reached in ${timeout} ms (${B.widgets.filter((el) => renderedAt(el) !== undefined).length}/${B.widgets.length} widgets rendered)`));
    }, timeout);
    B.waiters.push(waiter);
  });

  /** Ends the load window and arms the resize measurement. */
  B.armResize = () => {
    B.trackVisible = false;
    addEventListener('resize', () => { B.resizeAt = now(); B.changed = true; }, { once: true });
  };

  /** What the script reads back, as plain JSON. */
  B.collect = () => ({
    now: now(),
    visibleDoneAt: B.visibleDoneAt,
    visibleCount: B.visibleCount,
    loadSettledAt: B.loadSettledAt,
    resizeAt: B.resizeAt,
    lastChangeAt: B.lastChangeAt,
    longtasks: B.longtasks,
    shifts: B.shifts,
    frames: B.frames,
    events: B.events.length,
    widgets: B.widgets.map((el) => ({
      tag: el.localName,
      renderedAt: renderedAt(el),
      eventAt: B.eventAt.get(el),
      pollAt: B.pollAt.get(el),
    })),
    scripts: performance.getEntriesByType('resource')
      .filter((e) => /\.m?js(\?|$)/.test(e.name))
      .map((e) => ({ url: e.name, responseEnd: e.responseEnd, bytes: e.decodedBodySize })),
  });
})
