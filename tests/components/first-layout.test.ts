// A chart on screen whose data is still on its way does not measure itself in
// the task that upgraded it: the measurement forces a layout of the whole page,
// and on a page of many widgets that task is already the longest. It measures
// once its data has come, and draws at its width.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { CifrasChart } from '../../src/components/frame/chart-element.js';
import { mount } from '../helpers/render.js';
import { until } from '../helpers/downloads.js';

describe('a chart whose data is still loading', () => {
  it('reads no box until its data has come, then draws at its width', async () => {
    const container = mount(560);
    container.scrollIntoView({ block: 'start' });
    const el = document.createElement('cifras-seizures') as CifrasChart;
    const measured: string[] = [];
    const original = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      if (this.getRootNode() === el.shadowRoot) measured.push(this.className);
      return original.call(this);
    };
    try {
      container.append(el);
      // The upgrade's microtasks: the on-screen check and the first update.
      for (let i = 0; i < 10; i++) await Promise.resolve();
      expect(el.shadowRoot!.querySelector('svg.visual'), 'its data has not come yet').to.equal(null);
      expect(measured, 'boxes read before the data came').to.deep.equal([]);
      await until(() => Boolean(el.shadowRoot!.querySelector('svg.visual')));
    } finally {
      Element.prototype.getBoundingClientRect = original;
    }
    expect(Number(el.shadowRoot!.querySelector('svg.visual')!.getAttribute('width'))).to.equal(560);
  });
});
