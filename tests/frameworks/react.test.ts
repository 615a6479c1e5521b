// React 19 renders Cifras elements as the README shows: props reach them as
// properties, the chart draws, a changed prop redraws it, unmounting is clean.
import { expect } from '@open-wc/testing';
import { createElement, type FunctionComponent } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { mount } from '../helpers/render.js';
import { captureErrors, highlighted, marks, settled, title, type Chart } from './helpers.js';

type ClashesProps = { state: string; limit: number };

/**
 * The README's component, compiled as an app compiles it (frameworks-plugin.mjs).
 * Loaded by URL because the tests' type check has no JSX: tsconfig.jsx.json checks it.
 */
async function loadClashes(): Promise<FunctionComponent<ClashesProps>> {
  const module = await import(new URL('./react/Clashes.tsx', import.meta.url).href);
  return module.Clashes;
}

describe('React 19', () => {
  let Clashes: FunctionComponent<ClashesProps>;
  before(async () => { Clashes = await loadClashes(); });

  const renderInto = (root: Root, props: ClashesProps) => flushSync(() => root.render(createElement(Clashes, props)));

  it('passes props to the element as properties, and the chart draws them', async () => {
    const container = mount(640);
    const root = createRoot(container);
    const errors = await captureErrors(async () => {
      renderInto(root, { state: 'Michoacán', limit: 5 });
      const el = container.querySelector('cifras-clashes-by-state') as Chart;
      expect(el).to.exist;
      expect(el.highlight).to.equal('Michoacán');
      expect(el.limit).to.equal(5);
      // Set as properties (React 19 does so for any name the element has), not as attributes.
      expect(el.hasAttribute('highlight')).to.equal(false);
      expect(el.hasAttribute('limit')).to.equal(false);
      await settled(el);
      expect(marks(el)).to.have.length(6);
      expect(highlighted(el)).to.deep.equal(['icg.clashes-2020-2022.michoacan']);
      root.unmount();
    });
    expect(errors).to.deep.equal([]);
  });

  it('draws in the language of its lang prop', async () => {
    const container = mount(640);
    const root = createRoot(container);
    renderInto(root, { state: 'Michoacán', limit: 5 });
    const el = container.querySelector('cifras-clashes-by-state') as Chart;
    await settled(el);
    expect(title(el)).to.contain('enfrentamientos armados');
    root.unmount();
  });

  it('draws in the language of a parent’s lang attribute', async () => {
    const container = mount(640);
    const root = createRoot(container);
    flushSync(() => root.render(createElement('div', { lang: 'es' }, createElement(Clashes, { state: 'Michoacán', limit: 5 }))));
    const el = container.querySelector('cifras-clashes-by-state') as Chart;
    await settled(el);
    expect(title(el)).to.contain('enfrentamientos armados');
    root.unmount();
  });

  it('redraws when a prop changes, and unmounts without errors', async () => {
    const container = mount(640);
    const root = createRoot(container);
    const errors = await captureErrors(async () => {
      renderInto(root, { state: 'Michoacán', limit: 5 });
      const el = container.querySelector('cifras-clashes-by-state') as Chart;
      await settled(el);
      renderInto(root, { state: 'Tamaulipas', limit: 3 });
      expect(container.querySelector('cifras-clashes-by-state')).to.equal(el);
      expect(el.highlight).to.equal('Tamaulipas');
      await settled(el, () => marks(el).length === 4);
      expect(marks(el)).to.have.length(4);
      expect(highlighted(el)).to.deep.equal(['icg.clashes-2020-2022.tamaulipas']);
      root.unmount();
      expect(el.isConnected).to.equal(false);
      expect(container.childNodes).to.have.length(0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(errors).to.deep.equal([]);
  });
});
