import { expect } from '@open-wc/testing';
import { heightMessages, parseEmbedParams } from '../../src/embed/embed-params.js';
import { loadedFrame } from '../helpers/render.js';
import { until } from '../helpers/downloads.js';
import { emulateMediaFeatures, resetMedia } from '../helpers/media.js';

/** The host page's resizer, as a path (a literal would have the type checker look for the file). */
const RESIZER = '/src/embed/embed-resize.ts';

const known = new Map<string, readonly string[]>([['cifras-clashes-by-state', ['lang', 'theme', 'highlight', 'limit']]]);


/** Waits until `check` holds or 20 s have passed (generous for a busy machine; the test's assertions then say what is wrong). */
async function settle(check: () => boolean): Promise<void> {
  for (const end = Date.now() + 20000; !check() && Date.now() < end;) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** The frame's inner height (without its border) and its content's: the embed page's container and its padding. */
function heights(frame: HTMLIFrameElement): { frame: number; content: number } {
  const main = frame.contentDocument!.getElementById('embed')!;
  return { frame: frame.clientHeight, content: main.getBoundingClientRect().height };
}

describe('embed page', () => {
  it('accepts only the widget’s own attributes and reports the rest', () => {
    const request = parseEmbedParams('?widget=clashes-by-state&lang=es&highlight=Sonora&onload=alert(1)&style=x&background=solid', known);
    expect(request).to.deep.equal({
      tag: 'cifras-clashes-by-state',
      attributes: [['lang', 'es'], ['highlight', 'Sonora'], ['theme', 'auto']],
      ignored: ['onload', 'style'],
      background: 'solid',
      lang: 'es',
    });
    expect(parseEmbedParams('?widget=nope', known)).to.have.property('error').that.contains('clashes-by-state');
  });

  it('without a widget, lists the widgets it can show instead of calling "" unknown', () => {
    for (const search of ['', '?lang=en', '?widget=', '?widget=%20']) {
      expect(parseEmbedParams(search, known)).to.have.property('error').that.equals('Name the widget to show with ?widget=…, one of: clashes-by-state.');
    }
    expect(parseEmbedParams('?lang=es', known)).to.have.property('error').that.equals('Indique el widget que se muestra con ?widget=…, uno de estos: clashes-by-state.');
  });

  it('reports a background it does not know, and speaks the widget’s language', () => {
    const request = parseEmbedParams('?widget=clashes-by-state&background=bogus', known);
    expect(request).to.deep.include({ ignored: ['background=bogus'], background: 'transparent', lang: 'en' });
    expect(parseEmbedParams('?widget=clashes-by-state&background=transparent', known)).to.deep.include({ ignored: [] });
    expect(parseEmbedParams('?widget=nope&lang=es', known)).to.have.property('error').that.matches(/^No hay un widget "nope"\. Use uno de estos: clashes-by-state\.$/);
  });

  it('takes one value per parameter: the first, reporting the repeats', () => {
    const request = parseEmbedParams('?widget=clashes-by-state&theme=dark&theme=light&lang=es&lang=en&widget=impunity&background=solid&background=transparent', known);
    expect(request).to.deep.equal({
      tag: 'cifras-clashes-by-state',
      attributes: [['theme', 'dark'], ['lang', 'es']],
      ignored: ['theme=light', 'lang=en', 'widget=impunity', 'background=transparent'],
      background: 'solid',
      lang: 'es',
    });
  });

  it('paints the page and the chart in the same theme when the address repeats it', async function () {
    this.timeout(20000);
    const frame = await loadedFrame({ src: '/tests/pages/embed.html?widget=clashes-by-state&theme=dark&theme=light' }, 600, 300);
    const doc = frame.contentDocument!;
    await until(() => Boolean(doc.querySelector('cifras-clashes-by-state')));
    expect(doc.documentElement.dataset.theme).to.equal('dark');
    expect(doc.querySelector('cifras-clashes-by-state')!.getAttribute('theme')).to.equal('dark');
    expect(doc.querySelector('.embed-note')!.textContent).to.equal('Ignored parameters: theme=light.');
  });

  it('names its document by the chart and speaks its language', async function () {
    this.timeout(20000);
    const frame = await loadedFrame({ src: '/tests/pages/embed.html?widget=clashes-by-state&lang=es&evil=1' }, 600, 300);
    const doc = frame.contentDocument!;
    await until(() => doc.title !== 'Cifras chart');
    const chart = doc.querySelector('cifras-clashes-by-state')!;
    expect(doc.title).to.equal(`${chart.shadowRoot!.querySelector('[part="title"]')!.textContent!.replace(/\s+/g, ' ').trim()} · Cifras`);
    expect(doc.documentElement.lang).to.equal('es');
    expect(doc.querySelector('.embed-note')!.textContent).to.equal('Parámetros ignorados: evil.');
    const card = await loadedFrame({ src: '/tests/pages/embed.html?widget=key-figure&figure=icg.homicides.2019' }, 375, 300);
    await until(() => card.contentDocument!.title !== 'Cifras chart');
    expect(card.contentDocument!.title).to.match(/ · Cifras$/);
    expect(card.contentDocument!.documentElement.lang).to.equal('en');
  });

  it('asks a frame for its height only once it has loaded, never its blank page before', async function () {
    this.timeout(20000);
    // A host page of its own (the resizer installs once a page), whose frame is lazy and far below the fold.
    const host = await loadedFrame({ srcdoc: '<!doctype html><body><div style="height:20000px"></div><iframe loading="lazy" src="/tests/pages/embed.html?widget=key-figure&figure=icg.homicides.2019"></iframe></body>' }, 400, 300);
    const inner = host.contentDocument!.querySelector('iframe')!;
    expect(inner.contentWindow!.location.href, 'the lazy frame has not loaded').to.equal('about:blank');
    // Where each message went: a same-origin page that replaces the blank one keeps its window (and this spy).
    const posted: string[] = [];
    const blank = inner.contentWindow!;
    blank.postMessage = () => { posted.push(blank.location.href); };
    const script = host.contentDocument!.createElement('script');
    script.type = 'module';
    script.src = `${RESIZER}?host=${Date.now()}`;
    const installed = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    host.contentDocument!.body.append(script);
    await installed;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((host.contentWindow as Window & { cifrasEmbedResize?: true }).cifrasEmbedResize).to.equal(true);
    expect(posted.filter((href) => href === 'about:blank'), 'messages to the blank page').to.deep.equal([]);
    // Scrolled to, it loads, and the resizer sizes it.
    inner.scrollIntoView();
    // (First the card's loading state, then the card.)
    await settle(() => parseFloat(inner.style.height) > 100);
    expect(parseFloat(inner.style.height)).to.be.greaterThan(100);
  });

  it('sizes only frames from its own origin, by their window, to between 100 and 10,000 px', async function () {
    this.timeout(20000);
    await import(RESIZER);
    // A third-party frame whose address merely contains "embed.html" (here an opaque data: page) is not sized.
    const hostile = await loadedFrame({ src: `data:text/html,<script>parent.postMessage({type:'cifras:height',height:5000},'*')</script>#embed.html` }, 300, 150);
    // Same-origin frames report a collapsing, a huge and a non-finite height.
    const frame = (h: string) => loadedFrame({ src: `/tests/pages/post-height.html?h=${h}&embed.html` }, 300, 150);
    const [tiny, huge, nan] = await Promise.all([frame('0.0001'), frame('1e9'), frame('NaN')]);
    await settle(() => Boolean(tiny.style.height && huge.style.height));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hostile.style.height, 'the third-party frame').to.equal('');
    expect(tiny.style.height).to.equal('100px');
    expect(huge.style.height).to.equal('10000px');
    expect(nan.style.height).to.equal('');
  });

  it('speaks Cifras’ and AMP’s height messages', () => {
    expect(heightMessages(412.3)).to.deep.equal([{ type: 'cifras:height', height: 413 }, { sentinel: 'amp', type: 'embed-size', height: 413 }]);
  });

  it('draws the widget in a frame, and the host script sizes the iframe to it (loaded twice, after the frame)', async function () {
    this.timeout(20000);
    const frame = await loadedFrame({ src: '/tests/pages/embed.html?widget=clashes-by-state&lang=es&theme=dark&evil=1' }, 600, 150);
    // Twice, the second time as a separate copy (another URL): it must install once.
    const script = '/src/embed/embed-resize.ts';
    await import(script);
    await import(`${script}?again=1`);
    const doc = frame.contentDocument!;
    await until(() => Boolean(doc.querySelector('cifras-clashes-by-state')?.shadowRoot?.querySelector('svg.visual')));
    const chart = doc.querySelector('cifras-clashes-by-state')!;
    expect(chart.getAttribute('lang')).to.equal('es');
    expect(chart.getAttribute('theme')).to.equal('dark');
    expect(doc.querySelector('.embed-note')!.textContent).to.contain('evil');
    // Sized to the content: no inner scrollbar (the content may rewrap by a few px once the scrollbar goes).
    await until(() => frame.getBoundingClientRect().height >= doc.documentElement.scrollHeight);
    expect(frame.getBoundingClientRect().height).to.be.at.least(doc.documentElement.scrollHeight);
    expect(frame.getBoundingClientRect().height).to.be.closeTo(doc.documentElement.scrollHeight, 8);
    expect(frame.getBoundingClientRect().height).to.be.greaterThan(300);
  });

  it('draws the widget from the built page as shipped (dist/embed.html), with the elements in its script', async function () {
    this.timeout(20000);
    const frame = await loadedFrame({ src: '/dist/embed.html?widget=troop-deployment&lang=es' }, 600, 400);
    const doc = frame.contentDocument!;
    await until(() => Boolean(doc.querySelector('cifras-troop-deployment')?.shadowRoot?.querySelector('svg.visual rect.mark')));
    expect(frame.contentWindow!.customElements.get('cifras-troop-deployment')).to.be.a('function');
    expect(doc.querySelector('cifras-troop-deployment')!.getAttribute('lang')).to.equal('es');
  });

  it('shrinks a frame that starts taller than its content to the content', async function () {
    this.timeout(30000);
    await import(RESIZER);
    const frame = await loadedFrame({ src: '/tests/pages/embed.html?widget=key-figure&figure=icg.homicides.2019' }, 375, 560);
    const card = () => frame.contentDocument!.querySelector('cifras-key-figure')?.shadowRoot?.querySelector('[part="value"]');
    await settle(() => Boolean(card()));
    await settle(() => Math.abs(heights(frame).frame - heights(frame).content) < 2);
    const { frame: height, content } = heights(frame);
    expect(height, `frame ${height} px, content ${content} px`).to.be.closeTo(content, 2);
    expect(height).to.be.below(450);
  });

  it('makes a frame shorter when it gets wider and its chart needs less height', async function () {
    this.timeout(60000);
    await import(RESIZER);
    const frame = await loadedFrame({ src: '/tests/pages/embed.html?widget=clashes-by-state' }, 375, 150);
    const chart = () => frame.contentDocument!.querySelector('cifras-clashes-by-state')?.shadowRoot?.querySelector('svg.visual');
    await settle(() => Boolean(chart()));
    await settle(() => heights(frame).frame > 300 && Math.abs(heights(frame).frame - heights(frame).content) < 2);
    const narrow = heights(frame).frame;
    frame.width = '1200';
    await settle(() => heights(frame).content < narrow - 50 && Math.abs(heights(frame).frame - heights(frame).content) < 2);
    const { frame: height, content } = heights(frame);
    expect(height, `frame ${height} px (${narrow} px at 375 px wide), content ${content} px`).to.be.closeTo(content, 2);
    expect(height).to.be.below(narrow - 50);
  });

  it('paints a solid background in the widget’s theme, whatever the reader’s colour scheme', async function () {
    this.timeout(30000);
    const background = async (query: string) => {
      const frame = await loadedFrame({ src: `/tests/pages/embed.html?widget=key-figure&figure=icg.homicides.2019&background=solid${query}` }, 375, 300);
      return getComputedStyle(frame.contentDocument!.documentElement).backgroundColor;
    };
    const [white, dark] = ['rgb(255, 255, 255)', 'rgb(23, 23, 27)'];
    expect(await background('&theme=dark'), 'theme=dark in a light scheme').to.equal(dark);
    expect(await background(''), 'no theme in a light scheme').to.equal(white);
    if (!(await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]))) this.skip();
    try {
      expect(await background('&theme=light'), 'theme=light in a dark scheme').to.equal(white);
      expect(await background('&theme=auto'), 'theme=auto in a dark scheme').to.equal(dark);
    } finally {
      await resetMedia();
    }
  });

  it('ignores height messages from windows that are not its frames', async () => {
    const script = '/src/embed/embed-resize.ts';
    await import(script);
    const frame = await loadedFrame({ src: '/tests/pages/embed.html?widget=nope' }, 300, 123);
    window.postMessage({ type: 'cifras:height', height: 999 }, '*');
    window.postMessage({ type: 'cifras:height', height: 'tall' }, '*');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(frame.style.height).to.not.equal('999px');
  });
});
