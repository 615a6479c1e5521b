// Loads Cifras only after the page has painted, like a slow or deferred script,
// and sums the layout shifts from the moment the page was shown.
let cls = 0;
const shifts = [];
const supported = PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
if (supported) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      cls += entry.value;
      shifts.push(entry.sources?.map((s) => s.node?.nodeName ?? '?').join(',') ?? '');
    }
  }).observe({ type: 'layout-shift', buffered: true });
}
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const charts = [...document.querySelectorAll('cifras-clashes-by-state, cifras-extraditions')];
await frame();
await new Promise((resolve) => setTimeout(resolve, 300));
const before = charts.map((el) => el.getBoundingClientRect().height);
const drawn = Promise.all(charts.map((el) => new Promise((resolve) => el.addEventListener('cifras-rendered', resolve, { once: true }))));
await import('../../dist/cifras.js');
await drawn;
await frame();
await new Promise((resolve) => setTimeout(resolve, 300));
window.result = {
  supported,
  cls,
  shifts,
  before,
  after: charts.map((el) => el.getBoundingClientRect().height),
  drawn: charts.map((el) => el.shadowRoot.querySelector('.frame').getBoundingClientRect().height),
};
