import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { defaultCatalog } from '../../src/data/dataset.js';
import { chartSuite, openSources, renderChart } from '../helpers/chart-suite.js';

const HOMICIDES = [
  'icg.homicides.2007', 'felbab.homicides.2017', 'icg.homicides.2018', 'icg.homicides.2019', 'shirk.homicides.2019',
  'elementa.homicides-annual-floor-2017-2022', 'icg.homicides.2022', 'elementa.homicides.2022',
];
const DISAPPEARED = [
  'icg.disappeared-presidential-count-2023', 'elementa.missing-persons-registry.2024-02', 'elementa.missing-persons-registry.2024',
  'icg.disappeared-registry-total-2024', 'icg.disappeared-since-1969',
  'elementa.disappearances-amlo.2023-06', 'elementa.disappearances-amlo.2023-08', 'icg.disappeared-registry-since-2019',
];

chartSuite({
  tag: 'cifras-homicides-disappearances',
  marks: [...HOMICIDES, ...DISAPPEARED],
  summary: { en: ['8,867', '36,685', '33,287 and 32,223', '116,305'], es: ['8,867', '36,685', '33,287 y 32,223', '116,305'] },
});

chartSuite({
  tag: 'cifras-disappearances',
  marks: DISAPPEARED,
  summary: { en: ['116,305', '12,377', 'at\u00a0least\u00a0100,000'], es: ['116,305', '12,377', 'al\u00a0menos\u00a0100,000'] },
});

/**
 * An element's shape on screen without its stroke: Firefox's getBoundingClientRect takes in the
 * labels' 3 px halo and the marks' outlines, Chromium's does not.
 */
function drawnBox(element: SVGGraphicsElement) {
  const { x, y, width, height } = element.getBBox();
  const m = element.getScreenCTM()!;
  return { left: m.a * x + m.e, top: m.d * y + m.f, right: m.a * (x + width) + m.e, bottom: m.d * (y + height) + m.f };
}
const gapBetween = (a: ReturnType<typeof drawnBox>, b: ReturnType<typeof drawnBox>) =>
  Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom);
const yearEdges = (root: ShadowRoot) => [...root.querySelectorAll<SVGLineElement>('.x-axis line.year')].map((l) => Number(l.getAttribute('x1')));
const column = (root: ShadowRoot, id: string) => root.querySelector<SVGRectElement>(`g.column[data-figure="${id}"] rect.mark`)!;
const centre = (rect: SVGRectElement) => Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2;

describe('<cifras-homicides-disappearances>', () => {
  it('draws homicides as columns, each year its place on the axis, the years no document counts left empty', async () => {
    const { root } = await renderChart('cifras-homicides-disappearances', 'lang="en"', 960);
    const edges = yearEdges(root);
    // 2007 to 2024: 18 years, 19 edges, evenly spaced.
    expect(edges).to.have.length(19);
    const step = edges[1] - edges[0];
    edges.slice(1).forEach((x, i) => expect(x - edges[i]).to.be.closeTo(step, 0.01));
    expect(centre(column(root, 'icg.homicides.2007'))).to.be.within(edges[0], edges[1]);
    expect(centre(column(root, 'felbab.homicides.2017'))).to.be.within(edges[10], edges[11]);
    // 2008–2016 and 2023–2024: no column, no floor, and said so where the words fit.
    const extent = (mark: Element) => (mark.tagName === 'line'
      ? [Number(mark.getAttribute('x1')), Number(mark.getAttribute('x2'))]
      : [Number(mark.getAttribute('x')), Number(mark.getAttribute('x')) + Number(mark.getAttribute('width'))]);
    for (const rect of root.querySelectorAll<SVGElement>('g.column rect.mark, g.span line.span-top')) {
      const [left, right] = extent(rect);
      const id = rect.closest('[data-figure]')!.getAttribute('data-figure');
      expect(right <= edges[1] + 0.5 || left >= edges[10] - 0.5, `${id} in 2008–2016`).to.equal(true);
      expect(right <= edges[16] + 0.5, `${id} in 2023–2024`).to.equal(true);
    }
    expect([...root.querySelectorAll('.gap-label')].map((t) => t.textContent)).to.deep.equal(['no figures', 'no figures']);
    // Each column as tall as its value.
    const height = (id: string) => Number(column(root, id).getAttribute('height'));
    expect(height('icg.homicides.2018') / height('icg.homicides.2007')).to.be.closeTo(36685 / 8867, 0.01);
  });

  it('shades the presidential terms as the documents date them, and cites the figures that date them', async () => {
    for (const lang of ['en', 'es'] as const) {
      const { el, root } = await renderChart('cifras-homicides-disappearances', `lang="${lang}"`, 960);
      const labels = [...root.querySelectorAll('g.annotation .annotation-label')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
      expect(labels, lang).to.deep.equal(['Calderón', 'Peña Nieto', 'López Obrador']);
      const band = (id: string) => root.querySelector<SVGRectElement>(`g.annotation[data-annotation="${id}"] rect.band`)!;
      const edges = yearEdges(root);
      const month = (edges[1] - edges[0]) / 12;
      // López Obrador's from December 2018 (Crisis Group's count "so far under López Obrador") to May 2024.
      expect(Number(band('lopezObrador').getAttribute('x'))).to.be.closeTo(edges[11] + 11 * month, 0.5);
      expect(Number(band('lopezObrador').getAttribute('x')) + Number(band('lopezObrador').getAttribute('width'))).to.be.closeTo(edges[17] + 5 * month, 0.5);
      // Peña Nieto's from December 2012 to November 2018; one term in two shaded, so that they do not merge.
      expect(Number(band('penaNieto').getAttribute('x'))).to.be.closeTo(edges[5] + 11 * month, 0.5);
      expect(['calderon', 'penaNieto', 'lopezObrador'].map((id) => band(id).classList.contains('shaded'))).to.deep.equal([true, false, true]);
      await openSources(el, root);
      const sources = root.querySelector('.sources')!.textContent!.replace(/\s+/g, ' ');
      for (const id of ['icg.clashes-monthly-average.calderon', 'icg.clashes-monthly-average.pena-nieto', 'icg.homicides-total-amlo']) {
        expect(sources, `${lang}: ${id}`).to.contain(defaultCatalog.figure(id).evidence!.replace(/\s+/g, ' '));
      }
    }
  });

  for (const width of [280, 320, 480, 640, 960, 1200]) {
    it(`keeps every label clear of the marks that are not its own and of the other labels at ${width} px`, async () => {
      for (const lang of ['en', 'es']) {
        const { root } = await renderChart('cifras-homicides-disappearances', `lang="${lang}"`, width);
        const svg = root.querySelector('svg.visual')!;
        const marks = [...svg.querySelectorAll<SVGGraphicsElement>('g.column rect.mark, g.column .open-end, g.span .span-top')];
        const labels = [...svg.querySelectorAll<SVGTextElement>('text.column-label, .annotation-label')];
        for (const label of labels) {
          const box = drawnBox(label);
          const own = label.closest('[data-figure]')?.getAttribute('data-figure') ?? label.dataset.figure;
          for (const mark of marks) {
            const owner = mark.closest('[data-figure]')!.getAttribute('data-figure');
            if (owner === own) continue;
            expect(gapBetween(box, drawnBox(mark)), `${lang} ${width}px: "${label.textContent}" against ${owner}`).to.be.at.least(1);
          }
          for (const other of labels.filter((l) => l !== label)) {
            expect(gapBetween(box, drawnBox(other)), `${lang} ${width}px: "${label.textContent}" against "${other.textContent}"`).to.be.at.least(1);
          }
        }
      }
    });
  }

  it('names the 2017 disagreement under the chart, where the floor from 2017 stands over Felbab-Brown\'s count', async () => {
    const notes = (root: ShadowRoot) => root.querySelector('.notes')!.textContent!.replace(/\s+/g, ' ').replace(/\u00a0/g, ' ');
    expect(notes((await renderChart('cifras-homicides-disappearances', 'lang="en"')).root))
      .to.contain('The sources disagree on 2017: 25,339 (Felbab-Brown) or at least 30,000 a year from 2017 to 2022 (Elementa DDHH).');
    expect(notes((await renderChart('cifras-homicides-disappearances', 'lang="es"')).root))
      .to.contain('Las fuentes discrepan sobre 2017: 25,339 (Felbab-Brown) o al menos 30,000 al año de 2017 a 2022 (Elementa DDHH).');
  });

  it('labels the floor over several years at every width, beside it where the columns leave no room over it', async () => {
    for (const width of [320, 640, 1000]) {
      for (const lang of ['en', 'es']) {
        const { root } = await renderChart('cifras-homicides-disappearances', `lang="${lang}"`, width);
        const label = root.querySelector<SVGTextElement>('text.column-label[data-figure="elementa.homicides-annual-floor-2017-2022"]');
        expect(label, `${lang} ${width}px`).to.exist;
      }
    }
  });

  it('labels every homicide count at 1200 px, the floor in words', async () => {
    for (const lang of ['en', 'es']) {
      const { root } = await renderChart('cifras-homicides-disappearances', `lang="${lang}"`, 1200);
      const labelled = new Map([...root.querySelectorAll<SVGTextElement>('text.column-label')].map((t) => [t.dataset.figure, t.textContent!.replace(/\u00a0/g, ' ')]));
      for (const id of HOMICIDES) expect(labelled.has(id), `${lang}: ${id}`).to.equal(true);
      expect(labelled.get('elementa.homicides-annual-floor-2017-2022')).to.equal(lang === 'es' ? '30,000 o más al año' : 'at least 30,000 a year');
      expect(labelled.get('shirk.homicides.2019')).to.equal(lang === 'es' ? 'al menos 35,000' : 'at least 35,000');
    }
  });

  it('draws a bound as an open end, not a band: the projection\'s column and the floor have open, dashed tops', async () => {
    const { root } = await renderChart('cifras-homicides-disappearances');
    expect(root.querySelector('g.column[data-figure="shirk.homicides.2019"] .open-end')).to.exist;
    expect(root.querySelector('g.column[data-figure="icg.homicides.2019"] .open-end')).to.equal(null);
    const floor = root.querySelector('g.span[data-figure="elementa.homicides-annual-floor-2017-2022"]')!;
    // The floor is its dashed line alone: open ends at its sides would stand on the columns of its first and last years.
    expect(floor.querySelector('.open-end')).to.equal(null);
    // A dashed line at its level across its years: no area that would read as a series of its own, nor a band from the value up.
    expect(floor.querySelector('rect')).to.equal(null);
    expect(getComputedStyle(floor.querySelector('line.span-top')!).strokeDasharray).to.not.equal('none');
    expect(root.querySelector('g.range')).to.equal(null);
    // The key says what a dashed top means, in one row with the hatching's.
    const key = root.querySelector('.derived-key:has(.bound-key)')!;
    expect(key.textContent!.replace(/\s+/g, ' ')).to.contain('Dashed top: at least');
    expect(key.querySelector('.bound-key .open-end')).to.exist;
    const spanish = (await renderChart('cifras-homicides-disappearances', 'lang="es"')).root;
    expect(spanish.querySelector('.derived-key')!.textContent).to.contain('Tope punteado: al menos');
  });

  it('pairs both 2022 counts side by side, told apart by colour and source, and explains the disagreement', async () => {
    const { el, root } = await renderChart('cifras-homicides-disappearances');
    const [icg, elementa] = [column(root, 'icg.homicides.2022'), column(root, 'elementa.homicides.2022')];
    const edges = yearEdges(root);
    for (const rect of [icg, elementa]) expect(centre(rect)).to.be.within(edges[15], edges[16]);
    expect(Number(elementa.getAttribute('x'))).to.be.at.least(Number(icg.getAttribute('x')) + Number(icg.getAttribute('width')));
    expect(getComputedStyle(icg).fill).to.not.equal(getComputedStyle(elementa).fill);
    // The key names each colour's document.
    const key = [...root.querySelectorAll('.key li')].map((li) => [li.textContent!.trim(), getComputedStyle(li.querySelector('.swatch')!).backgroundColor]);
    expect(key.find(([name]) => name === 'International Crisis Group')![1]).to.equal(getComputedStyle(icg).fill);
    expect(key.find(([name]) => name === 'Elementa DDHH')![1]).to.equal(getComputedStyle(elementa).fill);
    expect(root.querySelector('rect.hit[data-figure="elementa.homicides.2022"]')!.getAttribute('aria-label')).to.contain('Elementa DDHH');
    expect(root.querySelector('.disagree-note')!.textContent).to.match(/sources disagree on \d+ figures/);
    const item = (await openSources(el, root)).querySelector('.disagreements [data-conflict="homicides-2022"]')!;
    expect(item.textContent).to.contain('33,287').and.to.contain('32,223').and.to.contain('INEGI');
    expect(item.textContent).to.contain('Crisis Group (2024)').and.to.contain('Elementa DDHH (2024)');
  });

  it('says of Shirk’s 2019 figure that it is a projection, in both languages', async () => {
    const hit = (root: ShadowRoot) => root.querySelector('rect.hit[data-figure="shirk.homicides.2019"]')!.getAttribute('aria-label');
    expect(hit((await renderChart('cifras-homicides-disappearances')).root)).to.contain('2019 (projected) · Shirk');
    expect(hit((await renderChart('cifras-homicides-disappearances', 'lang="es"')).root)).to.contain('2019 (proyección) · Shirk');
  });

  it('keeps rates off the count axis: in the notes, and the table says what a rate row measures', async () => {
    for (const [lang, rate] of [['en', 'homicide rate'], ['es', 'tasa']]) {
      const { el, root } = await renderChart('cifras-homicides-disappearances', `lang="${lang}"`, 640);
      for (const hit of root.querySelectorAll<SVGRectElement>('rect.hit')) expect(defaultCatalog.figure(hit.dataset.figure!).unit, hit.dataset.figure).to.equal('count');
      expect(root.querySelector('.notes')!.textContent!.replace(/\s+/g, ' ')).to.contain(lang === 'es' ? '29 por cada 100 mil' : '29 per 100,000');
      root.querySelector<HTMLButtonElement>('[data-action="table"]')!.click();
      await el.updateComplete;
      for (const id of ['felbab.homicide-rate.2018', 'elementa.homicide-rate.2019']) {
        expect(root.querySelector(`tr[data-figure="${id}"] th .measure`)?.textContent?.toLowerCase(), `${lang} ${id}`).to.contain(rate);
      }
      expect(root.querySelector('tr[data-figure="icg.homicides.2019"] th .measure'), 'a mark\'s row is named by the mark').to.equal(null);
      // A row's name starts a line: "febrero de 2024" takes a capital there.
      expect(root.querySelector('tr[data-figure="elementa.missing-persons-registry.2024-02"] th')!.textContent).to.match(lang === 'es' ? /^Feb\s2024\s·\s/ : /^Feb\s2024\s·\s/);
    }
  });

  it('draws the registry of the disappeared beneath, on one scale, its latest count highlighted', async () => {
    for (const tag of ['cifras-homicides-disappearances', 'cifras-disappearances']) {
      const { root } = await renderChart(tag, 'lang="en"', 640);
      const bar = (id: string) => root.querySelector<SVGRectElement>(`g.row[data-figure="${id}"] rect.mark`)!;
      expect(bar('icg.disappeared-registry-total-2024').classList.contains('highlight'), tag).to.equal(true);
      expect(root.querySelectorAll('g.row rect.mark.highlight'), tag).to.have.length(1);
      // The term's counts are parts of the registry: one scale for both panels.
      const width = (id: string) => Number(bar(id).getAttribute('width'));
      expect(width('icg.disappeared-registry-since-2019') / width('icg.disappeared-registry-total-2024'), tag).to.be.closeTo(75598 / 116305, 0.01);
    }
    const { root } = await renderChart('cifras-homicides-disappearances', 'lang="es"', 640);
    const titles = [...root.querySelectorAll('svg.visual .panel-title')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(titles).to.deep.equal(['Homicidios por año', 'Personas desaparecidas y no localizadas', 'El registro completo', 'Durante el sexenio de López Obrador']);
  });
});
