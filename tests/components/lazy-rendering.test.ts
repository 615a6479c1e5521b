// Charts lay out only near the viewport (loading="lazy", the default), do no
// work on resize while far from it, and catch up when they come near.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { CifrasChart, RenderedDetail } from '../../src/components/frame/chart-element.js';
import { mount, captureWarnings } from '../helpers/render.js';
import { until } from '../helpers/downloads.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A chart below a spacer several screens tall, and a count of its layouts. */
async function farChart(tag: string, attributes = ''): Promise<{ el: CifrasChart; container: HTMLElement; layouts: () => number; events: CustomEvent<RenderedDetail>[] }> {
  window.scrollTo(0, 0);
  const container = mount(600);
  const spacer = document.createElement('div');
  spacer.className = 'spacer';
  spacer.style.height = `${window.innerHeight * 5}px`;
  container.append(spacer);
  const el = document.createElement(tag) as CifrasChart;
  for (const [name, value] of attributes.split(' ').filter(Boolean).map((a) => a.split('='))) el.setAttribute(name, value.replace(/"/g, ''));
  let count = 0;
  const target = el as unknown as { buildModel: (...args: unknown[]) => unknown };
  const original = target.buildModel.bind(el);
  target.buildModel = (...args: unknown[]) => { count++; return original(...args); };
  const events: CustomEvent<RenderedDetail>[] = [];
  // Typed by the global event map: no cast.
  el.addEventListener('cifras-rendered', (event) => events.push(event));
  container.append(el);
  await el.updateComplete;
  await frame();
  return { el, container, layouts: () => count, events };
}

describe('lazy rendering', function () {
  this.timeout(20000);
  afterEach(() => window.scrollTo(0, 0));

  it('leaves a chart far below the viewport unlaid, without its data, until it comes near', async () => {
    const before = performance.getEntriesByType('resource').length;
    const { el, layouts, events } = await farChart('cifras-extraditions');
    expect(layouts(), 'no layout while far').to.equal(0);
    expect(el.shadowRoot!.querySelector('svg.visual')).to.equal(null);
    const fetched = () => performance.getEntriesByType('resource').slice(before).map((e) => e.name).filter((n) => n.includes('/shards/'));
    expect(fetched(), 'no data fetched while far').to.deep.equal([]);
    el.scrollIntoView();
    await until(() => events.length > 0);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('rect.hit').length).to.be.greaterThan(0);
    expect(fetched()).to.have.length(1);
    expect(events).to.have.length(1);
    expect(events[0].detail.marks).to.equal(el.shadowRoot!.querySelectorAll('rect.hit').length);
    expect(events[0].bubbles && events[0].composed).to.equal(true);
  });

  it('does not render a chart far below the viewport at all: the fallback inside it shows until it comes near', async () => {
    window.scrollTo(0, 0);
    const container = mount(600);
    const spacer = document.createElement('div');
    spacer.style.height = `${window.innerHeight * 5}px`;
    const el = document.createElement('cifras-impunity') as CifrasChart;
    const fallback = document.createElement('p');
    fallback.textContent = 'A static snapshot of the chart';
    el.append(fallback);
    let renders = 0;
    const target = el as unknown as { render: () => unknown };
    const original = target.render.bind(el);
    target.render = () => { renders++; return original(); };
    container.append(spacer, el);
    await el.updateComplete;
    await frame();
    expect(renders, 'no render while far').to.equal(0);
    expect(el.hasUpdated).to.equal(false);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('[part="pending"] > slot');
    expect(slot?.assignedNodes(), 'the fallback is slotted').to.deep.equal([fallback]);
    expect(fallback.getBoundingClientRect().height, 'and shown').to.be.greaterThan(0);
    el.scrollIntoView();
    await until(() => el.shadowRoot!.querySelector('rect.hit') !== null);
    expect(renders).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('[part="pending"]'), 'the placeholder is gone').to.have.length(0);
    expect(fallback.assignedSlot, 'the fallback is no longer shown').to.equal(null);
  });

  it('draws a chart that waited far below the viewport in the task it comes near, at its width', async () => {
    // With the chart's data in already (from an eager one), what is timed is the drawing alone.
    const eager = await farChart('cifras-electoral-violence', 'loading=eager');
    await until(() => eager.events.length > 0);
    const { el, events } = await farChart('cifras-electoral-violence');
    const drawnIn: boolean[] = [];
    let sameTask = true;
    const target = el as unknown as { nearViewportChanged: (near: boolean) => void };
    const original = target.nearViewportChanged.bind(el);
    target.nearViewportChanged = (near) => {
      original(near);
      if (!near) return;
      sameTask = true;
      setTimeout(() => { sameTask = false; });
    };
    el.addEventListener('cifras-rendered', () => drawnIn.push(sameTask));
    el.scrollIntoView();
    await until(() => events.length > 0);
    expect(drawnIn, 'drawn before the next task, not after a ResizeObserver report').to.deep.equal([true]);
    expect(el.shadowRoot!.querySelector('svg.visual')!.getAttribute('width')).to.equal('600');
  });

  it('draws a chart already on screen in the task that connected it, not when the observer first reports', async () => {
    // With the chart's data in already (from an eager one), what is timed is the drawing alone.
    const eager = await farChart('cifras-electoral-violence', 'loading=eager');
    await until(() => eager.events.length > 0);
    window.scrollTo(0, 0);
    const container = mount(600);
    document.body.prepend(container);
    const el = document.createElement('cifras-electoral-violence') as CifrasChart;
    let taskEnded = false;
    const drawnInTask: boolean[] = [];
    el.addEventListener('cifras-rendered', () => drawnInTask.push(!taskEnded));
    container.append(el);
    // A message is the first task after this one; an IntersectionObserver reports in a later one.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { taskEnded = true; };
    channel.port2.postMessage(0);
    await until(() => drawnInTask.length > 0);
    channel.port1.close();
    expect(drawnInTask).to.deep.equal([true]);
    expect(el.shadowRoot!.querySelector('svg.visual')!.getAttribute('width'), 'at its width, not waiting for a ResizeObserver report').to.equal('600');
  });

  it('measures its labels in the font it draws them in when drawn in its first update, whatever font the page gives the element', async () => {
    // With the data in already, a chart on screen lays out in its first update, before its frame exists.
    const eager = await farChart('cifras-clashes-by-state', 'loading=eager');
    await until(() => eager.events.length > 0);
    window.scrollTo(0, 0);
    for (const pageFont of ['"DejaVu Sans Mono", "Courier New", monospace', 'Georgia, serif']) {
      const container = mount(600);
      document.body.prepend(container);
      const el = document.createElement('cifras-clashes-by-state') as CifrasChart;
      el.style.setProperty('font-family', pageFont, 'important');
      container.append(el);
      await until(() => el.shadowRoot!.querySelector('rect.mark') !== null);
      const label = el.shadowRoot!.querySelector<SVGTextElement>('g.row text.label')!;
      // The page's typeface is the chart's (sizes stay Cifras'), and its labels end before the bars start.
      expect(getComputedStyle(label).fontFamily, pageFont).to.equal(pageFont);
      for (const row of el.shadowRoot!.querySelectorAll('g.row')) {
        const text = row.querySelector<SVGTextElement>('text.label')!.getBoundingClientRect();
        const bar = row.querySelector<SVGRectElement>('rect.mark')!.getBoundingClientRect();
        expect(text.right, `${pageFont}: ${row.getAttribute('data-figure')}`).to.be.at.most(bar.left + 0.5);
      }
      container.remove();
    }
  });

  it('leaves a chart in a hidden container unlaid until it is shown', async () => {
    window.scrollTo(0, 0);
    const container = mount(600);
    container.hidden = true;
    const el = document.createElement('cifras-extraditions') as CifrasChart;
    container.append(el);
    await frame();
    await frame();
    expect(el.hasUpdated, 'no render while hidden').to.equal(false);
    container.hidden = false;
    await until(() => el.shadowRoot!.querySelector('rect.hit') !== null);
  });

  it('leaves a key figure far below the viewport unrendered and its figure unloaded until it comes near', async () => {
    window.scrollTo(0, 0);
    const container = mount(600);
    const spacer = document.createElement('div');
    spacer.style.height = `${window.innerHeight * 5}px`;
    const el = document.createElement('cifras-key-figure') as HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };
    el.setAttribute('figure', 'icg.homicides.2022');
    container.append(spacer, el);
    await el.updateComplete;
    await frame();
    expect(el.hasUpdated, 'no render while far').to.equal(false);
    expect(el.shadowRoot!.querySelector('.card')).to.equal(null);
    el.scrollIntoView();
    await until(() => el.shadowRoot!.querySelector('.card .number') !== null);
    expect(el.shadowRoot!.querySelector('.number')!.textContent).to.match(/\d/);
  });

  it('writes no attribute on upgrade: the default theme is not reflected, a set one is', async () => {
    const { el } = await farChart('cifras-arrests');
    el.scrollIntoView();
    await until(() => el.shadowRoot!.querySelector('rect.hit') !== null);
    expect(el.hasAttribute('theme')).to.equal(false);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
  });

  it('lays out the chart on screen first, then the ones near the screen one task each', async () => {
    const container = mount(600);
    const calls: { id: number; ownTask: boolean }[] = [];
    let microtasksRan = true;
    const chart = (id: number) => {
      const el = document.createElement('cifras-electoral-violence') as CifrasChart;
      el.style.height = '120px';
      // Called when the chart comes near, once however often the observer says so.
      const target = el as unknown as { cameNear: () => void };
      const original = target.cameNear.bind(el);
      target.cameNear = () => {
        calls.push({ id, ownTask: microtasksRan });
        // Runs before the next task: still false if the next chart comes in the same task.
        microtasksRan = false;
        queueMicrotask(() => { microtasksRan = true; });
        original();
      };
      return el;
    };
    const spacer = document.createElement('div');
    spacer.style.height = `${window.innerHeight}px`;
    // The on-screen chart is connected, and so observed, last.
    container.append(spacer, chart(1), chart(2), chart(3));
    container.prepend(chart(0));
    container.scrollIntoView({ block: 'start' });
    await until(() => calls.length === 4);
    expect(calls.map((c) => c.id)).to.deep.equal([0, 1, 2, 3]);
    expect(calls.slice(1).map((c) => c.ownTask), 'each near chart lays out in a task of its own').to.deep.equal([true, true, true]);
  });

  it('renders at once with loading="eager", wherever it is', async () => {
    const { el, events } = await farChart('cifras-electoral-violence', 'loading=eager');
    await until(() => events.length > 0);
    expect(el.shadowRoot!.querySelectorAll('rect.hit').length).to.be.greaterThan(0);
  });

  it('does no work on resize while far, and lays out once for the new width when it comes near', async () => {
    const { el, container, layouts, events } = await farChart('cifras-clashes-by-state');
    el.scrollIntoView();
    await until(() => events.length > 0);
    const drawnAt = el.shadowRoot!.querySelector('svg.visual')!.getAttribute('width');
    window.scrollTo(0, 0);
    await frame();
    const count = layouts();
    container.style.width = '340px';
    await frame();
    await frame();
    expect(layouts(), 'no layout while far').to.equal(count);
    expect(el.shadowRoot!.querySelector('svg.visual')!.getAttribute('width')).to.equal(drawnAt);
    el.scrollIntoView();
    await until(() => events.length > 1);
    await el.updateComplete;
    expect(layouts()).to.equal(count + 1);
    expect(el.shadowRoot!.querySelector('svg.visual')!.getAttribute('width')).to.equal('340');
  });

  it('draws every chart for print, near the viewport or not', async () => {
    const { el, events } = await farChart('cifras-impunity');
    window.dispatchEvent(new Event('beforeprint'));
    await until(() => events.length > 0);
    expect(el.shadowRoot!.querySelectorAll('rect.hit').length).to.be.greaterThan(0);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('warns about a loading value it does not know and stays lazy', async () => {
    let far!: Awaited<ReturnType<typeof farChart>>;
    const warnings = await captureWarnings(async () => { far = await farChart('cifras-arrests', 'loading=soon'); });
    expect(warnings.join('\n')).to.match(/loading="soon" is not one of lazy, eager; using lazy/);
    expect(far.layouts()).to.equal(0);
  });
});
