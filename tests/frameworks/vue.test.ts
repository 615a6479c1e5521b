// Vue 3 renders Cifras elements as the README shows: with `isCustomElement`
// it leaves `cifras-*` tags to the browser, binds props and attributes, sets
// `data` as a property with `.prop`, and redraws when its state changes.
import { expect } from '@open-wc/testing';
import { createApp, nextTick, type App, type ComponentPublicInstance } from 'vue/dist/vue.esm-browser.js';
import '../../src/index.js';
import type { CustomChartData } from '../../src/data/custom-data.js';
import { captureWarnings, mount } from '../helpers/render.js';
import { captureErrors, highlighted, marks, settled, title, type Chart } from './helpers.js';

const rows: CustomChartData = {
  title: 'Homicides in Mexico',
  sources: [{ id: 'inegi', title: 'Defunciones por homicidio', author: 'INEGI', year: 2023 }],
  source: 'inegi',
  data: [{ label: '2018', value: 36685 }, { label: '2019', value: 36661 }],
};

/** The README's Vue example. */
function clashesApp(): App {
  const app = createApp({
    data: () => ({ state: 'Michoacán', limit: 5, rows }),
    template: `
      <cifras-clashes-by-state lang="es" :highlight="state" :limit="limit" />
      <cifras-chart type="bar" :data.prop="rows" />
      <p>En 2019 hubo <cifras-value figure="icg.homicides.2019" /> homicidios.</p>`,
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('cifras-');
  return app;
}

type State = ComponentPublicInstance & { state: string; limit: number; rows: CustomChartData };

describe('Vue 3', () => {
  let app: App | undefined;
  afterEach(() => { app?.unmount(); app = undefined; });

  it('binds props and attributes, sets data as a property, and the charts draw', async () => {
    const container = mount(640);
    let errors: string[] = [];
    const warnings = await captureWarnings(async () => {
      errors = await captureErrors(async () => {
        app = clashesApp();
        app.mount(container);
        const clashes = container.querySelector('cifras-clashes-by-state') as Chart;
        expect(clashes.highlight).to.equal('Michoacán');
        expect(clashes.limit).to.equal(5);
        await settled(clashes);
        expect(marks(clashes)).to.have.length(6);
        expect(highlighted(clashes)).to.deep.equal(['icg.clashes-2020-2022.michoacan']);
        const chart = container.querySelector('cifras-chart')!;
        expect(chart.hasAttribute('data')).to.equal(false);
        await settled(chart);
        expect(marks(chart)).to.have.length(2);
        expect(title(chart)).to.equal('Homicides in Mexico');
        const value = container.querySelector('cifras-value') as Element & { figure: string };
        expect(value.figure).to.equal('icg.homicides.2019');
        const number = () => value.shadowRoot?.querySelector('.value')?.textContent ?? '';
        await settled(value, () => number() !== '');
        expect(number()).to.equal('36,661');
      });
    });
    expect(errors).to.deep.equal([]);
    // Without isCustomElement Vue warns "Failed to resolve component: cifras-…".
    expect(warnings.filter((w) => w.includes('[Vue warn]'))).to.deep.equal([]);
  });

  it('draws in the language of its lang attribute', async () => {
    const container = mount(640);
    app = clashesApp();
    app.mount(container);
    const clashes = container.querySelector('cifras-clashes-by-state') as Chart;
    await settled(clashes);
    expect(title(clashes)).to.contain('enfrentamientos armados');
  });

  it('redraws when the state changes, and unmounts without errors', async () => {
    const container = mount(640);
    const errors = await captureErrors(async () => {
      app = clashesApp();
      const vm = app.mount(container) as State;
      const clashes = container.querySelector('cifras-clashes-by-state') as Chart;
      const chart = container.querySelector('cifras-chart')!;
      await settled(clashes);
      await settled(chart);
      vm.state = 'Tamaulipas';
      vm.limit = 3;
      vm.rows = { ...rows, data: [...rows.data, { label: '2020', value: 36773 }] };
      await nextTick();
      expect(container.querySelector('cifras-clashes-by-state')).to.equal(clashes);
      expect(clashes.highlight).to.equal('Tamaulipas');
      await settled(clashes, () => marks(clashes).length === 4);
      expect(highlighted(clashes)).to.deep.equal(['icg.clashes-2020-2022.tamaulipas']);
      await settled(chart, () => marks(chart).length === 3);
      expect(marks(chart)).to.have.length(3);
      app.unmount();
      app = undefined;
      expect(clashes.isConnected).to.equal(false);
      expect(container.children).to.have.length(0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(errors).to.deep.equal([]);
  });
});
