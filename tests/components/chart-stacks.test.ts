import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { CifrasCustomChart } from '../../src/components/chart/chart.js';
import { loadedCode } from '../../src/components/frame/lazy-code.js';
import type { CustomChartData } from '../../src/data/custom-data.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { overlappingTextBoxes, textOutsideSvg } from '../helpers/geometry.js';
import { captureWarnings, mount } from '../helpers/render.js';

const SOURCE = { source: 's', sources: [{ id: 's', title: 'Despliegue operativo', author: 'SEDENA', year: 2024 }] };

/** Troops by state and force: Sonora has no Navy row. */
const STACKS = {
  title: 'Most troops in Tamaulipas are soldiers',
  subtitle: 'Troops deployed by force',
  ...SOURCE,
  data: [
    { label: 'Tamaulipas', series: 'Army', value: 300, evidence: '300 soldiers' },
    { label: 'Tamaulipas', series: 'National Guard', value: 200 },
    { label: 'Tamaulipas', series: 'Navy', value: 100 },
    { label: 'Michoacán', series: 'Army', value: 150 },
    { label: 'Michoacán', series: 'National Guard', value: 250 },
    { label: 'Michoacán', series: 'Navy', value: 50 },
    { label: 'Sonora', series: 'Army', value: 60 },
    { label: 'Sonora', series: 'National Guard', value: 40 },
  ],
};
const SERIES = ['Army', 'National Guard', 'Navy'];
const CATEGORIES = ['Tamaulipas', 'Michoacán', 'Sonora'];

const WAFFLES = {
  title: 'The military’s share of spending grew', unit: 'percent', ...SOURCE,
  data: [{ label: '2018', value: 2.3 }, { label: '2024', value: 20 }],
};

async function chartWith(data: unknown, attributes: Record<string, string> = {}, width = 640): Promise<{ el: CifrasCustomChart; root: ShadowRoot }> {
  const container = mount(width);
  const el = document.createElement('cifras-chart') as CifrasCustomChart;
  for (const [name, value] of Object.entries({ lang: 'en', ...attributes })) el.setAttribute(name, value);
  el.data = data as CustomChartData;
  container.append(el);
  // Charts lay out only near the viewport: bring the new one there.
  container.scrollIntoView({ block: 'start' });
  await el.updateComplete;
  for (let i = 0; i < 200 && !el.shadowRoot!.querySelector('svg.visual, [role="alert"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }
  return { el, root: el.shadowRoot! };
}

const alertText = (root: ShadowRoot) => root.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const box = (node: Element) => node.getBoundingClientRect();
/** A rect's geometry as drawn, in px of the drawing (its viewBox is its size): not its box on screen, which Firefox widens by the stroke. */
const drawn = (rect: SVGRectElement) => {
  const [left, top, width, height] = [rect.x, rect.y, rect.width, rect.height].map((a) => a.baseVal.value);
  return { left, top, width, height, right: left + width, bottom: top + height };
};
/** Each drawn part: its figure, its series' class and its rect. */
const segments = (root: ShadowRoot) => [...root.querySelectorAll<SVGGElement>('g.segment')].map((g) => ({
  id: g.dataset.figure!, series: [...g.classList].find((c) => /^s\d$/.test(c))!, rect: drawn(g.querySelector<SVGRectElement>('rect.part')!),
  label: g.querySelector('text.value')?.textContent?.trim(),
}));
/** Row i of STACKS is figure data.(i + 1). */
const valueOf = (id: string) => STACKS.data[Number(id.split('.')[1]) - 1].value;
const categoryOf = (id: string) => STACKS.data[Number(id.split('.')[1]) - 1].label;

describe('<cifras-chart> parts of a whole: code', () => {
  it('draws plain bars without loading the parts’ code, and loads it for rows with a series', async () => {
    const plain = { ...SOURCE, data: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }] };
    const { root } = await chartWith(plain);
    expect(root.querySelectorAll('g.row')).to.have.length(2);
    expect(loadedCode.has('parts'), 'plain bars need no parts code').to.equal(false);
    await chartWith(STACKS);
    expect(loadedCode.has('parts')).to.equal(true);
  });
});

describe('<cifras-chart> stacked bars', () => {
  it('stacks each category’s parts in series order, each as long as its value, summing to the bar and its total', async () => {
    const { root } = await chartWith(STACKS, {}, 800);
    const parts = segments(root);
    expect(parts.map((p) => p.id)).to.deep.equal(STACKS.data.map((_, i) => `data.${i + 1}`));
    // One scale: px per unit the same for every part of every bar.
    const perUnit = parts.map((p) => p.rect.width / valueOf(p.id));
    for (const scale of perUnit) expect(scale).to.be.closeTo(perUnit[0], 0.02);
    const totals = [...root.querySelectorAll('text.total')].map((t) => t.textContent!.trim());
    expect(totals).to.deep.equal(['600', '450', '100']);
    for (const category of CATEGORIES) {
      const own = parts.filter((p) => categoryOf(p.id) === category);
      // End to end, in series order, on one row.
      own.slice(1).forEach((part, i) => {
        expect(part.rect.left, `${category}: part ${i + 2} starts where part ${i + 1} ends`).to.be.closeTo(own[i].rect.right, 0.6);
        expect(part.rect.top).to.be.closeTo(own[0].rect.top, 0.5);
      });
      expect(own.map((p) => p.series)).to.deep.equal(SERIES.slice(0, own.length).map((_, i) => `s${i}`));
      const sum = own.reduce((s, p) => s + valueOf(p.id), 0);
      expect(own.at(-1)!.rect.right - own[0].rect.left, `${category}: the bar is the sum`).to.be.closeTo(sum * perUnit[0], 1);
    }
    // Every bar starts at the same x.
    expect(new Set(CATEGORIES.map((c) => Math.round(parts.find((p) => categoryOf(p.id) === c)!.rect.left))).size).to.equal(1);
  });

  it('is the default for rows with a series, and names the series in a key, in order, in their colours', async () => {
    const { root } = await chartWith(STACKS);
    expect(root.querySelector('g.stacks')!.classList.contains('stacked')).to.equal(true);
    const items = [...root.querySelectorAll<HTMLLIElement>('.key li')];
    expect(items.map((li) => li.textContent!.trim())).to.deep.equal(SERIES);
    const parts = [...root.querySelectorAll<SVGRectElement>('g.segment rect.part')];
    items.forEach((item, i) => {
      const swatch = getComputedStyle(item.querySelector('.swatch')!).backgroundColor;
      const part = parts.find((p) => p.parentElement!.classList.contains(`s${i}`))!;
      expect(getComputedStyle(part).fill, `${SERIES[i]}: key and part in one colour`).to.equal(swatch);
    });
    expect(new Set(items.map((item) => getComputedStyle(item.querySelector('.swatch')!).backgroundColor)).size, 'a colour each').to.equal(3);
  });

  it('writes a part’s value inside it only where it fits, in a colour that reads on it', async () => {
    for (const width of [280, 640, 1000]) {
      const { root } = await chartWith(STACKS, {}, width);
      const inside = [...root.querySelectorAll<SVGTextElement>('text.value.inside')];
      if (width >= 640) expect(inside.length, `${width} px`).to.be.at.least(4);
      for (const text of inside) {
        const rect = box(text.parentElement!.querySelector('rect.part')!);
        const own = box(text);
        expect(own.left, `${text.textContent} inside its part at ${width} px`).to.be.at.least(rect.left);
        expect(own.right).to.be.at.most(rect.right);
      }
    }
    const { root } = await chartWith(STACKS, {}, 1000);
    expect([...root.querySelectorAll('text.value.inside')].map((t) => t.textContent!.trim())).to.include.members(['300', '200', '100', '250']);
  });

  it('reaches each part by keyboard, named by its category and series, with its value in the tooltip', async () => {
    const { el, root } = await chartWith(STACKS);
    const hits = [...root.querySelectorAll<SVGRectElement>('rect.hit')];
    expect(hits).to.have.length(STACKS.data.length);
    expect(hits.map((h) => h.getAttribute('aria-label')!.split(':')[0])).to.deep.equal(STACKS.data.map((d) => `${d.label} · ${d.series}`));
    expect(hits[0].getAttribute('aria-label')).to.contain('300');
    hits[0].focus();
    await el.updateComplete;
    const visited: string[] = [];
    for (let i = 0; i < hits.length; i++) {
      const active = root.activeElement as SVGRectElement;
      visited.push(active.dataset.figure!);
      await until(() => Boolean(root.querySelector('.tooltip')));
      expect(root.querySelector('.tooltip')!.textContent).to.contain(String(STACKS.data[i].value));
      active.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await el.updateComplete;
      await el.updateComplete;
    }
    expect(visited).to.deep.equal(STACKS.data.map((_, i) => `data.${i + 1}`));
  });

  it('lists one table row per value, named by category and series', async () => {
    const { el, root } = await chartWith(STACKS, { lang: 'es' });
    root.querySelector<HTMLButtonElement>('[data-action="table"]')!.click();
    await el.updateComplete;
    await until(() => Boolean(root.querySelector('table.data-table')));
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(STACKS.data.length);
    expect(rows.map((r) => r.querySelector('th')!.textContent!.trim())).to.deep.equal(STACKS.data.map((d) => `${d.label} · ${d.series}`));
    expect(rows[0].querySelector('.num')!.textContent).to.contain('300');
  });
});

describe('<cifras-chart> grouped bars', () => {
  it('draws the parts side by side from one start, on one scale, each with its value', async () => {
    const { root } = await chartWith(STACKS, { layout: 'grouped' }, 800);
    const parts = segments(root);
    expect(parts).to.have.length(STACKS.data.length);
    const perUnit = parts.map((p) => p.rect.width / valueOf(p.id));
    for (const scale of perUnit) expect(scale, 'one scale across categories').to.be.closeTo(perUnit[0], 0.02);
    expect(new Set(parts.map((p) => Math.round(p.rect.left))).size, 'every bar from the same start').to.equal(1);
    for (const category of CATEGORIES) {
      const own = parts.filter((p) => categoryOf(p.id) === category);
      own.slice(1).forEach((part, i) => expect(part.rect.top, `${category}: one under the other, apart`).to.be.at.least(own[i].rect.bottom));
    }
    expect(parts.map((p) => p.label)).to.deep.equal(STACKS.data.map((d) => String(d.value)));
    expect(root.querySelectorAll('text.total'), 'no totals: the bars are not a sum').to.have.length(0);
    // The largest value spans the room the bars have.
    expect(Math.max(...parts.map((p) => p.rect.right))).to.be.above(0.6 * 800);
  });
});

describe('<cifras-chart> bars at 100%', () => {
  it('scales each category to the full width, in a 0–100 frame, its parts labelled with their shares', async () => {
    const { root } = await chartWith(STACKS, { layout: 'percent' }, 800);
    const ticks = [...root.querySelectorAll<SVGTextElement>('text.tick')];
    expect(ticks.map((t) => t.textContent!.trim())).to.deep.equal(['0%', '25%', '50%', '75%', '100%']);
    const rules = [...root.querySelectorAll<SVGLineElement>('line.frame-rule')].map((line) => line.x1.baseVal.value);
    expect(rules).to.have.length(5);
    const [zero, full] = [rules[0], rules[4]];
    const parts = segments(root);
    for (const category of CATEGORIES) {
      const own = parts.filter((p) => categoryOf(p.id) === category);
      expect(own[0].rect.left, `${category} starts at 0%`).to.be.closeTo(zero, 1);
      expect(own.at(-1)!.rect.right, `${category} ends at 100%`).to.be.closeTo(full, 1);
      const sum = own.reduce((s, p) => s + valueOf(p.id), 0);
      for (const part of own) expect(part.rect.width / (full - zero)).to.be.closeTo(valueOf(part.id) / sum, 0.005);
    }
    expect(parts.map((p) => p.label)).to.deep.equal(['50%', '33%', '17%', '33%', '56%', '11%', '60%', '40%']);
    expect(root.querySelectorAll('text.total')).to.have.length(0);
  });
});

describe('<cifras-chart> parts of a whole: bad input', () => {
  const base = { ...SOURCE };
  const broken: [string, unknown, Record<string, string>, RegExp, RegExp][] = [
    ['a series on only some rows', { ...base, data: [{ label: 'a', value: 1, series: 'x' }, { label: 'a', value: 2 }] }, {},
      /Value 2 \("a"\) has no "series", but value 1 has one/, /El valor 2 \("a"\) no tiene "series", pero el valor 1 sí/],
    ['a repeated label and series', { ...base, data: [{ label: 'a', value: 1, series: 'x' }, { label: 'a', value: 2, series: 'x' }] }, {},
      /Category "a" has series "x" twice \(values 1 and 2\)/, /La categoría "a" tiene dos veces la serie "x" \(valores 1 y 2\)/],
    ['an unknown layout', STACKS, { layout: 'stacks' },
      /layout="stacks" is not a layout of bars; use one of stacked, grouped, percent/, /layout="stacks" no es una disposición de barras; use una de estas: stacked, grouped, percent/],
    ['a negative part of a stack', { ...base, data: [{ label: 'a', value: 1, series: 'x' }, { label: 'a', value: -2, series: 'y' }] }, {},
      /Value 2 \("a", series "y"\) is -2; the parts of a bar add up to its whole/, /El valor 2 \("a", serie "y"\) es -2; las partes de una barra suman su total/],
    ['more series than colours', { ...base, data: ['a', 'b', 'c', 'd', 'e', 'f'].map((series, i) => ({ label: 'x', value: i, series })) }, {},
      /more than 5 series/, /más de 5 series/],
    ['a series on a line', { ...base, data: [{ label: 'a', value: 1, series: 'x' }] }, { type: 'line' },
      /"series" is drawn by type="bar"/, /"series" se dibuja con type="bar"/],
    ['a share above 100 in a waffle', { ...base, data: [{ label: 'a', value: 20 }, { label: 'b', value: 120 }] }, { type: 'waffle' },
      /Value 2 \("b"\) is 120; a waffle shows a share in percent, from 0 to 100/, /El valor 2 \("b"\) es 120; un gráfico de waffle muestra un porcentaje, de 0 a 100/],
    ['a waffle of counts', { ...base, unit: 'count', data: [{ label: 'a', value: 20 }] }, { type: 'waffle' },
      /"unit" is "count"; a waffle shows shares in percent/, /"unit" es "count"; un gráfico de waffle muestra porcentajes/],
  ];
  for (const [problem, data, attributes, english, spanish] of broken) {
    it(`shows a visible error naming ${problem}, in English and Spanish`, async () => {
      for (const [lang, message] of [['en', english], ['es', spanish]] as const) {
        const warnings = await captureWarnings(async () => {
          const { el, root } = await chartWith(data, { ...attributes, lang });
          expect(alertText(root), lang).to.match(message);
          expect(root.querySelector('svg.visual')).to.equal(null);
          if (lang === 'en') await expectNoAxeViolations(el);
        });
        expect(warnings.join('\n')).to.match(message);
      }
    });
  }

  it('warns of a layout on rows without a series, and draws plain bars', async () => {
    const warnings = await captureWarnings(async () => {
      const { root } = await chartWith({ ...SOURCE, data: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }] }, { layout: 'percent' });
      expect(root.querySelector('[role="alert"]')).to.equal(null);
      expect(root.querySelectorAll('g.row')).to.have.length(2);
      expect(root.querySelector('g.segment')).to.equal(null);
    });
    expect(warnings.join('\n')).to.contain('layout="percent"').and.contain('"series"');
  });
});

describe('<cifras-chart type="waffle">', () => {
  /** The filled squares of each waffle: whole ones and the partly filled one. */
  const filled = (root: ShadowRoot) => [...root.querySelectorAll('g.waffle path.cell.filled')].map((path) => {
    const widths = [...path.getAttribute('d')!.matchAll(/M[\d.]+ [\d.]+h([\d.]+)/g)].map((m) => Number(m[1]));
    const full = Math.max(...widths);
    return { whole: widths.filter((w) => w === full).length, partial: widths.filter((w) => w < full).length };
  });

  it('draws each share as a waffle of 100 squares, as many filled as the share', async () => {
    const { root } = await chartWith({ ...WAFFLES, data: [...WAFFLES.data, { label: '2030', value: 45 }] }, { type: 'waffle' });
    expect(root.querySelectorAll('g.waffle')).to.have.length(3);
    expect(filled(root)).to.deep.equal([{ whole: 2, partial: 1 }, { whole: 20, partial: 0 }, { whole: 45, partial: 0 }]);
    expect([...root.querySelectorAll('g.waffle text.heading')].map((t) => t.textContent!.trim())).to.deep.equal(['2018', '2024', '2030']);
    expect([...root.querySelectorAll('g.waffle text.value')].map((t) => t.textContent!.trim())).to.deep.equal(['2.3%', '20%', '45%']);
    const hits = [...root.querySelectorAll('rect.hit')];
    expect(hits.map((h) => h.getAttribute('aria-label')!.split(':')[0])).to.deep.equal(['2018', '2024', '2030']);
  });

  it('takes rows without a unit as percent', async () => {
    const { unit: _, ...noUnit } = WAFFLES;
    const { root } = await chartWith(noUnit, { type: 'waffle' });
    expect(filled(root)[1]).to.deep.equal({ whole: 20, partial: 0 });
    expect(root.querySelector('rect.hit')!.getAttribute('aria-label')).to.contain('2.3%');
  });

  it('uses the width at 1000 px: little of it left empty beside the squares', async () => {
    const { root } = await chartWith(WAFFLES, { type: 'waffle' }, 1000);
    const svg = box(root.querySelector('svg.visual')!);
    expect(svg.width).to.be.closeTo(1000, 1);
    const spans = [...root.querySelectorAll('g.waffle path.cell.empty')].map((path) => box(path));
    const covered = spans.reduce((sum, span) => sum + span.width, 0);
    expect(svg.width - covered, 'px across not under squares').to.be.below(100);
    expect(spans[1].left - spans[0].right, 'apart').to.be.at.least(24);
    expect(spans[1].right).to.be.at.most(svg.right + 0.5);
  });
});

describe('<cifras-chart> parts of a whole at every width', () => {
  const cases: [string, unknown, Record<string, string>][] = [
    ['stacked', STACKS, {}],
    ['grouped', STACKS, { layout: 'grouped' }],
    ['percent', STACKS, { layout: 'percent' }],
    ['waffle', WAFFLES, { type: 'waffle' }],
  ];
  for (const [name, data, attributes] of cases) {
    it(`${name}: no text overlaps or leaves the drawing from 280 to 1200 px, in English and Spanish, and axe finds nothing`, async () => {
      for (const width of [280, 320, 400, 520, 640, 800, 1000, 1200]) {
        for (const lang of ['en', 'es']) {
          const { el, root } = await chartWith(data, { ...attributes, lang }, width);
          const svg = root.querySelector<SVGSVGElement>('svg.visual')!;
          expect(overlappingTextBoxes(svg), `${width} px, ${lang}`).to.deep.equal([]);
          expect(textOutsideSvg(svg), `${width} px, ${lang}`).to.deep.equal([]);
          if (width === 320 || width === 1000) await expectNoAxeViolations(el);
        }
      }
    });
  }

  it('stays readable in the dark theme: axe finds nothing', async () => {
    for (const [, data, attributes] of cases) {
      const { el } = await chartWith(data, { ...attributes, theme: 'dark' });
      await expectNoAxeViolations(el);
    }
  });
});

describe('the README’s examples of parts of a whole', () => {
  it('draws the stacked example and the waffle as written, with no error', async () => {
    const readme = await (await fetch('/README.md')).text();
    const examples = [...readme.matchAll(/```html\n(<cifras-chart (?:layout|type="waffle")[\s\S]*?<\/cifras-chart>)\n```/g)].map((m) => m[1]);
    expect(examples).to.have.length(2);
    for (const markup of examples) {
      const container = mount(640);
      container.innerHTML = markup;
      container.scrollIntoView({ block: 'start' });
      const el = container.firstElementChild as CifrasCustomChart;
      await until(() => Boolean(el.shadowRoot?.querySelector('svg.visual, [role="alert"]')));
      expect(alertText(el.shadowRoot!)).to.equal('');
      expect(el.shadowRoot!.querySelectorAll('g.segment, g.waffle').length).to.be.at.least(2);
    }
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(condition(), 'waited 4 s').to.equal(true);
}
