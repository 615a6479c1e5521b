// A static snapshot (dist/static/, written by the build) as fallback content
// inside its element: shown until the script defines the element, hidden once
// the live chart's shadow root (which has no default slot) takes over.
// The elements are imported only halfway through, so this file must not
// import src/index.ts at the top.
import { expect } from '@open-wc/testing';
import { mount } from '../helpers/render.js';
import { until } from '../helpers/downloads.js';
import { expectNoAxeViolations } from '../helpers/axe.js';

const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
const consoleError = console.error;
console.error = (...args: unknown[]) => { errors.push(args.map(String).join(' ')); consoleError(...args); };

async function snapshot(name: string): Promise<string> {
  const response = await fetch(`/dist/static/${name}.html`);
  expect(response.ok, `dist/static/${name}.html (run npm run build first)`).to.equal(true);
  return response.text();
}

const box = (el: Element) => el.getBoundingClientRect();

describe('static snapshot as fallback content', function () {
  this.timeout(20000);

  it('shows the snapshot before the script runs, and the live chart after, with no errors', async () => {
    const container = mount(640);
    container.innerHTML = `
      <cifras-clashes-by-state lang="en">${await snapshot('cifras-clashes-by-state.en')}</cifras-clashes-by-state>
      <cifras-key-figure lang="es" figure="icg.disappeared-registry-total-2024">${await snapshot('cifras-key-figure.icg.disappeared-registry-total-2024.es')}</cifras-key-figure>`;
    const chart = container.querySelector('cifras-clashes-by-state')!;
    const card = container.querySelector('cifras-key-figure')!;
    const [chartFallback, cardFallback] = [chart, card].map((el) => el.querySelector<HTMLElement>(':scope > .cifras-static')!);

    // Before: the element is unknown, its children are the page's content.
    expect(customElements.get('cifras-clashes-by-state')).to.equal(undefined);
    expect(chart.shadowRoot).to.equal(null);
    const drawing = chartFallback.querySelector('svg.cifras-visual')!;
    expect(box(chartFallback).height).to.be.greaterThan(300);
    expect(box(drawing).height).to.be.greaterThan(150);
    expect(box(drawing).width).to.be.within(300, 640);
    expect(chartFallback.querySelectorAll('rect.cifras-mark')).to.have.length(7);
    expect(getComputedStyle(chartFallback.querySelector('rect.cifras-mark')!).fill).to.not.equal('rgb(0, 0, 0)');
    expect(box(chartFallback.querySelector('.cifras-footnote')!).height).to.be.greaterThan(0);
    expect(chartFallback.querySelector('h2')!.textContent).to.contain('armed clashes');
    expect(box(cardFallback).height).to.be.greaterThan(100);

    // The script arrives: the elements upgrade and render their shadow roots.
    await import('../../src/index.js');
    await until(() => Boolean(chart.shadowRoot?.querySelector('svg.visual .mark')) && Boolean(card.shadowRoot?.querySelector('.value')));
    expect(chart.shadowRoot!.querySelectorAll('svg.visual .mark')).to.have.length(7);
    // The snapshot showed the very number the live card shows.
    expect(card.shadowRoot!.querySelector('.number')!.textContent).to.equal(cardFallback.querySelector('.cifras-number')!.textContent);

    // No default slot, so the fallback is not rendered: it has no box at all.
    for (const [el, fallback] of [[chart, chartFallback], [card, cardFallback]] as const) {
      expect(el.shadowRoot!.querySelector('slot:not([name])'), `${el.localName} has no default slot`).to.equal(null);
      expect(fallback.isConnected).to.equal(true);
      expect(fallback.getClientRects()).to.have.length(0);
      expect(box(fallback).height).to.equal(0);
      expect(box(fallback.querySelector('figure')!).width).to.equal(0);
    }
    // The element is as tall as its live chart, not chart plus snapshot.
    const frame = chart.shadowRoot!.querySelector('.frame')!;
    expect(box(chart).height).to.be.closeTo(box(frame).height, 2);
    // The snapshot's footnote ids stay distinct from the live chart's.
    expect(chartFallback.querySelector('[id$="-fn-1"]')!.id).to.not.equal('cifras-fn-1');
    expect(errors).to.deep.equal([]);
  });

  it('every snapshot is accessible as plain page content', async () => {
    const index = await (await fetch('/dist/static/index.html')).text();
    // The HTML fragments, not the newsletter files (which repeat their sources, ids and all).
    const names = [...index.matchAll(/<td><a href="([^"]+)\.html">/g)].map((m) => m[1]).filter((name) => !name.endsWith('.mail'));
    expect(names.length).to.be.greaterThan(30);
    const container = mount(640);
    container.innerHTML = (await Promise.all(names.map(snapshot))).join('\n');
    expect(container.querySelectorAll(':scope > .cifras-static')).to.have.length(names.length);
    await expectNoAxeViolations(container);
    // Snapshots of different elements share the page without restyling each
    // other: a key figure's big .value does not reach a bar chart's value labels.
    const labels = [...container.querySelectorAll<SVGTextElement>('svg.cifras-visual text.cifras-value')];
    expect(labels.length).to.be.greaterThan(50);
    for (const label of labels) expect(getComputedStyle(label).fontSize).to.equal(`${label.getAttribute('font-size')}px`);
  });
});
