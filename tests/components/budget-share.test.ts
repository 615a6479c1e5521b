import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { chartSuite, renderChart } from '../helpers/chart-suite.js';

chartSuite({
  tag: 'cifras-budget-share',
  marks: ['icg.military-budget-share.2018', 'icg.military-budget-share.2024'],
  summary: { en: ['20%', '8.6\u00a0times', '2.3%'], es: ['20%', '8.6\u00a0veces', '2.3%'] },
});

describe('<cifras-budget-share>', () => {
  it('fills one square per percentage point, a partial square for a fraction', async () => {
    const { root } = await renderChart('cifras-budget-share');
    const [before, after] = [...root.querySelectorAll('g.waffle')];
    const filled = (g: Element) => [...g.querySelectorAll('rect.filled')].map((r) => Number(r.getAttribute('width')));
    const size = Number(after.querySelector('rect.empty')!.getAttribute('width'));
    expect(filled(after)).to.have.length(20);
    expect(filled(after).every((w) => w === size)).to.equal(true);
    expect(filled(before)).to.have.length(3);
    expect(filled(before)[2] / size).to.be.closeTo(0.3, 0.01);
    expect(after.querySelectorAll('rect.empty')).to.have.length(100);
  });

  it('sets a qualifier on a line of its own in regular type, not in the heading’s bold', async () => {
    const { root } = await renderChart('cifras-budget-share', '', 280);
    const waffle = root.querySelector('g.waffle')!;
    const [heading, qualifier] = [waffle.querySelector('text.heading')!, waffle.querySelector('text.qualifier')!];
    expect(qualifier.textContent!.trim()).to.equal('about');
    expect(Number(getComputedStyle(qualifier).fontWeight)).to.be.below(Number(getComputedStyle(heading).fontWeight));
  });

  it('marks the 2018 share as derived and shows its arithmetic', async () => {
    const { root } = await renderChart('cifras-budget-share');
    expect(root.querySelector('g.waffle text.heading')!.textContent).to.contain('derived');
    // In Spanish in the words of the key under every other chart, "cálculo propio".
    const { root: es } = await renderChart('cifras-budget-share', 'lang="es"');
    expect(es.querySelector('g.waffle text.heading')!.textContent!.replace(/\s+/g, ' ')).to.contain('2018 (cálculo propio)');
    expect(root.querySelector('.derivation')!.textContent).to.contain('20 ÷ 8.6');
  });

  it('annotates the reassigned functions, funds and trusts with footnotes', async () => {
    const { root } = await renderChart('cifras-budget-share');
    const notes = root.querySelector('.notes')!.textContent!.replace(/\s+/g, ' ');
    expect(notes).to.contain('about 100');
    expect(notes).to.contain('at least 4.5 billion pesos');
    expect(notes).to.contain('US$257 million');
    expect(notes).to.contain('1,700%');
    expect(root.querySelectorAll('.notes .fn-ref')).to.have.length(4);
  });
});
