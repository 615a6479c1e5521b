import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { CifrasCustomChart } from '../../src/components/chart/chart.js';
import { CifrasChart } from '../../src/components/frame/chart-element.js';
import { CustomDataError, type CustomChartData } from '../../src/data/custom-data.js';
import { customDataset, parseCustomJson } from '../../src/data/index.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { overlappingTextBoxes, textOutsideSvg } from '../helpers/geometry.js';
import { captureWarnings, mount } from '../helpers/render.js';
import { until } from '../helpers/downloads.js';
import { openSources, renderChart } from '../helpers/chart-suite.js';
import { PUBLISHED } from '../../src/version.js';

const DATA: CustomChartData = {
  title: 'Homicides in Mexico',
  subtitle: 'Official counts',
  unit: 'count',
  sources: [
    { id: 'inegi', title: 'Defunciones por homicidio', author: 'INEGI', year: 2023, url: 'https://www.inegi.org.mx/' },
    { id: 'sesnsp', title: 'Incidencia delictiva', author: 'SESNSP', year: 2023 },
  ],
  data: [
    { label: '2018', value: 36685, source: 'inegi', period: '2018', locator: 'Table 1', evidence: '36,685 homicides' },
    { label: '2019', value: 36661, source: 'inegi', period: '2019' },
    { label: '2020', value: 36773, source: 'sesnsp', period: '2020' },
  ],
};

async function chartWith(data: unknown, attributes = '', width = 640): Promise<{ el: CifrasCustomChart; root: ShadowRoot }> {
  const container = mount(width);
  const el = document.createElement('cifras-chart') as CifrasCustomChart;
  for (const [name, value] of attributes.split(' ').filter(Boolean).map((a) => a.split('='))) el.setAttribute(name, value.replace(/"/g, ''));
  el.data = data as CustomChartData;
  container.append(el);
  await el.updateComplete;
  for (let i = 0; i < 150 && !el.shadowRoot!.querySelector('svg.visual, [role="alert"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }
  return { el, root: el.shadowRoot! };
}

const alertText = (root: ShadowRoot) => root.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('a chart’s own background', () => {
  it('keeps room inside where the theme paints a background, and none on the page’s own', async () => {
    const { el: dark } = await renderChart('cifras-clashes-by-state', 'theme="dark"', 480);
    const { el: light } = await renderChart('cifras-clashes-by-state', 'theme="light"', 480);
    expect(getComputedStyle(dark).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(parseFloat(getComputedStyle(dark).paddingLeft)).to.be.greaterThan(8);
    expect(parseFloat(getComputedStyle(light).paddingLeft)).to.equal(0);
    const frame = dark.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
    expect(frame.left - dark.getBoundingClientRect().left).to.be.greaterThan(8);
  });
});

describe('<cifras-chart>', () => {
  it('notes one bar with the data\'s callout, as the built-in charts do, and shows two callouts as an error', async () => {
    const noted = { ...DATA, data: DATA.data.map((d, i) => (i === 2 ? { ...d, callout: 'counted to June' } : d)) };
    for (const width of [280, 640, 1000]) {
      const { root } = await chartWith(noted, 'lang=en', width);
      const callout = root.querySelector('g.row[data-figure="data.3"] text.callout');
      expect(callout?.textContent, `${width} px`).to.contain('counted to June');
      expect(root.querySelectorAll('text.callout')).to.have.length(1);
      expect(overlappingTextBoxes(root.querySelector('svg.visual')!), `${width} px`).to.deep.equal([]);
    }
    const twice = { ...DATA, data: DATA.data.map((d) => ({ ...d, callout: 'a note' })) };
    expect(alertText((await chartWith(twice, 'lang=en')).root)).to.contain('Values 1 and 2 both have a "callout"');
    expect(alertText((await chartWith(twice, 'lang=es')).root)).to.contain('Los valores 1 y 2 tienen "callout"');
    expect(alertText((await chartWith({ ...DATA, data: [{ ...DATA.data[0], callout: 3 }] }, 'lang=en')).root)).to.contain('has a "callout" that is not text');
  });

  it('draws shares of a whole over their whole scale, 0 to 100, and counts without it', async () => {
    const shares = { ...DATA, unit: 'percent', data: [{ label: 'Cannabis', value: 60.77, source: 'inegi' }, { label: 'Fentanyl', value: 0.98, source: 'inegi' }] };
    const { root } = await chartWith(shares, 'lang=en');
    const [track, bar] = ['rect.track', 'rect.mark'].map((s) => root.querySelector<SVGRectElement>(`g.row[data-figure="data.1"] ${s}`)!);
    expect(Number(track.getAttribute('width')) / Number(bar.getAttribute('width'))).to.be.closeTo(100 / 60.77, 0.01);
    expect((await chartWith(DATA, 'lang=en')).root.querySelector('rect.track')).to.equal(null);
  });

  for (const type of ['bar', 'line', 'dot']) {
    it(`draws a ${type} chart of the developer's data with sourced footnotes`, async () => {
      const { el, root } = await chartWith(DATA, `type=${type} lang=en`);
      const hits = [...root.querySelectorAll<SVGRectElement>('rect.hit')];
      expect(hits.map((h) => h.getAttribute('aria-label')!.split(':')[0])).to.deep.equal(['2018', '2019', '2020']);
      expect(hits[0].getAttribute('aria-label')).to.contain('36,685');
      expect(root.querySelector('.title')!.textContent!.trim()).to.equal('Homicides in Mexico');
      expect(root.querySelector('.source-line')!.textContent).to.contain('INEGI (2023)').and.to.contain('SESNSP (2023)');
      await openSources(el, root);
      const notes = [...root.querySelectorAll<HTMLElement>('.footnote')];
      expect(notes.map((n) => n.dataset.source)).to.deep.equal(['inegi', 'sesnsp']);
      expect(notes[0].textContent).to.contain('Defunciones por homicidio');
      expect(notes[0].textContent).to.contain('Table 1');
      expect(notes[0].querySelector('.evidence')!.textContent).to.equal('36,685 homicides');
      expect(overlappingTextBoxes(root.querySelector('svg.visual')!)).to.deep.equal([]);
      await expectNoAxeViolations(el);
    });
  }

  it('draws lines between neighbouring categories only for type="line"', async () => {
    expect((await chartWith(DATA, 'type=line')).root.querySelectorAll('path.series-line')).to.have.length(1);
    expect((await chartWith(DATA, 'type=dot')).root.querySelectorAll('path.series-line')).to.have.length(0);
  });

  it('draws a line through time: rows given out of order are joined in the order of their periods, and summed up so', async () => {
    const shuffled = { ...DATA, data: [DATA.data[1], DATA.data[2], DATA.data[0]] };
    const { root } = await chartWith(shuffled, 'type=line lang=en');
    expect([...root.querySelectorAll<SVGRectElement>('rect.hit')].map((h) => h.getAttribute('aria-label')!.split(':')[0])).to.deep.equal(['2018', '2019', '2020']);
    expect(root.querySelector('#cifras-summary')!.textContent).to.match(/2018.*2020/);
    // Bars and dots keep the order the page gave.
    const { root: bars } = await chartWith(shuffled, 'type=bar lang=en');
    expect([...bars.querySelectorAll<SVGRectElement>('rect.hit')].map((h) => h.getAttribute('aria-label')!.split(':')[0])).to.deep.equal(['2019', '2020', '2018']);
  });

  it('reads JSON from a child script and fits 280 px', async () => {
    const container = mount(280);
    container.innerHTML = `<cifras-chart type="line"><script type="application/json">${JSON.stringify(DATA)}</script></cifras-chart>`;
    const el = container.firstElementChild as CifrasCustomChart;
    await el.updateComplete;
    const root = el.shadowRoot!;
    for (let i = 0; i < 150 && !root.querySelector('svg.visual'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(root.querySelectorAll('rect.hit')).to.have.length(3);
    expect(textOutsideSvg(root.querySelector('svg.visual')!)).to.deep.equal([]);
  });

  it('keeps long unbroken words inside a 280 px chart, its opened quotes included', async () => {
    const word = 'x'.repeat(80);
    const { el, root } = await chartWith({
      title: word, subtitle: word, source: 's',
      sources: [{ id: 's', title: word, author: word }],
      data: [{ label: 'a', value: 1, locator: word, evidence: word }, { label: 'b', value: 2 }],
    }, '', 280);
    await openSources(el, root);
    for (const details of root.querySelectorAll('details')) details.open = true;
    await el.updateComplete;
    const right = el.getBoundingClientRect().right;
    const beyond = [...root.querySelectorAll<HTMLElement>('*')].filter((node) => !node.closest('svg') && node.getBoundingClientRect().right > right + 0.5);
    expect(beyond.map((node) => `${node.localName}.${node.className}`)).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });

  it('keeps a dense line at its years, inside the plot', async () => {
    const data = Array.from({ length: 30 }, (_, i) => ({ label: String(1995 + i), value: 1000 + (i % 3), period: String(1995 + i) }));
    const { root } = await chartWith({ source: 's', sources: [{ id: 's', title: 'S' }], data }, 'type=line', 320);
    const visual = root.querySelector<SVGSVGElement>('svg.visual')!;
    const marks = [...visual.querySelectorAll<SVGGraphicsElement>('path.point')].map((m) => m.getBoundingClientRect());
    expect(marks.length).to.be.at.least(30);
    const box = visual.getBoundingClientRect();
    for (const mark of marks) expect(mark.right, 'inside the plot').to.be.at.most(box.right + 0.5);
    // Evenly spaced years stay evenly spaced: no mark is pushed off its year.
    const centres = marks.slice(0, 30).map((m) => (m.left + m.right) / 2);
    const gaps = centres.slice(1).map((c, i) => c - centres[i]);
    expect(Math.max(...gaps) - Math.min(...gaps)).to.be.below(1);
  });

  it('cites the developer’s chart by its title and page, not as a Cifras data set', async () => {
    const { el, root } = await chartWith(DATA, 'lang=en');
    root.querySelector<HTMLButtonElement>('[data-action="cite"]')!.click();
    await el.updateComplete;
    const panel = root.querySelector<HTMLElement>('#cifras-panel')!;
    await until(() => Boolean(panel.querySelector('[data-style="APA 7"]')));
    await el.updateComplete;
    const apa = panel.querySelector('[data-style="APA 7"]')!.textContent!.replace(/\s+/g, ' ');
    expect(apa).to.contain(DATA.title!);
    expect(panel.textContent).not.to.contain('Cifras dataset');
    expect(apa).not.to.match(/Cifras\. \(|custom/i);
    expect(panel.querySelector('[data-format="BibTeX"] pre')!.textContent).not.to.match(/version|Cifras/);
  });

  it('shows the table view of the developer data', async () => {
    const { el, root } = await chartWith(DATA, 'lang=es');
    root.querySelector<HTMLButtonElement>('[data-action="table"]')!.click();
    await el.updateComplete;
    expect([...root.querySelectorAll('tbody tr')].map((r) => r.querySelector('th')!.textContent)).to.deep.equal(['2018', '2019', '2020']);
  });

  const broken: [string, unknown, RegExp][] = [
    ['no sources', { data: [{ label: 'a', value: 1 }] }, /no "sources"/],
    ['a value without a source', { sources: [{ id: 's', title: 'S' }], data: [{ label: 'a', value: 1 }] }, /Value 1 \("a"\) has no source/],
    ['an unknown source', { sources: [{ id: 's', title: 'S' }], data: [{ label: 'a', value: 1, source: 'x' }] }, /names source "x", which is not in "sources"/],
    ['a non-numeric value', { sources: [{ id: 's', title: 'S' }], source: 's', data: [{ label: 'a', value: '12' }] }, /Value 1 \("a"\) is not a number: "12"/],
    ['duplicate categories', { sources: [{ id: 's', title: 'S' }], source: 's', data: [{ label: 'a', value: 1 }, { label: 'a', value: 2 }] }, /Category "a" appears twice \(values 1 and 2\)/],
    ['a bad period', { sources: [{ id: 's', title: 'S' }], source: 's', data: [{ label: 'a', value: 1, period: 'last year' }] }, /period "last year"/],
    ['an unknown unit', { unit: 'furlongs', sources: [{ id: 's', title: 'S' }], source: 's', data: [{ label: 'a', value: 1 }] }, /"unit" is "furlongs"/],
    ['a subtitle that is not text', { subtitle: 5, sources: [{ id: 's', title: 'S' }], source: 's', data: [{ label: 'a', value: 1 }] }, /"subtitle" must be text/],
    ['a value too large to keep exactly', { sources: [{ id: 's', title: 'S' }], source: 's', data: [{ label: 'a', value: 1e308 }] }, /Value 1 \("a"\) is 1e\+308; numbers above 9,007,199,254,740,991/],
    ['a negative value', { sources: [{ id: 's', title: 'S' }], source: 's', data: [{ label: 'a', value: 3 }, { label: 'b', value: -50 }] }, /Value 2 \("b"\) is -50/],
    ['a month that does not exist', { sources: [{ id: 's', title: 'S' }], source: 's', data: [{ label: 'a', value: 1, period: '2020-13' }] }, /period "2020-13"/],
  ];
  for (const [problem, data, message] of broken) {
    it(`shows a visible error naming ${problem}`, async () => {
      const warnings = await captureWarnings(async () => {
        const { el, root } = await chartWith(data);
        expect(alertText(root)).to.match(message);
        await expectNoAxeViolations(el);
      });
      expect(warnings.join('\n')).to.match(message);
    });
  }

  it('says what is wrong with the data in the chart\'s language', async () => {
    const spanish: [unknown, RegExp][] = [
      [{ data: [{ label: 'a', value: 1 }] }, /no tienen "sources"/],
      [{ sources: [{ id: 's', title: 'S' }], source: 's', data: [{ label: 'a', value: '12' }] }, /El valor 1 \("a"\) no es un número: "12"/],
      [{ sources: [{ id: 's', title: 'S' }], data: [{ label: 'a', value: 1, source: 'x' }] }, /cita la fuente "x", que no está en "sources" \("s"\)/],
    ];
    // The parser's own words come from the browser, in its language: quoted as the browser's.
    const container = mount(400);
    container.innerHTML = '<cifras-chart lang="es"><script type="application/json">{ "sources": [ </script></cifras-chart>';
    const broken = container.firstElementChild as CifrasCustomChart;
    await captureWarnings(async () => {
      await broken.updateComplete;
      expect(alertText(broken.shadowRoot!)).to.match(/no son JSON válido \(el navegador dice: «.+»\)\./);
    });
    for (const [data, message] of spanish) {
      const warnings = await captureWarnings(async () => {
        const { root } = await chartWith(data, 'lang=es');
        expect(alertText(root)).to.contain('No se puede mostrar esta gráfica');
        expect(alertText(root)).to.match(message);
      });
      expect(warnings, 'warned once, in full').to.have.length(1);
      expect(warnings[0]).to.match(message);
    }
  });

  it('gives the data API\'s errors their English message', () => {
    const problem = (check: () => unknown) => {
      try {
        check();
      } catch (error) {
        return error as CustomDataError;
      }
      throw new Error('no error');
    };
    const number = problem(() => customDataset({ sources: [{ id: 's', title: 'S' }], source: 's', data: [{ label: 'a', value: '12' }] }));
    expect(number).to.be.instanceOf(CustomDataError);
    expect(number.problem).to.equal('not-number');
    expect(number.message).to.equal('Value 1 ("a") is not a number: "12". Write numbers without quotes, e.g. "value": 36661.');
    expect(problem(() => parseCustomJson('{ "sources": [')).message).to.match(/^The chart's data cannot be read as JSON: ./);
    // Whatever the browser's parser says ("Unexpected token 'n', "nope" is not valid JSON"), the message says it once.
    const words = problem(() => parseCustomJson('nope')).message;
    expect(words.match(/not valid JSON/g) ?? [], words).to.have.length.below(2);
  });

  it('spaces a line\'s periods by time, its labels apart and inside the drawing', async () => {
    const points = (root: ShadowRoot) => [...root.querySelectorAll<SVGPathElement>('path.point')].map((p) => p.getBoundingClientRect().x);
    const { root } = await chartWith(DATA, 'type=line lang=en');
    const [x2018, x2019, x2020] = points(root);
    expect(x2020 - x2019).to.be.closeTo(x2019 - x2018, 1);
    const gapped = { ...DATA, data: [DATA.data[0], DATA.data[1], { ...DATA.data[2], label: '2022', period: '2022' }] };
    const { root: later } = await chartWith(gapped, 'type=line lang=en');
    const [a, b, c] = points(later);
    expect((c - b) / (b - a), 'three years against one').to.be.closeTo(3, 0.05);
    // Months close together, then a year far off: the labels that would collide are left out.
    const months = { sources: [{ id: 's', title: 'S' }], source: 's', data: ['2018-01', '2018-02', '2018-03', '2018-04', '2024-06'].map((period) => ({ label: period, value: 5, period })) };
    for (const width of [280, 640]) {
      const { root: dense } = await chartWith(months, 'type=line lang=en', width);
      const svg = dense.querySelector<SVGSVGElement>('svg.visual')!;
      expect(overlappingTextBoxes(svg), `${width}px`).to.deep.equal([]);
      expect(textOutsideSvg(svg), `${width}px`).to.deep.equal([]);
      expect([...svg.querySelectorAll('.x-axis text')].map((t) => t.textContent).at(-1), 'the last period is named').to.contain('2024-06');
    }
  });

  it('takes a number as a label (a year), and null data as no data', async () => {
    const years = { sources: [{ id: 's', title: 'S' }], source: 's', data: [{ label: 2018, value: 1 }, { label: 2019, value: 2 }] };
    const { el, root } = await chartWith(years, 'lang=en');
    expect([...root.querySelectorAll('rect.hit')].map((h) => h.getAttribute('aria-label')!.split(':')[0])).to.deep.equal(['2018', '2019']);
    const warnings = await captureWarnings(async () => {
      el.data = null as unknown as CustomChartData;
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect(root.querySelector('[role="alert"]'), 'no error: nothing to draw yet').to.equal(null);
    expect(root.querySelector('svg.visual')).to.equal(null);
  });

  it('shows a visible error for malformed JSON in the child script', async () => {
    const container = mount(400);
    container.innerHTML = '<cifras-chart><script type="application/json">{ "sources": [ </script></cifras-chart>';
    const el = container.firstElementChild as CifrasCustomChart;
    await captureWarnings(async () => {
      await el.updateComplete;
      expect(alertText(el.shadowRoot!)).to.match(/cannot be read as JSON/);
    });
  });

  it('reads its child JSON again when the script is added or edited after the chart is on the page', async () => {
    const container = mount(640);
    const el = document.createElement('cifras-chart') as CifrasCustomChart;
    el.setAttribute('lang', 'en');
    const warnings = await captureWarnings(async () => {
      container.append(el);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(warnings, 'no data yet is no error').to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(DATA);
    el.append(script);
    await until(() => el.shadowRoot!.querySelectorAll('g.row').length === 3);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    script.textContent = JSON.stringify({ ...DATA, title: 'Edited title', data: DATA.data.slice(0, 2) });
    await until(() => el.shadowRoot!.querySelector('.title')?.textContent?.trim() === 'Edited title');
    expect(el.shadowRoot!.querySelectorAll('g.row')).to.have.length(2);
  });

  it('shows its own content, with no error, until a script sets its data', async () => {
    const container = mount(640);
    container.innerHTML = '<cifras-chart lang="en"><p class="wait">Loading the chart…</p></cifras-chart>';
    const el = container.firstElementChild as CifrasCustomChart;
    const warnings = await captureWarnings(async () => {
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(warnings).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('.pending slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Loading the chart…']);
    expect(container.querySelector<HTMLElement>('.wait')!.offsetHeight).to.be.greaterThan(0);
    el.data = DATA as CustomChartData;
    await until(() => el.shadowRoot!.querySelectorAll('g.row').length === 3);
    expect(el.shadowRoot!.querySelector('.pending')).to.equal(null);
  });

  it('lists its own sources in <cifras-sources>, never as a bundled source with the same id', async () => {
    const container = mount(640);
    const own = { ...DATA, sources: [{ id: 'inegi', title: 'My own homicide tally', author: 'Newsroom' }, { id: 'icg', title: 'A document Cifras lacks' }],
      data: [{ label: 'a', value: 1, source: 'inegi' }, { label: 'b', value: 2, source: 'icg' }] };
    container.innerHTML = '<p lang="en">Bundled<cifras-cite source="inegi"></cifras-cite></p><cifras-chart lang="en"></cifras-chart><cifras-chart lang="en"></cifras-chart><cifras-sources lang="en"></cifras-sources>';
    const [first, second] = [...container.querySelectorAll<CifrasCustomChart>('cifras-chart')];
    first.data = own as CustomChartData;
    second.data = { ...own, title: 'Same sources again' } as CustomChartData;
    const list = container.querySelector('cifras-sources')!;
    const items = () => [...list.shadowRoot!.querySelectorAll<HTMLLIElement>('li')];
    await until(() => items().length === 3 && Boolean(second.shadowRoot!.querySelector('svg.visual')));
    for (const chart of [first, second]) await openSources(chart, chart.shadowRoot!);
    await until(() => /cifras-fn-3/.test([...second.shadowRoot!.querySelectorAll('.footnote')].map((f) => f.id).join()));
    const text = items().map((li) => li.querySelector('.reference')!.textContent!);
    expect(text[0]).to.contain('Instituto Nacional de Estadística');
    expect(text[1]).to.contain('My own homicide tally').and.contain('Newsroom').and.not.contain('Instituto');
    expect(text[2]).to.contain('A document Cifras lacks');
    // The two charts give the same records, so they share entries 2 and 3, and both number their notes so.
    expect(items()[1].querySelectorAll('.backlink')).to.have.length(2);
    for (const chart of [first, second]) {
      expect([...chart.shadowRoot!.querySelectorAll('.footnote')].map((f) => f.id)).to.deep.equal(['cifras-fn-2', 'cifras-fn-3']);
    }
  });

  it('gives embed snippets that carry its own data, and says why there is no iframe', async () => {
    const own = { ...DATA, title: 'Ends </script><b>early?</b>' };
    const { el, root } = await chartWith(own, 'lang=es');
    root.querySelector<HTMLButtonElement>('[data-action="embed"]')!.click();
    await el.updateComplete;
    await until(() => Boolean(root.querySelector('#cifras-panel [data-snippet]')));
    const panel = root.querySelector<HTMLElement>('#cifras-panel')!;
    // npm only for a published version.
    expect([...panel.querySelectorAll<HTMLElement>('[data-snippet]')].map((s) => s.dataset.snippet)).to.deep.equal(PUBLISHED ? ['Etiqueta script', 'npm'] : ['Etiqueta script']);
    expect(panel.querySelector('.no-iframe')!.textContent).to.contain('Sin iframe');
    const script = panel.querySelector('[data-snippet="Etiqueta script"] pre')!.textContent!;
    // The markup after the script tag, pasted into a page, draws the same chart from its child script.
    const container = mount(640);
    container.innerHTML = script.slice(script.indexOf('\n') + 1);
    const again = container.querySelector<CifrasCustomChart>('cifras-chart')!;
    expect(container.querySelectorAll('script')).to.have.length(1);
    await until(() => again.shadowRoot!.querySelectorAll('g.row').length === 3);
    expect(again.shadowRoot!.querySelector('.title')!.textContent!.trim()).to.equal(own.title);
    expect(again.getAttribute('lang')).to.equal('es');
    expect(container.querySelector('b')).to.equal(null);
  });

  it('puts only the fields the data format defines into the embed snippet', async () => {
    const leaky = {
      ...DATA, apiKey: 'sk-secret', reporterNotes: 'call the source back',
      sources: DATA.sources.map((source) => ({ ...source, internalId: 'secret-source' })),
      data: DATA.data.map((value) => ({ ...value, reviewer: 'secret-reviewer' })),
    };
    const { el, root } = await chartWith(leaky);
    root.querySelector<HTMLButtonElement>('[data-action="embed"]')!.click();
    await el.updateComplete;
    await until(() => Boolean(root.querySelector('#cifras-panel [data-snippet]')));
    const snippets = root.querySelector('#cifras-panel')!.textContent!;
    expect(snippets).to.contain('Defunciones por homicidio').and.contain('36,685 homicides');
    for (const secret of ['apiKey', 'sk-secret', 'reporterNotes', 'secret-source', 'secret-reviewer']) expect(snippets).not.to.contain(secret);
  });

  it('reads the data once: a getter cannot pass the check and then give something else', async () => {
    const reads = { url: 0, value: 0 };
    const source = { id: 's', title: 'S', get url() { return reads.url++ ? 'javascript:alert(1)' : 'https://example.org/'; } };
    const value = { label: 'a', source: 's', get value() { return reads.value++ ? -5 : 5; } };
    const { el, root } = await chartWith({ sources: [source], data: [value, { label: 'b', value: 2, source: 's' }] });
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    expect(reads).to.deep.equal({ url: 1, value: 1 });
    // Render again: what is drawn is still the checked copy.
    el.type = 'dot';
    await el.updateComplete;
    await openSources(el, root);
    const hrefs = [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs).to.include('https://example.org/');
    expect(hrefs.some((href) => /^javascript:/i.test(href))).to.equal(false);
    expect(JSON.parse(el.embedJson()!).data[0].value).to.equal(5);
  });

  it('says visibly what is wrong with junk values, never throwing, and echoes at most 80 characters of them', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const huge = 'x'.repeat(5_000_000);
    const base = { sources: [{ id: 's', title: 'S' }], source: 's' };
    const junk: [unknown, RegExp][] = [
      [{ ...base, data: [{ label: 'a', value: BigInt(12) }] }, /Value 1 \("a"\) is not a number: 12n\./],
      [{ ...base, data: [{ label: 'a', value: cyclic }] }, /Value 1 \("a"\) is not a number: \{…\}\./],
      [{ ...base, data: [{ label: 'a', value: NaN }] }, /Value 1 \("a"\) is not a finite number: NaN\./],
      [{ ...base, data: [{ label: 'a', value: -Infinity }] }, /Value 1 \("a"\) is not a finite number: -Infinity\./],
      [{ ...base, unit: cyclic, data: [{ label: 'a', value: 1 }] }, /"unit" is \{…\}; use one of/],
      [{ ...base, unit: BigInt(1), data: [{ label: 'a', value: 1 }] }, /"unit" is 1n; use one of/],
      [{ ...base, data: [{ label: huge, value: huge }] }, new RegExp(`Value 1 \\("x{79}…"\\) is not a number: "x{79}…"\\.`)],
      [{ ...base, data: [{ label: 'a', value: 1, source: huge }] }, /names source "x{79}…", which is not in/],
    ];
    for (const [data, message] of junk) {
      const warnings = await captureWarnings(async () => {
        const { root } = await chartWith(data);
        expect(alertText(root)).to.match(message);
        expect(alertText(root).length).to.be.below(400);
      });
      expect(warnings.join('\n')).to.match(message);
    }
  });

  it('renders strings from the data as text, never as HTML', async () => {
    const win = window as unknown as { pwned?: boolean };
    const hostile = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>';
    const { el, root } = await chartWith({
      title: hostile, subtitle: hostile,
      sources: [{ id: 's', title: hostile, author: hostile }],
      source: 's',
      data: [{ label: hostile, value: 1, evidence: hostile, locator: hostile }, { label: 'b', value: 2 }],
    }, 'lang=en');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await openSources(el, root);
    expect(root.querySelectorAll('img, script')).to.have.length(0);
    expect(root.querySelector('.title')!.textContent).to.contain('<img src=x');
    expect(root.querySelector('.footnote')!.textContent).to.contain('<script>');
    expect(win.pwned).to.equal(undefined);
  });

  it('shows an unknown type as an error naming the types it draws, and draws nothing', async () => {
    const warnings = await captureWarnings(async () => {
      const { root } = await chartWith(DATA, 'type=pie lang=en');
      for (let i = 0; i < 100 && !alertText(root).includes('type='); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(root.querySelectorAll('g.row')).to.have.length(0);
      expect(alertText(root)).to.contain('type="pie" is not a kind of chart <cifras-chart> draws; use one of bar, column, line, dot, map, waffle.');
    });
    expect(warnings.join('\n')).to.contain('type="pie"');
  });

  it('loads the table view on first use, and says so when it cannot', async () => {
    const { el, root } = await chartWith(DATA, 'lang=en');
    const toggle = () => root.querySelector<HTMLButtonElement>('[data-action="table"]')!.click();
    const original = CifrasChart.loadTableView;
    CifrasChart.loadTableView = () => Promise.reject(new Error('offline'));
    try {
      toggle();
      await el.updateComplete;
      expect(root.querySelector('table')).to.equal(null);
      expect(root.querySelector('.table-view [role="status"]')!.textContent).to.match(/could not be loaded/);
    } finally {
      CifrasChart.loadTableView = original;
    }
    toggle();
    await el.updateComplete;
    toggle();
    await el.updateComplete;
    const table = root.querySelector('table.data-table')!;
    expect([...table.querySelectorAll('tbody th')].map((th) => th.textContent!.trim())).to.deep.equal(['2018', '2019', '2020']);
    expect(getComputedStyle(table).borderCollapse, 'its styles came with it').to.equal('collapse');
  });
});
