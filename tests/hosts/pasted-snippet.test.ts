// A newcomer copies a snippet from a gallery that a site hosts with its copy of dist/, and pastes it into
// a plain page on another site: the chart must show there. The gallery loads the built library, so this
// runs against dist/. The other site is this test server under another host name (another origin); the
// page is served as a site publishes a pasted snippet (tests/hosts/pasted-page-plugin.mjs).
import { expect } from '@open-wc/testing';
import { loadedFrame, mount } from '../helpers/render.js';

type Report = { tag?: string; marks?: number; frameOrigin?: string; told?: number; before?: number; height?: number };

/** Waits until `check` holds or 30 s have passed (generous for a busy machine; the assertions then say what is wrong). */
async function settle(check: () => boolean): Promise<void> {
  for (const end = Date.now() + 30000; !check() && Date.now() < end;) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** The gallery in a frame on this page (same origin, so its snippets can be read), loaded; removed after the test (or hook) that opened it. */
async function openGallery(): Promise<Document> {
  return (await loadedFrame({ src: '/demo/index.html' }, 1100, 800)).contentDocument!;
}

/** This server under another host name: another origin, the same files. */
const otherOrigin = (): string => `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

/** Pastes `markup` into a plain page on another origin, `width` px wide, and waits for its probe's report that `done` accepts. */
async function paste(markup: string, width: number, done: (report: Report) => boolean): Promise<Report> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '900';
  const reports: Report[] = [];
  const listen = (event: MessageEvent) => {
    if (event.source === frame.contentWindow && event.data?.type === 'cifras:pasted') reports.push(event.data as Report);
  };
  addEventListener('message', listen);
  frame.src = `${otherOrigin()}/pasted-page?html=${encodeURIComponent(markup)}`;
  mount().append(frame);
  try {
    await settle(() => reports.some(done));
  } finally {
    removeEventListener('message', listen);
  }
  return reports.find(done) ?? reports.at(-1) ?? {};
}

describe('a snippet from a self-hosted gallery, pasted on another site', function () {
  this.timeout(90000);
  let script = '';
  let iframe = '';

  before(async () => {
    const gallery = await openGallery();
    const section = () => gallery.getElementById('clashes-by-state');
    await settle(() => Boolean(section()?.querySelector('.snippet-row code')?.textContent));
    [script, iframe] = [...section()!.querySelectorAll('.snippet-row code')].map((code) => code.textContent!);
  });

  it('names this copy\'s own files, not a CDN\'s', () => {
    const dist = new URL('/dist/', location.href).href;
    expect(script.split('\n')[0]).to.equal(`<script type="module" src="${dist}cifras.js"></script>`);
    expect(iframe).to.contain(`<iframe src="${dist}embed.html?widget=clashes-by-state&amp;`);
    expect(iframe).to.contain(`<script defer src="${dist}embed-resize.js"></script>`);
  });

  it('gives the same files in a chart\'s Embed panel, whose code sits in dist/chunks/', async () => {
    const gallery = await openGallery();
    await settle(() => Boolean(gallery.querySelector('#clashes-by-state .preview cifras-clashes-by-state')));
    const chart = gallery.querySelector('#clashes-by-state .preview cifras-clashes-by-state')!;
    // Drawn now, with its tools, wherever the frame puts it (a lazy chart waits to come near the viewport).
    chart.setAttribute('loading', 'eager');
    await settle(() => Boolean(chart.shadowRoot?.querySelector('[data-action="embed"]')));
    chart.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="embed"]')!.click();
    const snippet = () => chart.shadowRoot!.querySelector('#cifras-panel [data-snippet] pre')?.textContent ?? '';
    await settle(() => Boolean(snippet()));
    expect(snippet().split('\n')[0]).to.equal(script.split('\n')[0]);
  });

  it('draws the chart from the script tag', async () => {
    expect(otherOrigin()).not.to.equal(location.origin);
    const report = await paste(script, 800, (r) => Boolean(r.marks));
    expect(report.tag).to.equal('cifras-clashes-by-state');
    expect(report.marks).to.be.above(3);
  });

  it('draws the chart in the iframe, and the resizer fits the frame to it on a phone', async () => {
    const report = await paste(iframe, 375, (r) => (r.told ?? 0) > 200 && Math.abs((r.height ?? 0) - r.told!) <= 1);
    expect(report.frameOrigin).to.equal(location.origin);
    expect(report.told, 'the embed page drew the chart').to.be.above(200);
    expect(report.height, 'the frame is as tall as its chart').to.be.closeTo(Math.ceil(report.told!), 1);
    expect(report.height, 'taller than the snippet\'s, taken at the gallery\'s width').to.not.equal(report.before);
  });
});
