// Svelte 5 renders Cifras elements as the README shows: a component compiled by
// svelte/compiler (frameworks-plugin.mjs) sets the elements' properties, the
// charts draw, a change of state redraws them, and unmounting is clean.
import { expect } from '@open-wc/testing';
import { flushSync, mount as mountComponent, unmount } from 'svelte';
import type { CustomChartData } from '../../src/data/custom-data.js';
import { mount } from '../helpers/render.js';
import { captureErrors, highlighted, marks, settled, title, type Chart } from './helpers.js';
import App from './svelte/App.svelte';

const rows: CustomChartData = {
  title: 'Homicides in Mexico',
  sources: [{ id: 'inegi', title: 'Defunciones por homicidio', author: 'INEGI', year: 2023 }],
  source: 'inegi',
  data: [{ label: '2018', value: 36685 }, { label: '2019', value: 36661 }],
};

type Exports = { show(state: string, limit: number, rows: CustomChartData): void };

describe('Svelte 5', () => {
  let app: Record<string, unknown> | undefined;
  afterEach(() => { if (app) unmount(app); app = undefined; });

  const start = (target: HTMLElement) => {
    app = mountComponent(App, { target, props: { rows } });
    flushSync();
    return app as unknown as Exports;
  };

  it('sets the elements’ properties, and the charts draw', async () => {
    const container = mount(640);
    const errors = await captureErrors(async () => {
      start(container);
      const clashes = container.querySelector('cifras-clashes-by-state') as Chart;
      expect(clashes.highlight).to.equal('Michoacán');
      expect(clashes.limit).to.equal(5);
      await settled(clashes);
      expect(marks(clashes)).to.have.length(6);
      expect(highlighted(clashes)).to.deep.equal(['icg.clashes-2020-2022.michoacan']);
      const chart = container.querySelector('cifras-chart') as Element & { data?: CustomChartData };
      expect(chart.data).to.equal(rows);
      await settled(chart);
      expect(marks(chart)).to.have.length(2);
      expect(title(chart)).to.equal('Homicides in Mexico');
    });
    expect(errors).to.deep.equal([]);
  });

  it('draws in the language of its lang attribute', async () => {
    const container = mount(640);
    start(container);
    const clashes = container.querySelector('cifras-clashes-by-state') as Chart;
    await settled(clashes);
    expect(title(clashes)).to.contain('enfrentamientos armados');
  });

  it('redraws when the state changes, and unmounts without errors', async () => {
    const container = mount(640);
    const errors = await captureErrors(async () => {
      const exports = start(container);
      const clashes = container.querySelector('cifras-clashes-by-state') as Chart;
      const chart = container.querySelector('cifras-chart')!;
      await settled(clashes);
      await settled(chart);
      exports.show('Tamaulipas', 3, { ...rows, data: [...rows.data, { label: '2020', value: 36773 }] });
      flushSync();
      expect(container.querySelector('cifras-clashes-by-state')).to.equal(clashes);
      expect(clashes.highlight).to.equal('Tamaulipas');
      expect(clashes.limit).to.equal(3);
      await settled(clashes, () => marks(clashes).length === 4);
      expect(highlighted(clashes)).to.deep.equal(['icg.clashes-2020-2022.tamaulipas']);
      await settled(chart, () => marks(chart).length === 3);
      expect(marks(chart)).to.have.length(3);
      unmount(app!);
      app = undefined;
      expect(clashes.isConnected).to.equal(false);
      expect(container.children).to.have.length(0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(errors).to.deep.equal([]);
  });
});
