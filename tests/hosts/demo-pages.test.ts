// The gallery is built with Cifras itself and must pass axe too. It loads the
// built library, so this runs against dist/ (built by the package test first).
import { expect } from '@open-wc/testing';
import { loadedFrame, mount } from '../helpers/render.js';
import { until } from '../helpers/downloads.js';
import { PUBLISHED } from '../../src/version.js';

type FrameAxe = { run(context: Document): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };

/** A demo page in a frame `width` px wide, loaded. */
async function openPage(path: string, width = 1100): Promise<HTMLIFrameElement> {
  return loadedFrame({ src: path }, width, 800);
}

async function auditPage(path: string): Promise<string[]> {
  const frame = await openPage(path);
  const win = frame.contentWindow as unknown as { axe: FrameAxe };
  const doc = frame.contentDocument!;
  await until(() => [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('cifras-')).every((el) => el.shadowRoot?.childElementCount));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  doc.head.append(script);
  await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  const result = await win.axe.run(doc);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe('demo pages', function () {
  this.timeout(60000);

  it('names each gallery iframe snippet by its chart’s shown title, in the chosen language', async () => {
    const frame = await openPage('/demo/index.html');
    const section = frame.contentDocument!.getElementById('clashes-by-state')!;
    // Charts far from the viewport wait to be drawn.
    section.scrollIntoView();
    const iframeSnippet = () => section.querySelectorAll('.snippet-row code')[1].textContent!;
    const shownTitle = () => section.querySelector('.preview cifras-clashes-by-state')?.shadowRoot?.querySelector('.title')?.textContent!.replace(/\s+/g, ' ').trim();
    await until(() => Boolean(shownTitle()));
    const english = shownTitle()!;
    await until(() => iframeSnippet().includes(`title="${english}"`));
    expect(english).to.match(/armed clashes/);
    expect(iframeSnippet()).to.contain(`title="${english}"`);
    const lang = [...section.querySelectorAll('select')].find((select) => [...select.options].some((option) => option.value === 'es'))!;
    lang.value = 'es';
    lang.dispatchEvent(new Event('change'));
    await until(() => Boolean(shownTitle()) && shownTitle() !== english);
    const spanish = shownTitle()!;
    await until(() => iframeSnippet().includes(`title="${spanish}"`));
    expect(spanish).to.match(/enfrentamientos/);
    expect(iframeSnippet()).to.match(/^<iframe /);
    expect(iframeSnippet()).to.contain(`title="${spanish}"`);
  });

  it('moves nothing a phone\'s reader sees while the gallery builds itself (no layout shift)', async function () {
    const frame = await openPage('/demo/index.html', 412);
    const win = frame.contentWindow as Window & typeof globalThis;
    if (!win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
    const doc = frame.contentDocument!;
    // The first card's chart has drawn and named its sources, and the key figures have drawn.
    await until(() => Boolean(doc.querySelector('#widgets .widget .meta')?.textContent));
    await until(() => [...doc.querySelectorAll('#key-figures cifras-key-figure')].every((card) => card.shadowRoot?.querySelector('.number')));
    // Every shift since the page began, as Lighthouse counts them (input or not: its emulated phone reports touches).
    const shifts = await new Promise<{ value: number; sources: string[] }[]>((resolve) => {
      new win.PerformanceObserver((list, observer) => {
        observer.disconnect();
        resolve(list.getEntries().map((entry) => {
          const shift = entry as PerformanceEntry & { value: number; sources: { node?: Node }[] };
          return { value: shift.value, sources: shift.sources.map((source) => (source.node as Element | undefined)?.outerHTML?.slice(0, 60) ?? '?') };
        }));
      }).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve([]), 1000);
    });
    expect(shifts).to.deep.equal([]);
  });

  it('leaves no word alone on the last line of the citations page\'s heading on a phone', async () => {
    const frame = await openPage('/demo/citations.html', 360);
    const doc = frame.contentDocument!;
    const heading = [...doc.querySelectorAll('h2')].find((h) => h.textContent!.includes('growing role'))!;
    const text = heading.firstChild!;
    const top = (word: string) => {
      const range = doc.createRange();
      const start = text.textContent!.indexOf(word);
      range.setStart(text, start);
      range.setEnd(text, start + word.length);
      return range.getBoundingClientRect().top;
    };
    expect(top('role')).to.be.above(top('The'), 'the heading wraps at 360 px');
    expect(top('growing')).to.equal(top('role'));
  });

  it('gives the key figure\'s iframe snippet the card\'s drawn height, not the height before it drew', async () => {
    const frame = await openPage('/demo/index.html');
    const section = frame.contentDocument!.getElementById('key-figure')!;
    section.scrollIntoView();
    const element = section.querySelector<HTMLElement>('.preview cifras-key-figure')!;
    await until(() => Boolean(element.shadowRoot?.querySelector('.number')));
    const height = () => Number(/height="(\d+)"/.exec(section.querySelectorAll('.snippet-row code')[1].textContent!)![1]);
    await until(() => height() === element.offsetHeight + 24);
    expect(height()).to.equal(element.offsetHeight + 24);
    expect(element.offsetHeight).to.be.above(100);
  });

  it('keeps a chart\'s iframe snippet as tall as the chart while its Embed panel is open, as the panel\'s own says', async () => {
    const frame = await openPage('/demo/index.html');
    const section = frame.contentDocument!.getElementById('clashes-by-state')!;
    const chart = section.querySelector<HTMLElement>('.preview cifras-clashes-by-state')!;
    chart.setAttribute('loading', 'eager');
    const height = (text: string) => Number(/height="(\d+)"/.exec(text)![1]);
    const gallerySnippet = () => height(section.querySelectorAll('.snippet-row code')[1].textContent!);
    await until(() => Boolean(chart.shadowRoot?.querySelector('[data-action="embed"]')));
    await until(() => gallerySnippet() === chart.offsetHeight + 24);
    const closed = gallerySnippet();
    chart.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="embed"]')!.click();
    const panelSnippet = () => chart.shadowRoot!.querySelector('#cifras-panel [data-snippet="Iframe"] pre')?.textContent;
    await until(() => Boolean(panelSnippet()));
    // The gallery heard the chart grow by the panel, and wrote its snippet again.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chart.offsetHeight + 24).to.be.above(closed + 100);
    // Within a pixel: heights are whole pixels, a panel's margins need not be.
    expect(gallerySnippet()).to.be.closeTo(closed, 1);
    expect(height(panelSnippet()!)).to.be.closeTo(closed, 1);
  });

  it('sets each gallery chart\'s title one level under its card\'s heading, and wraps the snippets on a phone', async () => {
    const frame = await openPage('/demo/index.html', 375);
    const section = frame.contentDocument!.getElementById('clashes-by-state')!;
    section.scrollIntoView();
    const title = () => section.querySelector('.preview cifras-clashes-by-state')?.shadowRoot?.querySelector('.title');
    await until(() => Boolean(title()));
    expect(section.querySelector('h3')).to.exist;
    expect(title()!.getAttribute('role')).to.equal('heading');
    expect(title()!.getAttribute('aria-level')).to.equal('4');
    // No npm row for a version that is not on npm.
    const snippets = [...section.querySelectorAll<HTMLElement>('.snippet-row:not([hidden]) pre.snippet')];
    expect(snippets).to.have.length(PUBLISHED ? 3 : 2);
    for (const pre of snippets) expect(pre.scrollWidth, pre.textContent!.slice(0, 40)).to.be.at.most(pre.clientWidth + 1);
    expect([...section.querySelectorAll<HTMLElement>('button.copy')].filter((b) => b.offsetParent).map((b) => b.textContent)).to.deep.equal(['Copy HTML', 'Copy HTML', 'Copy code'].slice(0, snippets.length));
  });

  it('finds figures by a plural in the search box, and says so when nothing matches', async () => {
    const frame = await openPage('/demo/index.html');
    const doc = frame.contentDocument!;
    const form = doc.getElementById('search') as HTMLFormElement;
    const search = async (q: string) => {
      (form.elements.namedItem('q') as HTMLInputElement).value = q;
      form.dispatchEvent(new Event('input'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      return [(form.elements.namedItem('count') as HTMLOutputElement).value, [...doc.querySelectorAll('#results cifras-key-figure')].map((c) => c.getAttribute('figure'))] as const;
    };
    const [, plural] = await search('homicides inegi');
    // "Homicide rate" has no "homicides" in it.
    expect(plural).to.include('elementa.homicide-rate.2022');
    const [count, none] = await search('zzzqx');
    expect(none).to.deep.equal([]);
    expect(count).to.contain('none matches “zzzqx”');
  });

  it('gives the search box room for its whole placeholder on a phone', async () => {
    const frame = await openPage('/demo/index.html', 390);
    const doc = frame.contentDocument!;
    const input = doc.querySelector<HTMLInputElement>('#search input[name="q"]')!;
    const style = frame.contentWindow!.getComputedStyle(input);
    const context = doc.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    expect(context.measureText(input.placeholder).width).to.be.below(room);
  });

  it('keeps, in the minified build, the space between a message and "Did you mean"', async () => {
    // The build minifies templates, and a template that starts with a space can lose it ("…1999».¿Quiso decir").
    const frame = document.createElement('iframe');
    frame.srcdoc = '<script type="module" src="/dist/cifras.js"></script>'
      + '<cifras-key-figure loading="eager" lang="es" figure="icg.homicides.2022" compare="icg.homicides.1999"></cifras-key-figure>';
    mount().append(frame);
    const note = () => frame.contentDocument?.querySelector('cifras-key-figure')?.shadowRoot?.querySelector('[role="note"]')?.textContent ?? '';
    await until(() => note().includes('Quiso decir'));
    expect(note().replace(/\s+/g, ' ')).to.contain('«icg.homicides.1999». ¿Quiso decir');
  });

  for (const page of ['index.html', 'citations.html', 'data.html']) {
    it(`${page} has no axe violations`, async () => {
      expect(await auditPage(`/demo/${page}`)).to.deep.equal([]);
    });
  }
});
