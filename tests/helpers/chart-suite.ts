// The battery every chart widget passes: marks match the data, footnotes point
// at the right sources, summary in both languages, keyboard traversal with
// tooltips, a real table, no overlapping text at 280 px, axe clean in every
// language, theme and width, and graceful handling of bad attributes.
import { expect } from '@open-wc/testing';
import { shortCitation, sourceTitle } from '../../src/data/citation.js';
import { defaultCatalog } from '../../src/data/dataset.js';
import type { CifrasChart } from '../../src/components/frame/chart-element.js';
import { expectNoAxeViolations } from './axe.js';
import { captureWarnings, render } from './render.js';
import { captureBlobs, until } from './downloads.js';
import { parseCsv } from './csv.js';
import { overlappingTextBoxes, textOutsideSvg } from './geometry.js';
import { emulateMediaFeatures, resetMedia } from './media.js';
import { frameAttributes, parseEmbedParams } from '../../src/embed/embed-params.js';
import { loadedFrom } from '../../src/components/actions/script-home.js';
import { PUBLISHED } from '../../src/version.js';

export interface ChartSuiteOptions {
  tag: string;
  /** Extra attributes for every render, e.g. `highlight="Michoacán"`. */
  attributes?: string;
  /** Figure ids that must be drawn as marks, in keyboard order. */
  marks: string[];
  /** Text each summary must contain, by language. */
  summary: { en: string[]; es: string[] };
}

export async function renderChart(tag: string, attributes = '', width = 960): Promise<{ el: CifrasChart; root: ShadowRoot }> {
  const result = await render<CifrasChart>(`<${tag} ${attributes}></${tag}>`, width);
  // The first layout waits for the ResizeObserver's measurement: then the chart, or the error shown in its place.
  await until(() => Boolean(result.root.querySelector('svg.visual, [role="alert"]')), `<${tag}> to draw`);
  await result.el.updateComplete;
  return result;
}

const hits = (root: ShadowRoot) => [...root.querySelectorAll<SVGRectElement>('rect.hit')];

/** Opens the sources and notes from the footer, where they are folded. */
export async function openSources(el: CifrasChart, root: ShadowRoot): Promise<HTMLElement> {
  const button = root.querySelector<HTMLButtonElement>('[data-action="sources"]')!;
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await el.updateComplete;
  return root.querySelector<HTMLElement>('#cifras-sources')!;
}

async function press(root: ShadowRoot, el: CifrasChart, key: string): Promise<void> {
  (root.activeElement ?? hits(root)[0]).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  await el.updateComplete;
  await el.updateComplete;
}

export function chartSuite(options: ChartSuiteOptions): void {
  const { tag, marks } = options;
  const attrs = options.attributes ?? '';

  describe(`<${tag}> (shared chart behaviour)`, () => {
    it('draws one mark per figure, with the figure’s value in its accessible name', async () => {
      const { root } = await renderChart(tag, `${attrs} lang="en"`);
      expect(hits(root).map((h) => h.dataset.figure)).to.deep.equal(marks);
      for (const hit of hits(root)) {
        const figure = defaultCatalog.figure(hit.dataset.figure!);
        const digits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(figure.value);
        expect(hit.getAttribute('aria-label'), figure.id).to.contain(digits);
      }
    });

    it('numbers footnotes so that each mark points at its own source', async () => {
      const { el, root } = await renderChart(tag, `${attrs} lang="en"`);
      expect(root.querySelector('.footnotes'), 'folded until asked for').to.equal(null);
      await openSources(el, root);
      for (const hit of hits(root)) {
        const figure = defaultCatalog.figure(hit.dataset.figure!);
        const n = Number(/Source (\d+)/.exec(hit.getAttribute('aria-label')!)![1]);
        const note = root.getElementById(`cifras-fn-${n}`)!;
        expect(note.dataset.source, figure.id).to.equal(figure.source);
        const quoted = [...note.querySelectorAll<HTMLElement>('[data-figure]')].map((q) => q.dataset.figure);
        if (figure.evidence) expect(note.textContent!.replace(/\s+/g, ' '), figure.id).to.contain(figure.evidence.replace(/\s+/g, ' '));
        else expect(quoted, figure.id).to.include(figure.id);
        // The dataset's caveat on the figure (a missing year, a conversion as printed) reaches the reader with its quote.
        if (figure.notes) expect(note.textContent!.replace(/\s+/g, ' '), figure.id).to.contain(figure.notes.en.replace(/\s+/g, ' '));
        // The address ends the reference, as APA places it: text after it ran on from the address ("…mexico/ Primary sources:").
        const url = note.querySelector('.url');
        if (url) expect(url.nextElementSibling?.matches('span'), `${figure.id}: text after the address`).to.not.equal(true);
        // The line naming the primary sources does not say a word twice across its colon ("Original data: Data of the Secretaría…").
        const primary = note.querySelector('.primary')?.textContent ?? '';
        expect(primary, figure.id).to.not.match(/^(?:\P{L}*\p{L}+ )*?(\p{L}+)\b[^:]*: \1\b/iu);
      }
    });

    for (const lang of ['en', 'es'] as const) {
      it(`summarises the chart in ${lang === 'en' ? 'English' : 'Spanish'} as the drawing's description`, async () => {
        const { root } = await renderChart(tag, `${attrs} lang="${lang}"`);
        const svg = root.querySelector('svg.visual')!;
        expect(svg.getAttribute('role')).to.equal('img');
        const summary = root.getElementById(svg.getAttribute('aria-describedby')!)!;
        for (const part of options.summary[lang]) expect(summary.textContent).to.contain(part);
        expect(root.getElementById(svg.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.not.equal('');
      });
    }

    it('reaches every mark with the arrow keys and shows its tooltip', async () => {
      const { el, root } = await renderChart(tag, `${attrs} lang="en"`);
      const first = hits(root)[0];
      expect(hits(root).filter((h) => h.getAttribute('tabindex') === '0')).to.have.length(1);
      first.focus();
      await el.updateComplete;
      const visited: string[] = [];
      for (let i = 0; i < marks.length; i++) {
        const active = root.activeElement as SVGRectElement;
        visited.push(active.dataset.figure!);
        const figure = defaultCatalog.figure(active.dataset.figure!);
        const tip = root.querySelector('.tooltip');
        expect(tip, `tooltip for ${figure.id}`).to.exist;
        expect(tip!.textContent).to.contain(new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(figure.value));
        // Placed beside its mark (set through the CSSOM, which a strict CSP allows), not at the plot's corner.
        const [tipBox, markBox] = [tip!.getBoundingClientRect(), active.getBoundingClientRect()];
        expect((tip as HTMLElement).style.left, `tooltip position for ${figure.id}`).to.match(/^\d+(\.\d+)?px$/);
        expect(tipBox.left, `tooltip for ${figure.id} overlaps its mark horizontally`).to.be.below(markBox.right + 1);
        expect(tipBox.right, `tooltip for ${figure.id} overlaps its mark horizontally`).to.be.above(markBox.left - 1);
        await press(root, el, 'ArrowRight');
      }
      expect(visited).to.deep.equal(marks);
      await press(root, el, 'Home');
      expect((root.activeElement as SVGRectElement).dataset.figure).to.equal(marks[0]);
      await press(root, el, 'Escape');
      expect(root.querySelector('.tooltip')).to.equal(null);
    });

    // Each skipped by name where the browser cannot wrap text so: there the style is dropped, and nothing is left to check.
    it('balances its title (where the browser balances text)', async function () {
      if (!CSS.supports('text-wrap-style', 'balance')) this.skip();
      const { root } = await renderChart(tag, `${attrs} lang="es"`, 320);
      expect(getComputedStyle(root.querySelector('.title')!).getPropertyValue('text-wrap-style')).to.equal('balance');
    });

    it('leaves no word alone on a footnote\'s last line (where the browser wraps text "pretty")', async function () {
      if (!CSS.supports('text-wrap-style', 'pretty')) this.skip();
      const { el, root } = await renderChart(tag, `${attrs} lang="es"`, 320);
      await openSources(el, root);
      expect(getComputedStyle(root.querySelector('.footnote')!).getPropertyValue('text-wrap-style')).to.equal('pretty');
    });

    it('hides a tooltip opened by hovering when Escape is pressed anywhere on the page', async () => {
      const { el, root } = await renderChart(tag, `${attrs} lang="en"`);
      hits(root)[0].dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      expect(root.querySelector('.tooltip')).to.exist;
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await el.updateComplete;
      expect(root.querySelector('.tooltip')).to.equal(null);
    });

    it('jumps to the mark’s footnote with Enter', async () => {
      const { el, root } = await renderChart(tag, `${attrs} lang="en"`);
      hits(root)[0].focus();
      await press(root, el, 'Enter');
      expect((root.activeElement as HTMLElement).classList.contains('footnote')).to.equal(true);
    });

    it('shows the same figures as a real table', async () => {
      const { el, root } = await renderChart(tag, `${attrs} lang="es"`);
      root.querySelector<HTMLButtonElement>('[data-action="table"]')!.click();
      await el.updateComplete;
      const table = root.querySelector('table')!;
      expect(table).to.exist;
      // Named by the chart's title for assistive technology; on screen the title above says it once,
      // not again inside a box that scrolls sideways on a phone and cuts it off.
      const caption = table.querySelector('caption')!;
      expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal(root.querySelector('.title')!.textContent!.replace(/\s+/g, ' ').trim());
      expect(caption.getBoundingClientRect().height, 'the caption is not drawn').to.be.at.most(1);
      const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
      for (const id of marks) {
        const row = rows.find((r) => r.dataset.figure === id);
        expect(row, id).to.exist;
        const figure = defaultCatalog.figure(id);
        expect(row!.querySelector('td.num')!.textContent).to.contain(new Intl.NumberFormat('es-MX', { maximumFractionDigits: 2 }).format(figure.value));
        // The source by its short name, as the footer gives it.
        const short = shortCitation(defaultCatalog.source(figure.source));
        expect(row!.querySelector('td.source-ref')!.textContent!.trim(), id).to.equal(short);
      }
      expect(getComputedStyle(rows[0]).display, 'laid out as a table where it fits').to.equal('table-row');
      // No two rows read alike: a repeated name says what each row measures, or the period tells them apart.
      const readings = rows.map((row) => [row.querySelector('th')!.textContent, row.cells[2].textContent].join(' | ').replace(/\s+/g, ' ').trim());
      expect(readings.filter((reading, i) => readings.indexOf(reading) !== i)).to.deep.equal([]);
      await expectNoAxeViolations(el);
    });

    it('keys its lighter bars, in both languages, exactly when it draws a derived figure as one', async () => {
      for (const lang of ['en', 'es'] as const) {
        const { root } = await renderChart(tag, `${attrs} lang="${lang}"`);
        const lighter = root.querySelector<SVGRectElement>('svg.visual rect.mark.muted');
        // The row that keys how values are drawn may also key an open top (a time axis's bounds).
        const word = lang === 'es' ? 'Cálculo propio' : 'Derived';
        const keys = [...root.querySelectorAll<HTMLElement>('.derived-key')];
        const items = keys.flatMap((k) => (k.querySelector('.key-item') ? [...k.querySelectorAll('.key-item')] : [k])).map((item) => item.textContent!.trim());
        if (!lighter) {
          expect(items, `${lang}: no key without a lighter bar`).to.not.include(word);
          continue;
        }
        expect(defaultCatalog.figure(lighter.closest<SVGGElement>('[data-figure]')!.dataset.figure!).derived, 'a lighter bar is a derived figure').to.exist;
        expect(items).to.include(word);
        // Its swatch looks like the bar; screen readers hear "(derived)" in the mark's name instead.
        const swatchRect = keys.flatMap((k) => [...k.querySelectorAll('rect')]).find((r) => !r.closest('.bound-key'))!;
        const [swatch, bar] = [swatchRect, lighter].map((node) => getComputedStyle(node));
        expect([swatch.fill, swatch.fillOpacity]).to.deep.equal([bar.fill, bar.fillOpacity]);
        for (const key of keys) expect(key.getAttribute('aria-hidden')).to.equal('true');
      }
    });

    it('keeps its tools to two rows at 280 px in both languages, the table toggle keeping its name when pressed', async () => {
      for (const lang of ['en', 'es']) {
        const { el, root } = await renderChart(tag, `${attrs} lang="${lang}"`, 280);
        const buttons = [...root.querySelectorAll<HTMLButtonElement>('.actions button')];
        expect(buttons.length, `${lang}: every tool`).to.be.at.least(5);
        expect(new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size, `${lang}: rows of tools`).to.be.at.most(2);
        const toggle = root.querySelector<HTMLButtonElement>('[data-action="table"]')!;
        const name = toggle.textContent!.trim();
        expect(name).to.equal(lang === 'es' ? 'Tabla' : 'Table');
        toggle.click();
        await el.updateComplete;
        expect(toggle.getAttribute('aria-pressed')).to.equal('true');
        expect(toggle.textContent!.trim(), 'a toggle says what it shows, pressed or not').to.equal(name);
      }
    });

    it('fits the five-column table in a 640 px column, in both languages, nothing scrolled sideways', async () => {
      for (const lang of ['en', 'es']) {
        const { el, root } = await renderChart(tag, `${attrs} lang="${lang}"`, 640);
        root.querySelector<HTMLButtonElement>('[data-action="table"]')!.click();
        await el.updateComplete;
        const view = root.querySelector<HTMLElement>('.table-view')!;
        expect(view.querySelector('thead')!.getBoundingClientRect().height, `${lang}: column heads drawn`).to.be.above(1);
        expect(view.scrollWidth, `${lang}: no sideways scrolling`).to.be.at.most(view.clientWidth);
      }
    });

    it('stacks the table on a phone: each row its name over a line of value, period, place and source, nothing scrolled sideways', async () => {
      const { el, root } = await renderChart(tag, `${attrs} lang="es"`, 320);
      root.querySelector<HTMLButtonElement>('[data-action="table"]')!.click();
      await el.updateComplete;
      const view = root.querySelector<HTMLElement>('.table-view')!;
      expect(view.scrollWidth, 'no sideways scrolling').to.be.at.most(view.clientWidth);
      const table = view.querySelector('table')!;
      expect(table.querySelector('thead')!.getBoundingClientRect().height, 'column heads are not drawn').to.be.at.most(1);
      for (const row of table.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
        const [name, value, period] = [...row.cells].map((cell) => cell.getClientRects()[0]);
        expect(value.top, `${row.dataset.figure}: value under the name`).to.be.at.least(name.bottom - 1);
        expect(value.left, `${row.dataset.figure}: value at the start of its line`).to.be.closeTo(name.left, 1);
        // The period follows on the value's line when it fits there.
        if (period.top < value.bottom) expect(period.left, `${row.dataset.figure}: period after the value`).to.be.at.least(value.right - 0.5);
      }
      // Laid out as blocks, it is still a table for assistive technology.
      expect([table, table.querySelector('tbody tr'), table.querySelector('tbody td')].map((node) => node!.getAttribute('role'))).to.deep.equal(['table', 'row', 'cell']);
      await expectNoAxeViolations(el);
    });

    for (const width of [240, 280, 320, 480]) {
      it(`lets no two texts overlap at ${width} px`, async () => {
        for (const lang of ['en', 'es']) {
          const { root } = await renderChart(tag, `${attrs} lang="${lang}"`, width);
          expect(overlappingTextBoxes(root.querySelector('svg.visual')!), `${lang} at ${width}px`).to.deep.equal([]);
          const visual = root.querySelector<SVGSVGElement>('svg.visual')!;
          expect(visual.getBoundingClientRect().width, 'drawing fits its box').to.be.at.most(width + 0.5);
          expect(textOutsideSvg(visual), `${lang} at ${width}px`).to.deep.equal([]);
        }
      });
    }

    for (const lang of ['en', 'es']) {
      for (const theme of ['light', 'dark']) {
        for (const width of [320, 960]) {
          it(`has no axe violations (${lang}, ${theme}, ${width} px)`, async () => {
            const { el } = await renderChart(tag, `${attrs} lang="${lang}" theme="${theme}"`, width);
            await expectNoAxeViolations(el);
          });
        }
      }
    }

    it('falls back and warns once for a bad lang, theme or heading level', async () => {
      const warnings = await captureWarnings(async () => {
        const { el, root } = await renderChart(tag, `${attrs} lang="xx" theme="sepia" heading-level="9"`);
        expect(el.theme).to.equal('light');
        expect(root.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
        expect(root.querySelector('svg.visual')).to.exist;
      });
      const text = warnings.join('\n');
      expect(text).to.contain('lang="xx"');
      expect(text).to.contain('theme="sepia"');
      expect(text).to.contain('heading-level="9"');
    });

    describe('in the reader’s display settings', () => {
      afterEach(resetMedia);

      it('uses system colours in forced-colors mode', async function () {
        if (!(await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]))) this.skip();
        const { root } = await renderChart(tag, attrs);
        const system = (name: string) => {
          const probe = document.createElement('span');
          probe.style.color = name;
          document.body.append(probe);
          const color = getComputedStyle(probe).color;
          probe.remove();
          return color;
        };
        const canvasText = system('CanvasText');
        const text = root.querySelector('svg.visual text')!;
        expect(getComputedStyle(text).fill).to.equal(canvasText);
        // Gridlines and axes recede: in CanvasText they weighed as much as the data.
        for (const line of root.querySelectorAll('.visual .grid line, .visual .axis line')) expect(getComputedStyle(line).stroke).to.equal(system('GrayText'));
        // A highlighted bar is hollow, not a second colour a theme may make close to CanvasText.
        for (const mark of root.querySelectorAll('.visual .mark.highlight')) {
          expect(getComputedStyle(mark).fill).to.equal(system('Canvas'));
          expect(getComputedStyle(mark).stroke).to.equal(system('Highlight'));
        }
      });

      it('does not animate with reduced motion', async function () {
        if (!(await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]))) this.skip();
        const { root } = await renderChart(tag, attrs);
        for (const node of root.querySelectorAll('*')) {
          const style = getComputedStyle(node);
          expect(style.transitionDuration.split(',').every((d) => parseFloat(d) === 0), node.localName).to.equal(true);
          expect(style.animationName).to.equal('none');
        }
      });

      it('follows a dark colour scheme with theme="auto" and ignores it with theme="light"', async function () {
        if (!(await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]))) this.skip();
        const auto = await renderChart(tag, `${attrs} theme="auto"`);
        const light = await renderChart(tag, `${attrs} theme="light"`);
        const luminance = (el: Element) => {
          const [r, g, b] = getComputedStyle(el).color.match(/[\d.]+/g)!.map(Number);
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        expect(luminance(auto.el)).to.be.greaterThan(180);
        expect(luminance(light.el)).to.be.lessThan(80);
      });
    });

    describe('actions', () => {
      const open = async (el: CifrasChart, root: ShadowRoot, action: string) => {
        root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
        await el.updateComplete;
        return root.querySelector<HTMLElement>('#cifras-panel')!;
      };

      it('cites the chart and its documents in APA, Chicago and MLA, and copies with an announcement', async () => {
        const { el, root } = await renderChart(tag, `${attrs} lang="en"`);
        const panel = await open(el, root, 'cite');
        await until(() => Boolean(panel.querySelector('[data-style="APA 7"]')));
        await el.updateComplete;
        const apa = panel.querySelector('[data-style="APA 7"]')!.textContent!.replace(/\s+/g, ' ');
        expect(apa).to.contain('Cifras. (2026).');
        expect(apa).to.contain(root.querySelector('.title')!.textContent!.trim());
        for (const id of el.citedSources) expect(apa).to.contain(defaultCatalog.source(id).title.slice(0, 30));
        for (const format of ['Chicago (author-date)', 'MLA 9', 'BibTeX', 'RIS', 'CSL-JSON']) expect(panel.querySelector(`[data-style="${format}"], [data-format="${format}"]`), format).to.exist;
        const written: string[] = [];
        const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => { written.push(text); } } });
        try {
          panel.querySelector<HTMLButtonElement>('[data-format="BibTeX"] .copy')!.click();
          await until(() => written.length > 0);
          await el.updateComplete;
        } finally {
          delete (navigator as { clipboard?: unknown }).clipboard;
          if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
        }
        expect(written[0]).to.match(/^@misc\{cifras-/);
        expect(root.querySelector('[role="status"]')!.textContent).to.contain('BibTeX copied');
        await expectNoAxeViolations(el);
      });

      it('words its panels in the chart’s language', async () => {
        const { el, root } = await renderChart(tag, `${attrs} lang="es"`);
        const panel = await open(el, root, 'data');
        expect(panel.querySelector('.tool-title')!.textContent).to.equal('Descargar los datos');
        const cite = await open(el, root, 'cite');
        expect(cite.querySelector('.tool-title')!.textContent).to.equal('Citar esta gráfica');
        expect(cite.querySelector('.copy')!.textContent).to.equal('Copiar');
      });

      it('downloads exactly the chart’s figures as CSV and JSON', async () => {
        const { el, root } = await renderChart(tag, `${attrs} lang="en"`);
        const panel = await open(el, root, 'data');
        const blobs = await captureBlobs(async () => {
          panel.querySelector<HTMLButtonElement>('[data-download="csv"]')!.click();
          panel.querySelector<HTMLButtonElement>('[data-download="json"]')!.click();
        });
        const [header, ...rows] = parseCsv(await blobs[0].text());
        expect(header).to.include.members(['value', 'unit', 'period', 'geography', 'source', 'locator', 'evidence', 'notes', 'dataset_version']);
        expect(new Set(rows.map((r) => r[header.indexOf('dataset_version')]))).to.deep.equal(new Set([defaultCatalog.data.version]));
        const column = (name: string) => header.indexOf(name);
        const figures = (el as unknown as { figures: { id: string; value: number; source: string; evidence?: string; notes?: { en: string } }[] }).figures;
        expect(rows.map((r) => r[column('id')])).to.deep.equal(figures.map((f) => f.id));
        rows.forEach((r, i) => {
          expect(Number(r[column('value')])).to.equal(figures[i].value);
          expect(r[column('source')]).to.equal(figures[i].source);
          expect(r[column('evidence')]).to.equal(figures[i].evidence ?? '');
          expect(r[column('notes')]).to.equal(figures[i].notes?.en ?? '');
        });
        const json = JSON.parse(await blobs[1].text());
        expect(json.dataset).to.deep.equal({ name: 'Cifras', version: defaultCatalog.data.version });
        expect(json.figures.map((f: { id: string; value: number }) => [f.id, f.value])).to.deep.equal(figures.map((f) => [f.id, f.value]));
        await expectNoAxeViolations(el);
      });

      it('saves a graphic to share: 1200 × 675 and 1080 × 1350 PNGs and an SVG, with title, key, chart and a one-line source', async () => {
        const { el, root } = await renderChart(tag, `${attrs} lang="es"`, 480);
        const panel = await open(el, root, 'image');
        const svgBlobs = await captureBlobs(async () => { panel.querySelector<HTMLButtonElement>('[data-download="svg"]')!.click(); });
        const svgText = await svgBlobs[0].text();
        const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
        const words = doc.documentElement.textContent!.replace(/\s+/g, ' ');
        expect(words).to.contain(root.querySelector('.title')!.textContent!.trim().split(' ').slice(0, 3).join(' '));
        expect(words).to.contain(root.querySelector('.source-line')!.textContent!.replace(/\s+/g, ' ').trim());
        expect(words).to.contain('Gráfica: Cifras');
        // Not the whole document: no references, quotes or disagreements.
        for (const id of el.citedSources) expect(words).to.not.contain(sourceTitle(defaultCatalog.source(id), 'es'));
        // The key travels with the image, each item with its words.
        const keyItems = [...root.querySelectorAll('[part~="legend"]')].flatMap((key) => {
          const items = key.querySelectorAll(':scope > li');
          return items.length ? [...items] : [key];
        });
        for (const item of keyItems) expect(words, 'key item in the image').to.contain(item.textContent!.replace(/\s+/g, ' ').trim());
        // The chart itself, drawn with its marks.
        expect(doc.documentElement.querySelector(':scope > svg rect, :scope > svg path'), 'the drawing').to.exist;
        for (const [button, size] of [['png', [1200, 675]], ['png-tall', [1080, 1350]]] as const) {
          const blobs = await captureBlobs(async (made) => {
            panel.querySelector<HTMLButtonElement>(`[data-download="${button}"]`)!.click();
            await until(() => made.some((b) => b.type === 'image/png'), `the ${button} image`);
          });
          const png = blobs.find((b) => b.type === 'image/png');
          expect(png, `${button} made`).to.exist;
          const image = await createImageBitmap(png!);
          expect([image.width, image.height]).to.deep.equal(size);
        }
      });

      it('says in the image panel, not only to screen readers, why no image came', async () => {
        const { el, root } = await renderChart(tag, `${attrs} lang="es"`);
        root.querySelector<HTMLButtonElement>('[data-action="table"]')!.click();
        await el.updateComplete;
        const panel = await open(el, root, 'image');
        const blobs = await captureBlobs(async () => {
          panel.querySelector<HTMLButtonElement>('[data-download="svg"]')!.click();
          await el.updateComplete;
        }).catch(() => []);
        expect(blobs).to.have.length(0);
        expect(panel.querySelector('.image-problem')!.textContent).to.contain('muestre la gráfica');
        expect(root.querySelector('[role="status"]')!.textContent).to.contain('muestre la gráfica');
      });

      it('gives embed snippets that render the same chart', async () => {
        const { el, root } = await renderChart(tag, `${attrs} lang="es" theme="dark" json-ld`);
        const panel = await open(el, root, 'embed');
        const script = panel.querySelector('[data-snippet="Etiqueta script"] pre')!.textContent!;
        // The script this copy of Cifras was loaded from (before the build, dist/ at the server's root).
        expect(script.split('\n')[0]).to.equal(`<script type="module" src="${loadedFrom()}"></script>`);
        const markup = script.split('\n')[1];
        const again = await render<CifrasChart>(markup, 960);
        await until(() => Boolean(again.root.querySelector('rect.hit')), 'the chart of the snippet');
        expect(again.el.getAttribute('lang')).to.equal('es');
        expect(again.el.getAttribute('theme')).to.equal('dark');
        const ids = (r: ShadowRoot) => [...r.querySelectorAll<SVGRectElement>('rect.hit')].map((h) => h.dataset.figure);
        expect(ids(again.root)).to.deep.equal(ids(root));
        const iframe = panel.querySelector('[data-snippet="Iframe"] pre')!.textContent!;
        const url = new URL(iframe.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&'));
        expect(url.searchParams.get('widget')).to.equal(tag.replace('cifras-', ''));
        expect(url.searchParams.get('lang')).to.equal('es');
        // The embed page takes every parameter the snippet gives it, and warns of none.
        const request = parseEmbedParams(url.search, new Map([[tag, frameAttributes((customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes)]]));
        expect('ignored' in request && request.ignored).to.deep.equal([]);
        expect(script).to.contain(' json-ld');
        // An npm install only for a version that is on npm.
        expect(Boolean(panel.querySelector('[data-snippet="npm"]'))).to.equal(PUBLISHED);
        // The frame's accessible name is the chart's title, not its tag.
        const frame = new DOMParser().parseFromString(iframe, 'text/html').querySelector('iframe')!;
        expect(frame.title).to.equal(root.querySelector('.title')!.textContent!.replace(/\s+/g, ' ').trim());
        const height = Number(/height="(\d+)"/.exec(iframe)![1]);
        expect(height, 'iframe as tall as the chart').to.be.at.least(el.offsetHeight - root.querySelector<HTMLElement>('#cifras-panel')!.offsetHeight);
        expect(url.href.startsWith(new URL('embed.html?', loadedFrom()).href), 'the embed page beside the script').to.equal(true);
        expect(iframe, 'and the resizer, for a narrower page').to.match(/<\/iframe>\n<script defer src="[^"]+"><\/script>$/);
        expect(iframe.endsWith(`<script defer src="${new URL('embed-resize.js', loadedFrom()).href}"></script>`)).to.equal(true);
        await expectNoAxeViolations(el);
      });

      it('takes a title and subtitle given in its slots into its downloads and snippets', async () => {
        const { el, root } = await renderChart(tag, `${attrs} lang="en"`);
        el.insertAdjacentHTML('beforeend', '<span slot="title">A <b>slotted</b> title</span><span slot="subtitle">And its subtitle</span>');
        await el.updateComplete;
        const data = await open(el, root, 'data');
        const [json] = await captureBlobs(async () => { data.querySelector<HTMLButtonElement>('[data-download="json"]')!.click(); });
        expect(JSON.parse(await json.text()).title).to.equal('A slotted title');
        const embed = await open(el, root, 'embed');
        const script = embed.querySelector('[data-snippet="Script tag"] pre')!.textContent!;
        expect(script).to.contain('chart-title="A slotted title"').and.to.contain('chart-subtitle="And its subtitle"');
        expect(new DOMParser().parseFromString(embed.querySelector('[data-snippet="Iframe"] pre')!.textContent!, 'text/html').querySelector('iframe')!.title).to.equal('A slotted title');
      });

      it('gives its snippets the language it takes from the page: a frame does not know the page\'s', async () => {
        const { el, root } = await renderChart(tag, attrs);
        el.parentElement!.setAttribute('lang', 'es');
        el.refreshLang();
        await el.updateComplete;
        const panel = await open(el, root, 'embed');
        expect(panel.querySelector('[data-snippet="Etiqueta script"] pre')!.textContent).to.contain(`<${tag} lang="es"`);
        const iframe = panel.querySelector('[data-snippet="Iframe"] pre')!.textContent!;
        expect(new URL(iframe.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&')).searchParams.get('lang')).to.equal('es');
      });

      it('keeps every panel within a 280 px chart, long addresses included', async () => {
        // The citation gives the page's address (its path: not its query): make it one long word, as a CMS's often is.
        const address = location.href;
        history.replaceState(history.state, '', `/story-${'x'.repeat(60)}${location.pathname}${location.search}#}}@misc{evil,title={x}}`);
        try {
          const { el, root } = await renderChart(tag, `${attrs} lang="es"`, 280);
          for (const action of ['cite', 'data', 'image', 'embed']) {
            const panel = await open(el, root, action);
            if (action === 'cite') {
              await until(() => Boolean(panel.querySelector('[data-style="APA 7"]')));
              // The page is cited without its fragment: no text after "#" reaches a copied entry.
              const bibtex = panel.querySelector('[data-format="BibTeX"] pre')!.textContent!;
              expect(bibtex).to.contain(`story-${'x'.repeat(60)}`).and.not.contain('evil');
            }
            await el.updateComplete;
            expect(panel.getBoundingClientRect().right, `${action} panel`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
            expect(panel.scrollWidth, `${action} panel's content`).to.be.at.most(panel.clientWidth + 1);
          }
        } finally {
          history.replaceState(history.state, '', address);
        }
      });

      it('closes a panel with Escape or its Close button and returns focus to its button', async () => {
        const { el, root } = await renderChart(tag, attrs);
        const panel = await open(el, root, 'embed');
        panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
        await el.updateComplete;
        await el.updateComplete;
        expect(root.querySelector('#cifras-panel')).to.equal(null);
        expect(root.activeElement).to.equal(root.querySelector('[data-action="embed"]'));
        // The panel's own Close button does the same, rather than dropping focus to the page.
        const again = await open(el, root, 'cite');
        again.querySelector<HTMLButtonElement>('.close')!.click();
        await el.updateComplete;
        await el.updateComplete;
        expect(root.querySelector('#cifras-panel')).to.equal(null);
        expect(root.activeElement).to.equal(root.querySelector('[data-action="cite"]'));
      });

      it('shows only the actions asked for, none with actions="none", and all when it knows none of the names', async () => {
        // The sources and notes are the chart's own, not a tool: they stay whatever the tools.
        const tools = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('.actions [data-action]')].map((b) => b.dataset.action);
        const some = await renderChart(tag, `${attrs} actions="cite,data"`);
        expect(tools(some.root)).to.deep.equal(['sources', 'data', 'cite']);
        const none = await renderChart(tag, `${attrs} actions="none"`);
        expect(tools(none.root)).to.deep.equal(['sources']);
        const warnings = await captureWarnings(async () => { await renderChart(tag, `${attrs} actions="cite,tweet"`); });
        expect(warnings.join('\n')).to.contain('"tweet"');
        // Only names it does not know is a mistake, not "none": every tool stays.
        let typo!: { root: ShadowRoot };
        const typoWarnings = await captureWarnings(async () => { typo = await renderChart(tag, `${attrs} actions="share,print"`); });
        const all = await renderChart(tag, attrs);
        expect(typo.root.querySelectorAll('.actions [data-action]').length).to.equal(all.root.querySelectorAll('.actions [data-action]').length);
        expect(typoWarnings.join('\n')).to.contain('showing all');
      });
    });

    it('takes its title and subtitle from attributes', async () => {
      const { root } = await renderChart(tag, `${attrs} chart-title="<b>Mine</b>" chart-subtitle="Sub"`);
      expect(root.querySelector('.title')!.textContent!.trim()).to.equal('<b>Mine</b>');
      expect(root.querySelector('.title b')).to.equal(null);
      expect(root.querySelector('.subtitle')!.textContent!.trim()).to.equal('Sub');
    });
  });
}
