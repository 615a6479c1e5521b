import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { chartSuite, openSources, renderChart } from '../helpers/chart-suite.js';

const MARKS = [
  'icg.homicides.2007', 'felbab.homicides.2017', 'icg.homicides.2018', 'icg.homicides.2019', 'shirk.homicides.2019',
  'elementa.homicides-annual-floor-2017-2022', 'icg.homicides.2022', 'elementa.homicides.2022',
  'icg.disappeared-presidential-count-2023', 'elementa.missing-persons-registry.2024-02',
  'icg.disappeared-registry-total-2024', 'elementa.missing-persons-registry.2024',
];

chartSuite({
  tag: 'cifras-homicides-disappearances',
  marks: MARKS,
  summary: { en: ['8,867', '36,685', '33,287 and 32,223', '116,305'], es: ['8,867', '36,685', '33,287 y 32,223', '116,305'] },
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

describe('<cifras-homicides-disappearances>', () => {
  it('says in the table what a rate row measures: its own label ("Current (2018)") says nothing of it', async () => {
    for (const [lang, rate] of [['en', 'homicide rate'], ['es', 'tasa']]) {
      const { el, root } = await renderChart('cifras-homicides-disappearances', `lang="${lang}"`, 640);
      root.querySelector<HTMLButtonElement>('[data-action="table"]')!.click();
      await el.updateComplete;
      for (const id of ['felbab.homicide-rate.2018', 'elementa.homicide-rate.2019']) {
        expect(root.querySelector(`tr[data-figure="${id}"] th .measure`)?.textContent?.toLowerCase(), `${lang} ${id}`).to.contain(rate);
      }
      expect(root.querySelector('tr[data-figure="icg.homicides.2019"] th .measure'), 'a mark\'s row is named by the mark').to.equal(null);
      // A row's name starts a line: "febrero de 2024" takes a capital there.
      expect(root.querySelector('tr[data-figure="elementa.missing-persons-registry.2024-02"] th')!.textContent).to.match(lang === 'es' ? /^Febrero\sde\s2024\s·\s/ : /^February\s2024\s·\s/);
    }
  });

  it('tints the "at least" band strongly enough to see in the dark theme as in the light one', async () => {
    const opacity = async (theme: string) => {
      const { root } = await renderChart('cifras-homicides-disappearances', `theme="${theme}"`, 640);
      return Number(getComputedStyle(root.querySelector('.range .band')!).fillOpacity);
    };
    expect(await opacity('light')).to.be.closeTo(0.12, 0.001);
    // 12% of a light colour on the dark background hardly shows.
    expect(await opacity('dark')).to.be.at.least(0.25);
  });

  for (const width of [280, 320, 480, 640, 960, 1200]) {
    it(`keeps each label clear of the marks that are not its own at ${width} px`, async () => {
      for (const lang of ['en', 'es']) {
        const { root } = await renderChart('cifras-homicides-disappearances', `lang="${lang}"`, width);
        const marks = [...root.querySelector('svg.visual')!.querySelectorAll<SVGGraphicsElement>('path.point, g.range line.floor')];
        for (const label of root.querySelectorAll<SVGTextElement>('text.point-label')) {
          const box = drawnBox(label);
          for (const mark of marks) {
            const owner = mark.closest('[data-figure]')!.getAttribute('data-figure');
            if (owner === label.dataset.figure) continue;
            const other = drawnBox(mark);
            // The gap between the two boxes, across or along: touching reads as one. (Firefox's text
            // boxes run a little taller than Chromium's; 1 px of them is clear on screen.)
            const gap = Math.max(other.left - box.right, box.left - other.right, other.top - box.bottom, box.top - other.bottom);
            expect(gap, `${lang} ${width}px: "${label.textContent}" against ${owner}`).to.be.at.least(1);
          }
        }
      }
    });
  }

  for (const width of [280, 320, 400, 640, 960, 1200]) {
    it(`keeps the multi-year floor's label off the sides of other figures' marks at ${width} px`, async () => {
      for (const lang of ['en', 'es']) {
        const { root } = await renderChart('cifras-homicides-disappearances', `lang="${lang}"`, width);
        const label = root.querySelector<SVGTextElement>('text.point-label[data-figure="elementa.homicides-annual-floor-2017-2022"]');
        // Where the marks crowd it out the floor goes without a label, its value in the tooltip and the table: at 640 px
        // too in Firefox, whose text runs wider, now that its bound is in words ("at least 30,000", not "≥30,000").
        if (width >= 960) expect(label, `${lang} ${width}px: the floor is labelled`).to.exist;
        if (!label) continue;
        const box = label.getBoundingClientRect();
        for (const mark of root.querySelectorAll<SVGGraphicsElement>('svg.visual path.point')) {
          const other = mark.getBoundingClientRect();
          // At the same height and beside a point, "≥30,000" reads as that point's value ("■ ≥30,000").
          if (other.top >= box.bottom || box.top >= other.bottom) continue;
          const gap = Math.max(other.left - box.right, box.left - other.right);
          expect(gap, `${lang} ${width}px: beside ${mark.closest('[data-figure]')!.getAttribute('data-figure')}`).to.be.at.least(25);
        }
        // Nor just under or over a point: 12 px under the 2022 counts, "≥30,000" read as theirs (400 px).
        const drawn = drawnBox(label);
        for (const mark of root.querySelectorAll<SVGGraphicsElement>('svg.visual path.point')) {
          const other = drawnBox(mark);
          if (other.left >= drawn.right || drawn.left >= other.right) continue;
          const gap = Math.max(other.top - drawn.bottom, drawn.top - other.bottom);
          expect(gap, `${lang} ${width}px: under or over ${mark.closest('[data-figure]')!.getAttribute('data-figure')}`).to.be.at.least(14);
        }
      }
    });
  }

  it('labels every homicide figure at 1200 px: the 2018–2019 line and both counts for 2022', async () => {
    for (const lang of ['en', 'es']) {
      const { root } = await renderChart('cifras-homicides-disappearances', `lang="${lang}"`, 1200);
      const labelled = [...root.querySelectorAll<SVGTextElement>('text.point-label')].map((t) => t.dataset.figure);
      for (const id of ['icg.homicides.2007', 'felbab.homicides.2017', 'icg.homicides.2018', 'icg.homicides.2019', 'shirk.homicides.2019', 'icg.homicides.2022', 'elementa.homicides.2022']) {
        expect(labelled, `${lang}: ${id}`).to.include(id);
      }
    }
  });

  it('labels the registry\'s latest exact count, 116,305, at every width, over its two neighbours', async () => {
    for (const width of [280, 320, 480, 640, 960, 1200]) {
      const { root } = await renderChart('cifras-homicides-disappearances', 'lang="en"', width);
      const label = root.querySelector<SVGTextElement>('text.point-label[data-figure="icg.disappeared-registry-total-2024"]');
      expect(label?.textContent, `${width}px`).to.equal('116,305');
    }
  });

  it('gives each panel its whole title, down to 240 px in Spanish', async () => {
    for (const width of [240, 280]) {
      const { root } = await renderChart('cifras-homicides-disappearances', 'lang="es"', width);
      const titles = [...root.querySelectorAll('text.panel-title')].map((t) => [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' '));
      expect(titles, `${width}px`).to.deep.equal(['Homicidios por año', 'Personas desaparecidas y no localizadas (registro acumulado)']);
    }
  });

  it('joins only consecutive years of one source: no line across missing years', async () => {
    const { root } = await renderChart('cifras-homicides-disappearances');
    const paths = [...root.querySelectorAll<SVGPathElement>('path.series-line')];
    // Crisis Group gives 2007, 2018, 2019 and 2022: only 2018–2019 are adjacent.
    expect(paths).to.have.length(1);
    const moves = paths[0].getAttribute('d')!.match(/[ML]/g);
    expect(moves).to.deep.equal(['M', 'L']);
    const centre = (id: string) => root.querySelector(`path.point[data-figure="${id}"]`)!.getAttribute('transform')!
      .match(/translate\(([-\d.]+),([-\d.]+)\)/)!.slice(1).map(Number);
    const coordinates = paths[0].getAttribute('d')!.match(/[-\d.]+/g)!.map(Number);
    const expected = [...centre('icg.homicides.2018'), ...centre('icg.homicides.2019')];
    coordinates.forEach((value, i) => expect(value).to.be.closeTo(expected[i], 0.01));
  });

  it('draws both 2022 counts, distinguished by source, and explains the disagreement', async () => {
    const { el, root } = await renderChart('cifras-homicides-disappearances');
    const point = (id: string) => root.querySelector<SVGPathElement>(`path.point[data-figure="${id}"]`)!;
    const icg = point('icg.homicides.2022');
    const elementa = point('elementa.homicides.2022');
    expect(icg.getAttribute('d')).to.not.equal(elementa.getAttribute('d'));
    expect(getComputedStyle(icg).fill).to.not.equal(getComputedStyle(elementa).fill);
    // Told under the chart in a short line, in full in the sources panel the footer opens.
    expect(root.querySelector('.disagree-note')!.textContent).to.match(/sources disagree on \d+ figures/);
    const item = (await openSources(el, root)).querySelector('.disagreements [data-conflict="homicides-2022"]')!;
    expect(item.textContent).to.contain('33,287');
    expect(item.textContent).to.contain('32,223');
    expect(item.textContent).to.contain('INEGI');
    // Each figure named by its document, not by a marker to look up.
    expect(item.textContent).to.contain('Crisis Group (2024)').and.to.contain('Elementa DDHH (2024)');
  });

  it('shows a bound as a hollow mark and a multi-year floor as a range', async () => {
    const { root } = await renderChart('cifras-homicides-disappearances');
    expect(root.querySelector('path.point[data-figure="shirk.homicides.2019"]')!.classList.contains('open')).to.equal(true);
    expect(root.querySelector('g.range[data-figure="elementa.homicides-annual-floor-2017-2022"]')).to.exist;
  });

  it('says of Shirk’s 2019 figure that it is a projection, in both languages', async () => {
    const hit = (root: ShadowRoot) => root.querySelector('rect.hit[data-figure="shirk.homicides.2019"]')!.getAttribute('aria-label');
    const { root } = await renderChart('cifras-homicides-disappearances');
    expect(hit(root)).to.contain('2019 (projected) · Shirk');
    expect(hit((await renderChart('cifras-homicides-disappearances', 'lang="es"')).root)).to.contain('2019 (proyección) · Shirk');
  });

  it('puts both panels on one time axis', async () => {
    const { root } = await renderChart('cifras-homicides-disappearances');
    const x = (id: string) => {
      const r = root.querySelector(`[data-figure="${id}"]`)!.getBoundingClientRect();
      return (r.left + r.right) / 2;
    };
    // 2023-12 (census, lower panel) lies right of 2022 (upper panel), left of May 2024.
    expect(x('icg.disappeared-presidential-count-2023')).to.be.greaterThan(x('icg.homicides.2022'));
    expect(x('icg.disappeared-presidential-count-2023')).to.be.lessThan(x('icg.disappeared-registry-total-2024'));
  });

  it('annotates the 2023 census and the counts for López Obrador’s term', async () => {
    const { root } = await renderChart('cifras-homicides-disappearances', 'lang="es"');
    const notes = root.querySelector('.notes')!.textContent!.replace(/\s+/g, ' ');
    expect(notes).to.contain('12,377');
    expect(notes).to.contain('censo');
    expect(notes).to.contain('40,000');
  });
});
