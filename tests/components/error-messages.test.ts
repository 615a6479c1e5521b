import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings, mount, render } from '../helpers/render.js';

/** The visible words of an element's error box or note. */
const errorText = (root: ShadowRoot) => [...root.querySelectorAll('.error')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

describe('error boxes and notes', () => {
  it('end an unknown id\'s sentence once: no ".." in any element, in either language', async () => {
    const markup = [
      '<cifras-value figure="icg.nope"></cifras-value>',
      '<cifras-value figure="icg.homicides.2091." lang="es"></cifras-value>',
      '<cifras-cite source="nowhere."></cifras-cite>',
      '<cifras-key-figure figure="icg.homicides.2091"></cifras-key-figure>',
      '<cifras-key-figure figure="zzz."></cifras-key-figure>',
      '<cifras-key-figure figure="icg.homicides.2019" compare="icg.homicides.1999"></cifras-key-figure>',
      '<cifras-key-figure figure="icg.homicides.2019" compare="zzz" lang="es"></cifras-key-figure>',
      '<cifras-table-chart table="armed-group"></cifras-table-chart>',
      '<cifras-table-chart table="zzz." lang="es"></cifras-table-chart>',
    ];
    for (const html of markup) {
      await captureWarnings(async () => {
        const { el, root } = await render(html);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await el.updateComplete;
        const texts = errorText(root);
        expect(texts, html).to.not.be.empty;
        for (const text of texts) {
          expect(text, html).to.not.match(/\.\s*\./);
          expect(text, html).to.match(/[.?]$/);
        }
      });
    }
  });

  it('keep apart when two elements in a row both show one', async () => {
    await captureWarnings(async () => {
      const container = mount(400);
      container.innerHTML = '<cifras-key-figure figure="zzz"></cifras-key-figure><cifras-table-chart table="zzz" loading="eager"></cifras-table-chart><cifras-key-figure figure="yyy"></cifras-key-figure>';
      const els = [...container.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      await new Promise((resolve) => setTimeout(resolve, 200));
      await Promise.all(els.map((el) => el.updateComplete));
      const boxes = els.map((el) => el.shadowRoot!.querySelector('[role="alert"]')!.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].top - boxes[i - 1].bottom, `gap above box ${i + 1}`).to.be.at.least(6);
    });
  });
});
