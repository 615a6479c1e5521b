import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { chartSuite, openSources, renderChart } from '../helpers/chart-suite.js';
import { contrastRatio } from '../../src/chart/contrast.js';
import { backdrop, color } from '../helpers/paint.js';

chartSuite({
  tag: 'cifras-budget-share',
  marks: ['icg.military-budget-share.2018', 'icg.military-budget-share.2024'],
  summary: { en: ['20%', '8.6\u00a0times', '2.3%'], es: ['20%', '8.6\u00a0veces', '2.3%'] },
});

describe('<cifras-budget-share>', () => {
  it('fills one square per percentage point, a partial square for a fraction', async () => {
    const { root } = await renderChart('cifras-budget-share');
    const [before, after] = [...root.querySelectorAll('g.waffle')];
    // Each square is a subpath ("M x y h width v height h -width z") of its waffle's path of that kind.
    const widths = (g: Element, kind: string) => [...g.querySelector(`path.cell.${kind}`)!.getAttribute('d')!.matchAll(/M[\d.]+ [\d.]+h([\d.]+)/g)].map((m) => Number(m[1]));
    const size = widths(after, 'empty')[0];
    expect(widths(after, 'filled')).to.have.length(20);
    expect(widths(after, 'filled').every((w) => w === size)).to.equal(true);
    expect(widths(before, 'filled')).to.have.length(3);
    expect(widths(before, 'filled')[2] / size).to.be.closeTo(0.3, 0.01);
    expect(widths(after, 'empty')).to.have.length(100);
    // Two paths a waffle, not a node a square.
    expect(after.querySelectorAll('rect, path')).to.have.length(2);
  });

  it('sets a qualifier in regular type, not in the heading’s or the number’s bold, beside the number or on a line of its own', async () => {
    for (const width of [240, 280, 640]) {
      const { root } = await renderChart('cifras-budget-share', '', width);
      const waffle = root.querySelector('g.waffle')!;
      const [heading, qualifier] = [waffle.querySelector('text.heading')!, waffle.querySelector('.qualifier')!];
      expect(qualifier.textContent!.trim(), `${width} px`).to.equal('about');
      expect(Number(getComputedStyle(qualifier).fontWeight), `${width} px`).to.be.below(Number(getComputedStyle(heading).fontWeight));
    }
  });

  it('draws the rest of the whole at 3:1 against a dark background, so the 0–100 frame reads', async () => {
    const { el, root } = await renderChart('cifras-budget-share', 'theme="dark"');
    const empty = getComputedStyle(root.querySelector('g.waffle path.cell.empty')!);
    expect(Number(empty.fillOpacity)).to.equal(1);
    expect(contrastRatio(color(empty.fill), backdrop(el))).to.be.at.least(3);
  });

  it('marks the 2018 share as derived and shows its arithmetic', async () => {
    const { el, root } = await renderChart('cifras-budget-share');
    expect(root.querySelector('g.waffle text.heading')!.textContent).to.contain('derived');
    // In Spanish in the words of the key under every other chart, "cálculo propio".
    const { root: es } = await renderChart('cifras-budget-share', 'lang="es"');
    expect(es.querySelector('g.waffle text.heading')!.textContent!.replace(/\s+/g, ' ')).to.contain('2018 (cálculo propio)');
    // Drawn as derived: its squares hatched, 2024's solid.
    const [derived, stated] = [...root.querySelectorAll<SVGPathElement>('g.waffle path.cell.filled')].map((cells) => getComputedStyle(cells).fill);
    expect(derived).to.match(/^url\(/);
    expect(stated).to.not.match(/^url\(/);
    expect((await openSources(el, root)).querySelector('.derivation')!.textContent).to.contain('20 ÷ 8.6');
  });

  it('annotates the reassigned functions, funds and trusts, their sources named in the footer, not marked in the line', async () => {
    const { root } = await renderChart('cifras-budget-share');
    const notes = root.querySelector('.notes')!.textContent!.replace(/\s+/g, ' ');
    expect(notes).to.contain('about 100');
    expect(notes).to.contain('at least 4.5 billion pesos');
    expect(notes).to.contain('US$257 million');
    expect(notes).to.contain('1,700%');
    expect(root.querySelectorAll('.notes .fn-ref')).to.have.length(0);
    expect(root.querySelector('.source-line')!.textContent).to.contain('Crisis Group (2024)');
  });
});
