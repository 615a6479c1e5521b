import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { defaultCatalog } from '../../src/data/dataset.js';
import { renderChart } from '../helpers/chart-suite.js';
import { emulateMediaFeatures, resetMedia } from '../helpers/media.js';
import { mount } from '../helpers/render.js';
import { until } from '../helpers/downloads.js';

describe('print', () => {
  afterEach(resetMedia);

  it('hides tools and prints every source, quote and disagreement in full', async function () {
    const { el, root } = await renderChart('cifras-homicides-disappearances', 'lang="en"');
    root.querySelector<HTMLButtonElement>('[data-action="cite"]')!.click();
    await el.updateComplete;
    if (!(await emulateMediaFeatures([], 'print'))) this.skip();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(getComputedStyle(root.querySelector('.actions')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('.panel')!).display).to.equal('none');
    expect(root.querySelector('#cifras-sources'), 'the sources, folded on screen, print').to.exist;
    const quotes = [...root.querySelectorAll<HTMLDetailsElement>('details')];
    expect(quotes.length).to.be.greaterThan(0);
    expect(quotes.every((d) => d.open)).to.equal(true);
    const evidence = root.querySelector('.footnote .evidence')!;
    expect(evidence.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(getComputedStyle(root.querySelector('.frame')!).breakInside).to.equal('avoid');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(root.querySelector('#cifras-sources'), 'folded again on screen').to.equal(null);
  });

  it('prints the page’s source list as endnotes without back-links', async function () {
    const container = mount();
    container.innerHTML = '<p>x<cifras-cite source="icg-2024"></cifras-cite></p><cifras-sources></cifras-sources>';
    const list = container.querySelector('cifras-sources')!;
    await until(() => Boolean(list.shadowRoot?.querySelector('li')));
    if (!(await emulateMediaFeatures([], 'print'))) this.skip();
    expect(getComputedStyle(list.shadowRoot!.querySelector('.backlinks')!).display).to.equal('none');
    expect(list.shadowRoot!.querySelector('li')!.textContent).to.contain('The Generals’ Labyrinth');
  });
});

describe('JSON-LD', () => {
  const jsonLd = (el: Element) => JSON.parse(el.querySelector(':scope > script[type="application/ld+json"]')!.textContent!);

  it('describes a chart as a schema.org Dataset citing its documents, only when asked', async () => {
    const plain = await renderChart('cifras-clashes-by-state', 'lang="en"');
    expect(plain.el.querySelector('script')).to.equal(null);
    const { el } = await renderChart('cifras-clashes-by-state', 'lang="en" json-ld');
    await el.updateComplete;
    const data = jsonLd(el);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('Dataset');
    expect(data.version).to.equal(defaultCatalog.data.version);
    expect(data.citation.map((c: { name: string }) => c.name)).to.deep.equal([defaultCatalog.source('icg-2024').title]);
    expect(data.citation[0]['@type']).to.equal('Report');
    el.removeAttribute('json-ld');
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
  });

  it('lists every source cited on the page from <cifras-sources>', async () => {
    const container = mount();
    container.innerHTML = '<p>a<cifras-cite source="valdes-2024"></cifras-cite> b<cifras-cite source="shirk-2019"></cifras-cite></p><cifras-sources json-ld></cifras-sources>';
    const list = container.querySelector('cifras-sources')!;
    await until(() => Boolean(list.querySelector('script')) && jsonLd(list).citation.length === 2);
    expect(jsonLd(list).citation.map((c: { name: string }) => c.name)).to.deep.equal(['The Future of US-Mexico Security Cooperation', 'AMLO, Violent Crime, and Public Security in Mexico']);
  });
});
