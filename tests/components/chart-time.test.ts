import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { CifrasCustomChart } from '../../src/components/chart/chart.js';
import type { CustomChartData } from '../../src/data/custom-data.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { overlappingTextBoxes, textOutsideSvg } from '../helpers/geometry.js';
import { captureWarnings, mount } from '../helpers/render.js';
import { openSources } from '../helpers/chart-suite.js';
import { MARK_LIMITS } from '../../src/chart/limits.js';

/** Troops by year, 2016 to 2022, with no row for 2018 and 2019; one a lower bound; a law and a term over them. */
const DATA: CustomChartData = {
  title: 'More troops every year',
  subtitle: 'Military personnel deployed in public security',
  unit: 'count',
  source: 'sedena',
  sources: [
    { id: 'sedena', title: 'Informe de labores', author: 'SEDENA', year: 2023 },
    { id: 'dof', title: 'Decreto por el que se expide la Ley de la Guardia Nacional', author: 'DOF', year: 2019 },
  ],
  // Out of order: the chart places them by their periods.
  data: [
    { label: '2021', value: 90000, period: '2021' },
    { label: '2016', value: 50000, period: '2016' },
    { label: '2017', value: 52000, period: '2017' },
    { label: '2020', value: 80000, period: '2020', qualifier: 'at-least' },
    { label: '2022', value: 100000, period: '2022' },
  ],
  annotations: [
    { label: 'National Guard law', period: '2019-05', source: 'dof', locator: 'Artículo 1', evidence: 'Se expide la Ley de la Guardia Nacional' },
    { label: 'López Obrador', period: '2018-12/2022' },
  ],
};
/** The rows' figure ids in time order (ids number the rows as given). */
const IN_TIME = ['data.2', 'data.3', 'data.4', 'data.1', 'data.5'];

async function chartWith(data: unknown, attributes: Record<string, string> = {}, width = 640): Promise<{ el: CifrasCustomChart; root: ShadowRoot }> {
  const container = mount(width);
  const el = document.createElement('cifras-chart') as CifrasCustomChart;
  for (const [name, value] of Object.entries({ type: 'column', lang: 'en', ...attributes })) el.setAttribute(name, value);
  el.data = data as CustomChartData;
  container.append(el);
  await el.updateComplete;
  for (let i = 0; i < 200 && !el.shadowRoot!.querySelector('svg.visual, [role="alert"] p:not(.error-title)'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }
  return { el, root: el.shadowRoot! };
}

const alertText = (root: ShadowRoot) => root.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const yearEdges = (root: ShadowRoot) => [...root.querySelectorAll<SVGLineElement>('.x-axis line.year')].map((l) => Number(l.getAttribute('x1')));
const column = (root: ShadowRoot, id: string) => root.querySelector<SVGRectElement>(`g.column[data-figure="${id}"] rect.mark`)!;
const left = (rect: SVGRectElement) => Number(rect.getAttribute('x'));
const right = (rect: SVGRectElement) => left(rect) + Number(rect.getAttribute('width'));
const centre = (rect: SVGRectElement) => (left(rect) + right(rect)) / 2;
/** A shape's box on screen without its stroke or halo (Firefox's getBoundingClientRect takes them in). */
function drawnBox(element: SVGGraphicsElement) {
  const { x, y, width, height } = element.getBBox();
  const m = element.getScreenCTM()!;
  return { left: m.a * x + m.e, top: m.d * y + m.f, right: m.a * (x + width) + m.e, bottom: m.d * (y + height) + m.f };
}
const overlap = (a: ReturnType<typeof drawnBox>, b: ReturnType<typeof drawnBox>) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

describe('<cifras-chart type="column">', () => {
  it('spaces columns by date: every year its place, the years without a row left empty', async () => {
    const { root } = await chartWith(DATA, {}, 960);
    const edges = yearEdges(root);
    // 2016 to 2022: 7 years, 8 edges, evenly spaced.
    expect(edges).to.have.length(8);
    const step = edges[1] - edges[0];
    edges.slice(1).forEach((x, i) => expect(x - edges[i]).to.be.closeTo(step, 0.01));
    const years: Record<string, number> = { 'data.2': 0, 'data.3': 1, 'data.4': 4, 'data.1': 5, 'data.5': 6 };
    for (const [id, i] of Object.entries(years)) expect(centre(column(root, id)), id).to.be.within(edges[i], edges[i + 1]);
    // 2018 and 2019 stand empty: no column reaches into them, and the next column is three years on, not one.
    for (const rect of root.querySelectorAll<SVGRectElement>('g.column rect.mark')) {
      expect(right(rect) <= edges[2] + 0.5 || left(rect) >= edges[4] - 0.5, rect.closest('g')!.getAttribute('data-figure')!).to.equal(true);
    }
    expect(centre(column(root, 'data.4')) - centre(column(root, 'data.3'))).to.be.closeTo(3 * step, 0.5);
    expect(root.querySelector('.gap-label')!.textContent).to.equal('no data');
  });

  for (const [lang, bound] of [['en', 'at\u00a0least'], ['es', 'al\u00a0menos']] as const) {
    it(`draws an at-least value with an open top and says "${bound}" in its label and tooltip (${lang})`, async () => {
      const { el, root } = await chartWith(DATA, { lang });
      expect(root.querySelectorAll('g.column path.open-end')).to.have.length(1);
      expect(root.querySelector('g.column[data-figure="data.4"] path.open-end')).to.exist;
      const label = root.querySelector('text.column-label[data-figure="data.4"]')!;
      expect(label.textContent).to.equal(`${bound}\u00a080,000`);
      // Exact values say only their number.
      expect(root.querySelector('text.column-label[data-figure="data.5"]')!.textContent).to.equal('100,000');
      const hit = root.querySelector<SVGRectElement>('rect.hit[data-figure="data.4"]')!;
      expect(hit.getAttribute('aria-label')).to.contain(`${bound}\u00a080,000`);
      hit.focus();
      await el.updateComplete;
      expect(root.querySelector('.tooltip')!.textContent).to.contain(`${bound}\u00a080,000`);
    });
  }

  it('draws an annotation at its date and a band over its period, labelled clear of the marks and of each other from 280 to 1200 px', async () => {
    for (const width of [280, 320, 480, 640, 960, 1200]) {
      const { el, root } = await chartWith(DATA, {}, width);
      const edges = yearEdges(root);
      const month = (edges[1] - edges[0]) / 12;
      // The law in May 2019: its line at the month's start; the term from December 2018 to the end of 2022.
      const law = root.querySelector<SVGLineElement>('g.annotation[data-annotation="annotation.1"] line.event')!;
      expect(Number(law.getAttribute('x1')), `${width}: line`).to.be.closeTo(edges[3] + 4 * month, 0.5);
      const term = root.querySelector<SVGRectElement>('g.annotation[data-annotation="annotation.2"] rect.band')!;
      expect(left(term), `${width}: band start`).to.be.closeTo(edges[2] + 11 * month, 0.5);
      expect(right(term), `${width}: band end`).to.be.closeTo(edges[7], 0.5);
      const labels = [...root.querySelectorAll<SVGTextElement>('.annotation-label')];
      const label = (id: string) => root.querySelector(`g.annotation[data-annotation="${id}"] .annotation-label`)!.textContent!.replace(/\s+/g, ' ').trim();
      expect([label('annotation.1'), label('annotation.2')]).to.deep.equal(['National Guard law', 'López Obrador']);
      const svg = root.querySelector<SVGSVGElement>('svg.visual')!;
      expect(overlappingTextBoxes(svg), `${width}: text over text`).to.deep.equal([]);
      expect(textOutsideSvg(svg), `${width}: text outside`).to.deep.equal([]);
      const marks = [...root.querySelectorAll<SVGGraphicsElement>('g.column rect.mark, g.column path.open-end')];
      for (const line of labels.flatMap((l) => [...l.querySelectorAll<SVGTSpanElement>('tspan')])) {
        for (const mark of marks) expect(overlap(drawnBox(line), drawnBox(mark)), `${width}: "${line.textContent}" over a column`).to.equal(false);
      }
      // The next width's chart at the top of the page, near the viewport, where charts lay out.
      el.parentElement!.remove();
    }
  });

  it('draws an annotation as the kind the data asks for: a band over one year, a line at an interval\'s start', async () => {
    const { root } = await chartWith({ ...DATA, annotations: [{ label: 'Law year', period: '2019', kind: 'band' }, { label: 'Term', period: '2020/2021', kind: 'line' }] }, {}, 960);
    const edges = yearEdges(root);
    const band = root.querySelector<SVGRectElement>('g.annotation[data-annotation="annotation.1"] rect.band')!;
    expect(left(band)).to.be.closeTo(edges[3], 0.01);
    expect(right(band)).to.be.closeTo(edges[4], 0.01);
    expect(root.querySelector('g.annotation[data-annotation="annotation.1"] line.event')).to.equal(null);
    expect(Number(root.querySelector('g.annotation[data-annotation="annotation.2"] line.event')!.getAttribute('x1'))).to.be.closeTo(edges[4], 0.01);
  });

  it('cites an annotation like a value: its source in the footer and its passage in the sources', async () => {
    const { el, root } = await chartWith(DATA);
    const footer = root.querySelector('.source-line')!.textContent!;
    expect(footer).to.contain('SEDENA (2023)').and.to.contain('DOF (2019)');
    await openSources(el, root);
    const note = root.querySelector<HTMLElement>('.footnote[data-source="dof"]')!;
    expect(note.textContent).to.contain('Ley de la Guardia Nacional').and.to.contain('Artículo 1');
    expect(note.textContent).to.contain('Se expide la Ley de la Guardia Nacional');
    // The band without a source of its own cites the chart's.
    expect(root.querySelectorAll('.footnote')).to.have.length(2);
  });

  it('lists an annotation in the table with its period and source, and no value', async () => {
    const { el, root } = await chartWith(DATA);
    root.querySelector<HTMLButtonElement>('[data-action="table"]')!.click();
    for (let i = 0; i < 100 && !root.querySelector('.data-table'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
    }
    const row = root.querySelector('tr[data-figure="annotation.1"]')!;
    expect(row.querySelector('th')!.textContent).to.contain('National Guard law');
    expect(row.querySelector('.num')!.textContent!.trim()).to.equal('');
    expect(row.querySelector('.source-ref')!.textContent).to.contain('DOF');
  });

  it('reaches every column with the keyboard, in time order', async () => {
    const { el, root } = await chartWith(DATA);
    const hits = [...root.querySelectorAll<SVGRectElement>('rect.hit')];
    expect(hits.map((h) => h.dataset.figure)).to.deep.equal(IN_TIME);
    hits[0].focus();
    await el.updateComplete;
    const visited: string[] = [];
    for (let i = 0; i < IN_TIME.length; i++) {
      visited.push((root.activeElement as SVGRectElement).dataset.figure!);
      root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await el.updateComplete;
    }
    expect(visited).to.deep.equal(IN_TIME);
  });

  it('draws its first rows up to its maximum, each at its year inside a phone-wide chart, and says how many it left out', async () => {
    const max = MARK_LIMITS.column;
    const years = Array.from({ length: max + 10 }, (_, i) => ({ label: String(1950 + i), value: 100 + i, period: String(1950 + i) }));
    let root!: ShadowRoot;
    await captureWarnings(async () => {
      ({ root } = await chartWith({ source: 's', sources: [{ id: 's', title: 'S' }], data: years }, {}, 320));
    });
    expect(root.querySelectorAll('rect.hit')).to.have.length(max);
    expect(root.querySelector('.limit-note')!.textContent).to.contain(`first ${max} of ${max + 10} rows`);
    const edges = yearEdges(root);
    const svgWidth = root.querySelector('svg.visual')!.getBoundingClientRect().width;
    [...root.querySelectorAll<SVGRectElement>('g.column rect.mark')].forEach((rect, i) => {
      expect(left(rect), `${1950 + i}`).to.be.at.least(edges[i] - 0.01);
      expect(right(rect), `${1950 + i}`).to.be.at.most(edges[i + 1] + 0.01);
    });
    expect(Math.max(...[...root.querySelectorAll<SVGRectElement>('g.column rect.mark')].map(right))).to.be.at.most(svgWidth);
  });

  for (const lang of ['en', 'es']) {
    it(`has no axe violations, annotated and highlighted (${lang})`, async () => {
      const { el } = await chartWith(DATA, { lang, highlight: '2022' });
      await expectNoAxeViolations(el);
    });
  }
});

describe('<cifras-chart highlight>', () => {
  const classes = (root: ShadowRoot, selector: string) => [...root.querySelectorAll(selector)].map((m) => m.getAttribute('class')!.replace(/\s+/g, ' ').trim());

  it('draws the named columns, and only those, in the highlight colour', async () => {
    const { root: plain } = await chartWith(DATA);
    const { root } = await chartWith(DATA, { highlight: '2017, 2022' });
    const before = classes(plain, 'g.column rect.mark');
    const after = classes(root, 'g.column rect.mark');
    const ids = [...root.querySelectorAll('g.column')].map((g) => g.getAttribute('data-figure'));
    const changed = ids.filter((_, i) => before[i] !== after[i]);
    expect(changed).to.deep.equal(['data.3', 'data.5']);
    expect(changed.every((id) => column(root, id!).classList.contains('highlight'))).to.equal(true);
    expect(getComputedStyle(column(root, 'data.3')).fill).to.not.equal(getComputedStyle(column(root, 'data.2')).fill);
  });

  it('draws the named bars, and only those, matching labels in any case', async () => {
    const bars = { source: 's', sources: [{ id: 's', title: 'S' }], data: [{ label: 'Tamaulipas', value: 3 }, { label: 'Sinaloa', value: 2 }, { label: 'Jalisco', value: 1 }] };
    const { root: plain } = await chartWith(bars, { type: 'bar' });
    const { root } = await chartWith(bars, { type: 'bar', highlight: 'tamaulipas,JALISCO' });
    const before = classes(plain, 'g.row rect.mark');
    const after = classes(root, 'g.row rect.mark');
    expect(after.map((c, i) => c !== before[i])).to.deep.equal([true, false, true]);
    expect(after.map((c) => c.split(' ').includes('highlight'))).to.deep.equal([true, false, true]);
  });

  it('warns of a label the data does not have, naming the closest, and still draws', async () => {
    let root!: ShadowRoot;
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); };
    try {
      ({ root } = await chartWith(DATA, { highlight: '2022, 2019x' }));
      // The search for close labels loads only now that a label is unknown.
      for (let i = 0; i < 100 && !warnings.some((w) => w.includes('highlight=')); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      console.warn = original;
    }
    expect(root.querySelectorAll('g.column')).to.have.length(5);
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    expect(root.querySelectorAll('g.column rect.mark.highlight')).to.have.length(1);
    const warning = warnings.find((w) => w.includes('highlight='))!;
    expect(warning).to.contain('"2019x"').and.to.match(/closest are "20\d\d"/);
  });
});

describe('<cifras-chart> bad input for columns, shown in the error box', () => {
  const rows = DATA.data;
  const cases: { name: string; data?: unknown; type?: string; en: string; es: string }[] = [
    {
      name: 'a row without a period',
      data: { ...DATA, data: [...rows, { label: 'Later', value: 1 }] },
      en: 'Value 6 ("Later") has no "period": a column chart places each value on a time axis',
      es: 'El valor 6 ("Later") no tiene "period": una gráfica de columnas sitúa cada valor en un eje de tiempo',
    },
    {
      name: 'an unknown qualifier',
      data: { ...DATA, data: [...rows.slice(0, 4), { ...rows[4], qualifier: 'roughly' }] },
      en: 'Value 5 ("2022") has qualifier "roughly"; use one of exact, approx, at-least, at-most.',
      es: 'El valor 5 ("2022") tiene el calificativo "roughly"; use uno de estos: exact, approx, at-least, at-most.',
    },
    {
      name: 'an annotation outside the rows’ years',
      data: { ...DATA, annotations: [{ label: 'Calderón', period: '2006-12/2012-11' }] },
      en: 'Annotation 1 ("Calderón") is at 2006-12/2012-11, outside the years of the values (2016–2022)',
      es: 'La anotación 1 ("Calderón") está en 2006-12/2012-11, fuera de los años de los valores (2016–2022)',
    },
    {
      name: 'an annotation without a label',
      data: { ...DATA, annotations: [{ period: '2019' }] },
      en: 'Annotation 1 has no "label".',
      es: 'La anotación 1 no tiene "label".',
    },
    {
      name: 'an annotation citing an unknown source',
      data: { ...DATA, annotations: [{ label: 'Law', period: '2019', source: 'gaceta' }] },
      en: 'Annotation 1 ("Law") names source "gaceta", which is not in "sources": give it "source" naming one of "sedena", "dof".',
      es: 'La anotación 1 ("Law") cita la fuente "gaceta", que no está en "sources": indique en "source" una de "sedena", "dof".',
    },
    {
      name: 'an unknown type',
      type: 'pie',
      en: 'type="pie" is not a kind of chart <cifras-chart> draws; use one of bar, column, line, dot, map, waffle.',
      es: 'type="pie" no es un tipo de gráfica que <cifras-chart> dibuje; use uno de estos: bar, column, line, dot, map, waffle.',
    },
  ];
  for (const c of cases) {
    for (const lang of ['en', 'es'] as const) {
      it(`shows ${c.name} (${lang})`, async () => {
        let root!: ShadowRoot;
        await captureWarnings(async () => {
          ({ root } = await chartWith(c.data ?? DATA, { lang, type: c.type ?? 'column' }));
        });
        expect(root.querySelector('svg.visual'), 'nothing is drawn').to.equal(null);
        expect(root.querySelector('.error-title'), 'the error box').to.exist;
        expect(alertText(root)).to.contain(c[lang]);
      });
    }
  }
});

describe('<cifras-chart type="column"> with a series', () => {
  /** Two documents' counts of the same years: a series each. */
  const TWO: CustomChartData = {
    title: 'Two counts of homicides', unit: 'count', source: 'inegi',
    sources: [{ id: 'inegi', title: 'Defunciones por homicidio', author: 'INEGI', year: 2023 }, { id: 'sesnsp', title: 'Incidencia delictiva', author: 'SESNSP', year: 2023 }],
    data: [
      { label: '2019', value: 36661, period: '2019', series: 'INEGI' },
      { label: '2019', value: 34690, period: '2019', series: 'SESNSP', source: 'sesnsp' },
      { label: '2022', value: 32223, period: '2022', series: 'INEGI' },
    ],
  };

  it('draws each series in its colour, the counts of one year side by side, with a key naming the series', async () => {
    for (const lang of ['en', 'es']) {
      const { el, root } = await chartWith(TWO, { lang });
      const [a, b, c] = ['data.1', 'data.2', 'data.3'].map((id) => column(root, id));
      expect(left(b), 'side by side').to.be.at.least(right(a));
      const fill = (rect: SVGRectElement) => getComputedStyle(rect).fill;
      expect(fill(a)).to.not.equal(fill(b));
      expect(fill(c), 'one colour per series').to.equal(fill(a));
      const key = [...root.querySelectorAll('.key li')].map((li) => [li.textContent!.trim(), getComputedStyle(li.querySelector('.swatch')!).backgroundColor]);
      expect(key.map(([name]) => name)).to.deep.equal(['INEGI', 'SESNSP']);
      expect(key[0][1]).to.equal(fill(a));
      expect(key[1][1]).to.equal(fill(b));
      // Each column's name says its series, for the keyboard, the tooltip and the table.
      expect(root.querySelector('rect.hit[data-figure="data.2"]')!.getAttribute('aria-label')).to.contain('SESNSP');
      await expectNoAxeViolations(el);
    }
  });
});

