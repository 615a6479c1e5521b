// The tile map of the 32 states: a developer's own data (<cifras-chart type="map">)
// and the bundled by-state figures' map view (view="map"), where the states the
// documents do not name are marked as not broken down by the source.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { CifrasCustomChart } from '../../src/components/chart/chart.js';
import type { CifrasChart } from '../../src/components/frame/chart-element.js';
import { contrastRatio } from '../../src/chart/contrast.js';
import { placeName } from '../../src/chart/places.js';
import { stateCodes, stateResolver } from '../../src/chart/state-names.js';
import { geographicOrder } from '../../src/chart/tile-map.js';
import type { CustomChartData } from '../../src/data/custom-data.js';
import { defaultCatalog } from '../../src/data/dataset.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { chartSuite, renderChart } from '../helpers/chart-suite.js';
import { simulate } from '../helpers/color-vision.js';
import { backdrop, color } from '../helpers/paint.js';
import { overlappingTextBoxes, textOutsideSvg } from '../helpers/geometry.js';
import { captureWarnings, mount } from '../helpers/render.js';

const CLASHES = 'icg.clashes-2020-2022';
const NAMED: Record<string, string> = {
  'MX-TAM': 'tamaulipas', 'MX-MIC': 'michoacan', 'MX-ZAC': 'zacatecas', 'MX-GRO': 'guerrero', 'MX-GUA': 'guanajuato', 'MX-BCN': 'baja-california',
};
const OTHER = `${CLASHES}.other-states`;

// Every tile in geographic order (a state the report does not name stands for "other states"), then the group's key entry.
chartSuite({
  tag: 'cifras-clashes-by-state',
  attributes: 'view="map"',
  marks: [...geographicOrder().map((code) => (NAMED[code] ? `${CLASHES}.${NAMED[code]}` : OTHER)), OTHER],
  summary: {
    en: ['Tamaulipas accounted for 328', 'The source does not break down the other 26 states: together, 227'],
    es: ['Tamaulipas concentró 328', 'La fuente no desglosa los otros 26 estados: en conjunto, 227'],
  },
});

const SOURCES = { source: 's', sources: [{ id: 's', title: 'Víctimas de homicidio', author: 'SESNSP', year: 2024 }] };
/** Homicide victims per 100,000 people in some states (rounded), with three left out: no data. */
const RATES: [string, number][] = [
  ['Colima', 110.2], ['Baja California', 75.4], ['Chihuahua', 66.6], ['Morelos', 64.5], ['Guanajuato', 56.9], ['Sonora', 50.3],
  ['Zacatecas', 47.1], ['Guerrero', 41.4], ['Quintana Roo', 34.3], ['Michoacán de Ocampo', 33.2], ['Tabasco', 31.1], ['Oaxaca', 26.9],
  ['Jalisco', 19.6], ['CDMX', 11.2], ['Edomex', 14.0], ['Puebla', 17.2], ['Tlaxcala', 11.4], ['San Luis Potosí', 19.5],
  ['Nuevo León', 26.4], ['Tamaulipas', 17.1], ['Veracruz de Ignacio de la Llave', 15.6], ['Chiapas', 13.0], ['Campeche', 26.8],
  ['Yucatán', 2.4], ['Sinaloa', 27.3], ['Hidalgo', 8.8], ['Querétaro', 9.7], ['Aguascalientes', 6.5], ['Coahuila de Zaragoza', 4.1],
];
const MAP: CustomChartData = {
  title: 'Homicide victims by state, 2023', subtitle: 'Per 100,000 people', unit: 'per-100k', ...SOURCES,
  data: RATES.map(([label, value]) => ({ label, value })),
};
const WITHOUT_DATA = ['MX-BCS', 'MX-DUR', 'MX-NAY'];

async function mapWith(data: unknown, attributes = '', width = 640): Promise<{ el: CifrasCustomChart; root: ShadowRoot }> {
  const container = mount(width);
  const el = document.createElement('cifras-chart') as CifrasCustomChart;
  el.setAttribute('type', 'map');
  for (const [name, value] of attributes.split(' ').filter(Boolean).map((a) => a.split('='))) el.setAttribute(name, value.replace(/"/g, ''));
  el.data = data as CustomChartData;
  container.append(el);
  for (let i = 0; i < 150 && !el.shadowRoot!.querySelector('svg.visual, [role="alert"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

const tile = (root: ShadowRoot, code: string) => root.querySelector<SVGGElement>(`svg.visual .tile[data-place="${code}"]`)!;
const hits = (root: ShadowRoot) => [...root.querySelectorAll<SVGRectElement>('rect.hit')];
const alertText = (root: ShadowRoot) => root.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const fillOf = (node: Element) => getComputedStyle(node).fill;
/** The key's words for the states without a value, its lines joined. */
const missingKey = (root: ShadowRoot) => [...root.querySelectorAll('svg.visual .missing-key tspan')].map((line) => line.textContent).join(' ');
/** Text as read, no-break spaces as spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

async function press(el: CifrasChart, root: ShadowRoot, key: string): Promise<string> {
  root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  await el.updateComplete;
  await el.updateComplete;
  return (root.activeElement as SVGRectElement).dataset.place!;
}

describe('<cifras-chart type="map">', () => {
  it('draws all 32 states, one tile and one mark each, named in full to screen readers', async () => {
    const { el, root } = await mapWith(MAP, 'lang=es');
    const tiles = [...root.querySelectorAll<SVGGElement>('svg.visual .tile')];
    expect(tiles.map((t) => t.dataset.place)).to.deep.equal(geographicOrder());
    const names = tiles.map((t) => t.querySelector('.tile-name')!.textContent!.trim());
    expect(new Set(names).size, 'no two tiles named alike').to.equal(32);
    expect(hits(root).map((h) => h.dataset.place)).to.deep.equal(geographicOrder());
    for (const [i, hit] of hits(root).entries()) expect(hit.getAttribute('aria-label')).to.match(new RegExp(`^${placeName(geographicOrder()[i], 'es')}: `));
    expect(el.shadowRoot!.querySelector('.title')!.textContent!.trim()).to.equal(MAP.title);
  });

  it('colours each state by the value its row names, whichever name the row uses', async () => {
    const { root } = await mapWith(MAP, 'lang=en');
    const value = (code: string) => hits(root).find((h) => h.dataset.place === code)!.getAttribute('aria-label')!;
    expect(value('MX-CMX')).to.contain('11.2');
    expect(value('MX-MEX')).to.contain('14');
    expect(value('MX-COA')).to.contain('4.1');
    expect(value('MX-VER')).to.contain('15.6');
    expect(value('MX-MIC')).to.contain('33.2');
    expect(value('MX-CMX')).to.match(/^Mexico City: /);
    for (const code of ['MX-CMX', 'MX-MEX', 'MX-COA', 'MX-VER', 'MX-MIC']) expect(tile(root, code).classList.contains('missing'), code).to.equal(false);
  });

  it('marks states without data apart from the lowest class: hatched and outlined, with a key entry', async () => {
    const { root } = await mapWith(MAP, 'lang=en');
    const lowest = tile(root, 'MX-YUC').querySelector('.tile-fill')!;
    const none = tile(root, 'MX-BCS').querySelector('.tile-fill')!;
    expect(tile(root, 'MX-YUC').classList.contains('map-0')).to.equal(true);
    expect(fillOf(lowest)).to.match(/^rgb/);
    expect(fillOf(none)).to.match(/^url\(/);
    expect(fillOf(none)).to.not.equal(fillOf(lowest));
    expect(parseFloat(getComputedStyle(none).strokeWidth)).to.be.at.least(1);
    expect(contrastRatio(color(getComputedStyle(none).stroke), backdrop(root.host)), 'its outline reads').to.be.at.least(3);
    for (const code of WITHOUT_DATA) expect(tile(root, code).classList.contains('missing'), code).to.equal(true);
    expect(root.querySelectorAll('svg.visual .tile.missing')).to.have.length(WITHOUT_DATA.length);
    const key = root.querySelector('svg.visual .map-key')!;
    expect(missingKey(root)).to.equal('No data');
    expect(fillOf(key.querySelector('.missing-swatch')!)).to.equal(fillOf(none));
    const bcs = hits(root).find((h) => h.dataset.place === 'MX-BCS')!;
    expect(bcs.getAttribute('aria-label')).to.equal('Baja California Sur: no data.');
    expect(missingKey((await mapWith(MAP, 'lang=es')).root)).to.equal('Sin datos');
  });

  it('keys round breaks that cover the data, each tile in the colour of its class', async () => {
    const { root } = await mapWith(MAP, 'lang=en', 1000);
    const breaks = [...root.querySelectorAll('svg.visual .map-key .break')].map((b) => Number(b.textContent!.replace(/,/g, '')));
    const values = RATES.map(([, v]) => v);
    expect(breaks[0]).to.be.at.most(Math.min(...values));
    expect(breaks[breaks.length - 1]).to.be.at.least(Math.max(...values));
    const step = breaks[1] - breaks[0];
    expect(breaks.every((b, i) => b === breaks[0] + i * step), breaks.join(' ')).to.equal(true);
    expect(step / 10 ** Math.floor(Math.log10(step))).to.be.oneOf([1, 2, 5]);
    const swatches = [...root.querySelectorAll('svg.visual .class-swatch')];
    expect(swatches).to.have.length(breaks.length - 1);
    expect(new Set(swatches.map(fillOf)).size, 'one colour per class').to.equal(swatches.length);
    const codeOf = stateResolver();
    for (const [label, value] of RATES) {
      const code = codeOf(label);
      expect(plain(hits(root).find((h) => h.dataset.place === code)!.getAttribute('aria-label')!), label).to.contain(`: ${value} per 100,000`);
      const step = breaks.findIndex((b, i) => value >= b && (value < breaks[i + 1] || i === breaks.length - 2));
      expect(fillOf(tile(root, code!).querySelector('.tile-fill')!), label).to.equal(fillOf(swatches[step]));
    }
  });

  it('moves through the states in geographic order with the arrow keys, up and down to the tile above and below', async () => {
    const { el, root } = await mapWith(MAP, 'lang=en');
    hits(root)[0].focus();
    await el.updateComplete;
    const visited = [(root.activeElement as SVGRectElement).dataset.place];
    for (let i = 1; i < 32; i++) visited.push(await press(el, root, 'ArrowRight'));
    expect(visited).to.deep.equal(geographicOrder());
    expect(await press(el, root, 'ArrowRight'), 'stays on the last').to.equal('MX-ROO');
    expect(await press(el, root, 'ArrowLeft')).to.equal('MX-CAM');
    hits(root).find((h) => h.dataset.place === 'MX-CMX')!.focus();
    await el.updateComplete;
    expect(await press(el, root, 'ArrowUp')).to.equal('MX-QUE');
    expect(await press(el, root, 'ArrowUp')).to.equal('MX-SLP');
    expect(await press(el, root, 'ArrowDown')).to.equal('MX-QUE');
    expect(await press(el, root, 'ArrowDown')).to.equal('MX-CMX');
    expect(await press(el, root, 'ArrowDown')).to.equal('MX-PUE');
    expect(root.querySelector('.tooltip')!.textContent).to.contain('Puebla').and.to.contain('17.2');
    expect(await press(el, root, 'Home')).to.equal('MX-BCN');
    hits(root).find((h) => h.dataset.place === 'MX-DUR')!.focus();
    await el.updateComplete;
    expect(root.querySelector('.tooltip')!.textContent).to.contain('Durango').and.to.contain('no data');
  });

  it('names the top states and the range in its summary, in both languages', async () => {
    const summary = async (lang: string) => plain((await mapWith(MAP, `lang=${lang}`)).root.querySelector('#cifras-summary')!.textContent!);
    expect(await summary('en')).to.equal('Colima has the highest value, 110.2 per 100,000, followed by Baja California (75.4 per 100,000) and Chihuahua (66.6 per 100,000). '
      + 'Values run from 2.4 per 100,000 (Yucatán) to 110.2 per 100,000. 3 states have no data.');
    expect(await summary('es')).to.equal('Colima tiene el valor más alto, 110.2 por cada 100 mil, seguido de Baja California (75.4 por cada 100 mil) y Chihuahua (66.6 por cada 100 mil). '
      + 'Los valores van de 2.4 por cada 100 mil (Yucatán) a 110.2 por cada 100 mil. 3 estados no tienen datos.');
  });

  it('lists the states in its table view with their values and sources', async () => {
    const { el, root } = await mapWith(MAP, 'lang=es');
    root.querySelector<HTMLButtonElement>('[data-action="table"]')!.click();
    await el.updateComplete;
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(RATES.length);
    const cdmx = rows.find((r) => r.querySelector('th')!.textContent === 'Ciudad de México')!;
    expect(cdmx.querySelector('td.num')!.textContent).to.contain('11.2');
    expect(cdmx.querySelector('td.source-ref')!.textContent).to.contain('SESNSP');
  });

  for (const lang of ['en', 'es']) {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violations (${lang}, ${theme})`, async () => {
        const { el } = await mapWith(MAP, `lang=${lang} theme=${theme}`, 360);
        await expectNoAxeViolations(el);
      });
    }
  }

  for (const width of [280, 320, 480, 640, 1000, 1200]) {
    it(`lets no two texts overlap, nor stick out, at ${width} px`, async () => {
      for (const lang of ['en', 'es']) {
        const { root } = await mapWith(MAP, `lang=${lang}`, width);
        const visual = root.querySelector<SVGSVGElement>('svg.visual')!;
        expect(overlappingTextBoxes(visual), `${lang} at ${width} px`).to.deep.equal([]);
        expect(textOutsideSvg(visual), `${lang} at ${width} px`).to.deep.equal([]);
        expect(visual.getBoundingClientRect().width).to.be.at.most(width + 0.5);
        // Every tile's words inside the tile.
        for (const node of visual.querySelectorAll<SVGGElement>('.tile')) {
          const box = node.querySelector('.tile-fill')!.getBoundingClientRect();
          for (const text of node.querySelectorAll('text')) {
            const t = text.getBoundingClientRect();
            expect(t.left >= box.left - 0.5 && t.right <= box.right + 0.5, `${node.dataset.place} "${text.textContent}" at ${width} px`).to.equal(true);
          }
        }
      }
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`draws every class at 3:1 against the background and its words at 4.5:1 on it, the classes apart for every colour vision (${theme})`, async () => {
      const { el, root } = await mapWith({ ...MAP, data: stateCodes().map((label, i) => ({ label, value: i * 3.5 })) }, `theme=${theme}`, 1000);
      const back = backdrop(el);
      const swatches = [...root.querySelectorAll('svg.visual .class-swatch')].map((s) => color(fillOf(s)));
      expect(swatches.length, 'every shade of the ramp').to.equal(6);
      for (const vision of ['normal', 'protanopia', 'deuteranopia', 'greyscale'] as const) {
        const seen = swatches.map((c) => simulate(c, vision));
        for (const [i, c] of seen.entries()) {
          expect(contrastRatio(c, simulate(back, vision)), `${vision}: class ${i + 1} on the background`).to.be.at.least(3);
          if (i) expect(contrastRatio(c, seen[i - 1]), `${vision}: class ${i + 1} against class ${i}`).to.be.at.least(1.3);
        }
      }
      for (const node of root.querySelectorAll<SVGGElement>('svg.visual .tile:not(.missing)')) {
        const fill = color(fillOf(node.querySelector('.tile-fill')!));
        for (const text of node.querySelectorAll('text')) expect(contrastRatio(color(fillOf(text)), fill), `${node.dataset.place} ${text.textContent}`).to.be.at.least(4.5);
      }
      for (const text of root.querySelectorAll('svg.visual .map-key text')) expect(contrastRatio(color(fillOf(text)), back), text.textContent!).to.be.at.least(4.5);
    });
  }

  it('shows a visible error naming the closest states for a name that is no state', async () => {
    const data = { ...SOURCES, data: [{ label: 'Sonora', value: 1 }, { label: 'Chihuaha', value: 2 }] };
    const warnings = await captureWarnings(async () => {
      const { el, root } = await mapWith(data, 'lang=en');
      expect(alertText(root)).to.contain('Value 2 ("Chihuaha") is not one of Mexico\'s 32 states: did you mean Chihuahua');
      expect(root.querySelector('svg.visual')).to.equal(null);
      await expectNoAxeViolations(el);
      const { root: es } = await mapWith(data, 'lang=es');
      expect(alertText(es)).to.contain('El valor 2 ("Chihuaha") no es uno de los 32 estados de México: ¿quiso decir Chihuahua');
    });
    expect(warnings.join('\n')).to.contain('Chihuaha');
  });

  it('reports a state given twice, under any two of its names', async () => {
    const data = { ...SOURCES, data: [{ label: 'Distrito Federal', value: 1 }, { label: 'Jalisco', value: 2 }, { label: 'cdmx', value: 3 }] };
    await captureWarnings(async () => {
      const { root } = await mapWith(data, 'lang=en');
      expect(alertText(root)).to.contain('Ciudad de México appears twice (values 1 and 3)');
    });
  });

  it('keeps its other types for the same data, and no map code in their drawing', async () => {
    const { root } = await mapWith(MAP, 'type=bar');
    expect(root.querySelector('.tile-map')).to.equal(null);
    expect(root.querySelectorAll('svg.visual rect.mark')).to.have.length(RATES.length);
  });
});

describe('the by-state widgets’ map view', () => {
  const WIDGETS: [string, number, RegExp][] = [
    ['cifras-clashes-by-state', 6, /Not broken down by the source: 227 in the other 26 states/],
    ['cifras-arrests', 3, /Not broken down by the source: 28,114 in the other 29 states/],
    ['cifras-seizures', 3, /Not broken down by the source: 59\.68% in the other 29 states/],
  ];
  for (const [tag, named, key] of WIDGETS) {
    it(`<${tag} view="map">: colours the states the source names and marks the rest as not broken down, never as low`, async () => {
      const { root } = await renderChart(tag, 'view="map" lang="en"', 640);
      const tiles = [...root.querySelectorAll<SVGGElement>('svg.visual .tile')];
      expect(tiles).to.have.length(32);
      const grouped = tiles.filter((t) => t.classList.contains('missing'));
      expect(grouped).to.have.length(32 - named);
      for (const node of grouped) expect(fillOf(node.querySelector('.tile-fill')!), node.dataset.place).to.match(/^url\(/);
      for (const node of tiles.filter((t) => !t.classList.contains('missing'))) expect(fillOf(node.querySelector('.tile-fill')!)).to.match(/^rgb/);
      expect(missingKey(root)).to.match(key);
      // Each grouped tile says so, with the group's total and its source.
      const total = key.exec(missingKey(root))![0].split(': ')[1].split(' ')[0];
      for (const hit of hits(root).filter((h) => grouped.some((t) => t.dataset.place === h.dataset.place))) {
        expect(hit.getAttribute('aria-label')).to.match(new RegExp(`^[^:]+: not broken down by the source; the other ${32 - named} states together: ${total.replace('.', '\\.')}\\. Source \\d+\\.$`));
      }
      // The figures by state that the bars show are all on the map.
      const other = hits(root).filter((h) => !h.dataset.place && h.dataset.figure);
      expect(other.map((h) => defaultCatalog.figure(h.dataset.figure!).geography)).to.include('MX-other');
    });

    it(`<${tag} view="map">: stays clear of text overlaps from 280 to 1200 px, axe clean in Spanish on a dark theme`, async () => {
      for (const width of [280, 1200]) {
        const { root } = await renderChart(tag, 'view="map" lang="es"', width);
        const visual = root.querySelector<SVGSVGElement>('svg.visual')!;
        expect(overlappingTextBoxes(visual), `${width} px`).to.deep.equal([]);
        expect(textOutsideSvg(visual), `${width} px`).to.deep.equal([]);
      }
      const { el } = await renderChart(tag, 'view="map" lang="es" theme="dark"', 320);
      await expectNoAxeViolations(el);
    });
  }

  it('keeps the other panels as bars beside the map', async () => {
    const { root } = await renderChart('cifras-seizures', 'view="map" lang="en"');
    expect(root.querySelectorAll('svg.visual .panel .bars')).to.have.length(3);
    expect(root.querySelector('svg.visual .panel[data-panel="states"] .tile-map')).to.exist;
  });

  it('draws bars unless a map is asked for, and warns of a view it does not know', async () => {
    expect((await renderChart('cifras-clashes-by-state', '')).root.querySelector('.tile-map')).to.equal(null);
    const warnings = await captureWarnings(async () => {
      const { root } = await renderChart('cifras-clashes-by-state', 'view="globe"');
      expect(root.querySelector('.tile-map')).to.equal(null);
      expect(root.querySelectorAll('svg.visual rect.mark')).to.have.length(7);
    });
    expect(warnings.join('\n')).to.contain('view="globe" is not one of bars, map');
  });

  it('shows every state the report names on the map, whatever the bars’ limit', async () => {
    const { root } = await renderChart('cifras-clashes-by-state', 'view="map" limit="2"');
    expect(root.querySelectorAll('svg.visual .tile:not(.missing)')).to.have.length(6);
  });

  it('outlines the state to highlight', async () => {
    const { root } = await renderChart('cifras-clashes-by-state', 'view="map" highlight="michoacan"');
    expect([...root.querySelectorAll<SVGGElement>('svg.visual .tile.highlight')].map((t) => t.dataset.place)).to.deep.equal(['MX-MIC']);
  });
});
