import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { defaultCatalog } from '../../src/data/dataset.js';
import { chartSuite, openSources, renderChart } from '../helpers/chart-suite.js';
import { captureWarnings } from '../helpers/render.js';
import { linesOf, textRange } from '../helpers/geometry.js';

const ORDER = ['tamaulipas', 'michoacan', 'zacatecas', 'guerrero', 'guanajuato', 'baja-california', 'other-states']
  .map((s) => `icg.clashes-2020-2022.${s}`);

chartSuite({
  tag: 'cifras-clashes-by-state',
  marks: ORDER,
  summary: { en: ['Tamaulipas accounted for 328', '756', '43%'], es: ['Tamaulipas concentró 328', '756', '43%'] },
});

const bars = (root: ShadowRoot) => [...root.querySelectorAll<SVGGElement>('g.row')];
/** A value label's own text, without its footnote superscript. */
const valueOf = (row: Element) => [...row.querySelector('text.value')!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();

describe('<cifras-clashes-by-state>', () => {
  it('draws bars sorted by value, other states last, lengths proportional to the values', async () => {
    const { root } = await renderChart('cifras-clashes-by-state');
    const rows = bars(root);
    expect(rows.map((r) => r.dataset.figure)).to.deep.equal(ORDER);
    const widths = rows.map((r) => Number(r.querySelector('rect')!.getAttribute('width')));
    const values = ORDER.map((id) => defaultCatalog.figure(id).value);
    expect(rows.map(valueOf)).to.deep.equal(values.map(String));
    for (let i = 1; i < widths.length; i++) expect(widths[i] / widths[0]).to.be.closeTo(values[i] / values[0], 0.01);
  });

  for (const lang of ['en', 'es'] as const) {
    it(`keeps the title's year range on one line at every width (${lang})`, async () => {
      const { el, root } = await renderChart('cifras-clashes-by-state', `lang="${lang}"`, 640);
      const title = root.querySelector('.title')!;
      const range = textRange(title, '2020–2022');
      expect(range.toString()).to.equal('2020–2022');
      let wrappedTitles = 0;
      for (let width = 280; width <= 720; width += 2) {
        el.style.width = `${width}px`;
        const lines = Math.round(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight));
        if (lines > 1) wrappedTitles++;
        expect(linesOf(range), `${width}px`).to.equal(1);
      }
      expect(wrappedTitles).to.be.greaterThan(50);
    });
  }

  it('puts the total in the subtitle', async () => {
    const { root } = await renderChart('cifras-clashes-by-state', 'lang="es"');
    expect(root.querySelector('.subtitle')!.textContent).to.contain('756');
  });

  for (const query of ['Michoacán', 'michoacan', 'MICHOACAN', 'MX-MIC']) {
    it(`highlights a state named "${query}"`, async () => {
      const { root } = await renderChart('cifras-clashes-by-state', `highlight="${query}"`);
      const highlighted = bars(root).filter((r) => r.querySelector('rect.highlight'));
      expect(highlighted.map((r) => r.dataset.figure)).to.deep.equal(['icg.clashes-2020-2022.michoacan']);
    });
  }

  it('highlights the state its title names when no state is asked for', async () => {
    const { root } = await renderChart('cifras-clashes-by-state', 'lang="en"');
    const highlighted = bars(root).filter((r) => r.querySelector('rect.highlight'));
    expect(highlighted.map((r) => r.dataset.figure)).to.deep.equal(['icg.clashes-2020-2022.tamaulipas']);
    expect(root.querySelector('.title')!.textContent).to.contain('Tamaulipas');
  });

  it('warns and highlights nothing for an unknown state', async () => {
    const warnings = await captureWarnings(async () => {
      const { root } = await renderChart('cifras-clashes-by-state', 'highlight="Narnia"');
      expect(root.querySelectorAll('rect.highlight')).to.have.length(0);
      expect(bars(root)).to.have.length(7);
    });
    expect(warnings.join('\n')).to.match(/highlight="Narnia".*Tamaulipas/);
  });

  it('names only the states shown when the one to highlight is summed into the rest', async () => {
    const warnings = await captureWarnings(async () => {
      const { root } = await renderChart('cifras-clashes-by-state', 'highlight="Guerrero" limit="2"');
      expect(root.querySelectorAll('rect.highlight')).to.have.length(0);
    });
    const warning = warnings.find((w) => w.includes('highlight="Guerrero"'))!;
    expect(warning).to.contain('(Tamaulipas, Michoacán)');
  });

  it('shows the top N states and sums the rest, with the arithmetic in the footnote', async () => {
    const { el, root } = await renderChart('cifras-clashes-by-state', 'limit="3"');
    const rows = bars(root);
    expect(rows).to.have.length(4);
    const rest = valueOf(rows[3]);
    expect(rest).to.equal(String(756 - 328 - 103 - 45));
    expect((await openSources(el, root)).querySelector('.footnotes')!.textContent).to.contain('756 − 328 − 103 − 45 = 280');
  });

  for (const bad of ['-2', 'many', '2.5', '0']) {
    it(`warns and shows every state for limit="${bad}"`, async () => {
      const warnings = await captureWarnings(async () => {
        const { root } = await renderChart('cifras-clashes-by-state', `limit="${bad}"`);
        expect(bars(root)).to.have.length(7);
      });
      expect(warnings.join('\n')).to.contain('limit=');
    });
  }
});
