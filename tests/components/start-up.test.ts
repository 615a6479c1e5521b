// What a chart does as soon as it is on the page, before it is drawn.
import { expect } from '@open-wc/testing';
import type { CifrasChart } from '../../src/components/shared/chart-element.js';
import { mount } from '../helpers/render.js';

// Every number format the page makes, by locale: watched before Cifras loads.
const made: string[] = [];
const NumberFormat = Intl.NumberFormat;
Intl.NumberFormat = new Proxy(NumberFormat, {
  construct(target, args) {
    made.push(String(args[0]));
    return Reflect.construct(target, args);
  },
});

const task = () => new Promise((resolve) => setTimeout(resolve));

describe('start-up', () => {
  after(() => { Intl.NumberFormat = NumberFormat; });

  it('makes the chart’s number format in a task of its own while the chart is still far from the viewport', async () => {
    await import('../../src/index.js');
    const container = mount(600);
    const spacer = document.createElement('div');
    spacer.style.height = `${window.innerHeight * 5}px`;
    const el = document.createElement('cifras-extraditions') as CifrasChart;
    el.lang = 'es';
    container.append(spacer, el);
    expect(made, 'not while connecting').to.not.include('es-MX');
    await task();
    await task();
    expect(made, 'made after connecting').to.include('es-MX');
    expect(el.shadowRoot!.querySelector('svg.visual'), 'the chart is not laid out yet').to.equal(null);
    const count = made.length;
    const second = document.createElement('cifras-extraditions') as CifrasChart;
    second.lang = 'es';
    container.append(second);
    await task();
    expect(made.slice(count).filter((locale) => locale === 'es-MX'), 'once per language').to.deep.equal([]);
  });
});
