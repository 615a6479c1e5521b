// The frame every chart shares, held to a news graphics desk's standard: the
// graphic first (nothing between subtitle and chart, value labels that are
// numbers and nothing else), a footer that names the documents, tools and
// targets a finger can hit, colours that keep their contrast in both themes,
// under colour blindness, and on a dark page that set no theme.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { CHART_WIDGETS, WIDGETS } from '../../src/widgets.js';
import { contrastRatio, type Rgba } from '../../src/chart/contrast.js';
import { shortCitation } from '../../src/data/citation.js';
import { defaultCatalog } from '../../src/data/dataset.js';
import type { CifrasChart } from '../../src/components/frame/chart-element.js';
import { openSources, renderChart } from '../helpers/chart-suite.js';
import { emulateMediaFeatures, resetMedia } from '../helpers/media.js';
import { mount } from '../helpers/render.js';
import { until } from '../helpers/downloads.js';
import { simulate } from '../helpers/color-vision.js';
import { backdrop, color } from '../helpers/paint.js';

const CHARTS: [string, string][] = CHART_WIDGETS.map((tag) => [tag,
  Object.entries(WIDGETS.get(tag)!.example ?? {}).map(([name, value]) => `${name}="${value}"`).join(' ')]);

/** The colour a custom property of the element resolves to. */
const token = (el: Element, name: string) => color(getComputedStyle(el).getPropertyValue(name).trim());

/** Everything a reader can press or focus in the frame. */
const interactive = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('button, a[href], summary, input, select, [tabindex="0"]')];

describe('the chart frame', () => {
  for (const [tag, attrs] of CHARTS) {
    describe(`<${tag}>`, () => {
      it('puts the chart directly under the subtitle: no tool between them', async () => {
        const { root } = await renderChart(tag, `${attrs} lang="es"`);
        const subtitle = root.querySelector('.subtitle')!;
        const chart = root.querySelector('svg.visual')!;
        const between = interactive(root).filter((node) => node.compareDocumentPosition(subtitle) & Node.DOCUMENT_POSITION_PRECEDING
          && node.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING);
        expect(between.map((node) => node.outerHTML.slice(0, 60))).to.deep.equal([]);
        // The tools are in the footer, under the chart and its notes.
        const footer = root.querySelector('.footer')!;
        expect(chart.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
        expect(footer.querySelector('[data-action="table"]')).to.exist;
      });

      it('writes value labels as numbers only: no marker, a bound in words', async () => {
        for (const lang of ['en', 'es']) {
          const { root } = await renderChart(tag, `${attrs} lang="${lang}"`);
          const labels = [...root.querySelectorAll('svg.visual text')].map((node) => node.textContent!.trim());
          expect(labels.filter((label) => /\[\d+\]|[≥≤~]/.test(label)), lang).to.deep.equal([]);
          expect(root.querySelector('svg.visual .fn, svg.visual a'), lang).to.equal(null);
        }
      });

      it('names its documents in a one-line footer with the credit, and opens the full references in place', async () => {
        const { el, root } = await renderChart(tag, `${attrs} lang="en"`);
        const line = root.querySelector('.source-line')!.textContent!.replace(/\s+/g, ' ');
        const names = el.citedSources.map((id) => shortCitation(defaultCatalog.source(id)));
        for (const name of names) expect(line).to.contain(name);
        expect(line).to.match(/^Sources?: /).and.to.contain('Chart: Cifras');
        expect(root.querySelector('.footnotes'), 'references folded').to.equal(null);
        const panel = await openSources(el, root);
        expect(panel.querySelectorAll('.footnote').length).to.equal(names.length);
        expect(root.querySelector('[data-action="sources"]')!.getAttribute('aria-expanded')).to.equal('true');
      });

      it('shows the first mark on a phone screen (320 × 640) without scrolling', async () => {
        for (const lang of ['en', 'es']) {
          const { el, root } = await renderChart(tag, `${attrs} lang="${lang}"`, 320);
          const top = el.getBoundingClientRect().top;
          const first = root.querySelector('svg.visual .mark, svg.visual .point, svg.visual .cell')!;
          expect(first, lang).to.exist;
          expect(first.getBoundingClientRect().bottom - top, `${lang}: first mark from the chart's top`).to.be.at.most(640);
        }
      });

      it('gives every tool and link in the frame a target of at least 24 × 24 px', async () => {
        const { el, root } = await renderChart(tag, `${attrs} lang="es"`, 320);
        await openSources(el, root);
        for (const node of interactive(root)) {
          if (node.closest('svg')) continue;
          const box = node.getBoundingClientRect();
          expect(box.width, node.outerHTML.slice(0, 80)).to.be.at.least(24);
          expect(box.height, node.outerHTML.slice(0, 80)).to.be.at.least(24);
        }
      });

      for (const theme of ['light', 'dark']) {
        it(`draws every mark at 3:1 and every text at 4.5:1 against its background (${theme})`, async () => {
          const { el, root } = await renderChart(tag, `${attrs} lang="en" theme="${theme}"`);
          const back = backdrop(el);
          for (const mark of root.querySelectorAll<SVGElement>('svg.visual .mark, svg.visual .point, svg.visual .cell.filled')) {
            const style = getComputedStyle(mark);
            // A hatched or hollow mark is read by its outline.
            const paint = style.fill.startsWith('url') || mark.classList.contains('open') ? style.stroke : style.fill;
            expect(contrastRatio(color(paint), back), `${mark.getAttribute('class')}: ${paint}`).to.be.at.least(3);
          }
          for (const text of root.querySelectorAll<SVGTextElement>('svg.visual text')) {
            if (!text.textContent!.trim()) continue;
            expect(contrastRatio(color(getComputedStyle(text).fill), back), text.textContent!).to.be.at.least(4.5);
          }
          for (const node of root.querySelectorAll<HTMLElement>('.title, .subtitle, .notes li, .source-line, .action')) {
            expect(contrastRatio(color(getComputedStyle(node).color), back), node.className).to.be.at.least(4.5);
          }
        });
      }
    });
  }

  it('places a chart\'s first tooltip by its mark, also when another chart loaded the tooltip\'s code', async () => {
    // The first chart loads the tooltip's code; each chart after it shows its first tooltip with that code already in.
    for (let i = 0; i < 2; i++) {
      const { el, root } = await renderChart('cifras-troop-deployment', 'lang="en"', 640);
      const hits = [...root.querySelectorAll<SVGRectElement>('rect.hit')];
      const last = hits[hits.length - 1];
      last.dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      await until(() => Boolean(root.querySelector('.tooltip')), 'the tooltip');
      const [tip, mark] = [root.querySelector('.tooltip')!.getBoundingClientRect(), last.getBoundingClientRect()];
      // The last column is at the right: its tooltip is there too, over its mark, not at the plot's left edge.
      expect(tip.right, `chart ${i + 1}: tooltip reaches its mark`).to.be.above(mark.left);
      expect(tip.left, `chart ${i + 1}: tooltip starts left of its mark's right edge`).to.be.below(mark.right);
      expect(tip.left - root.querySelector('svg.visual')!.getBoundingClientRect().left, `chart ${i + 1}: not at the left edge`).to.be.above(100);
      el.remove();
    }
  });

  describe('palette', () => {
    for (const theme of ['light', 'dark']) {
      it(`sets the highlight apart from the neutral by lightness, 3:1 and more, for every colour vision (${theme})`, async () => {
        const { el } = await renderChart('cifras-clashes-by-state', `theme="${theme}"`);
        const neutral = token(el, '--_mark');
        const highlight = token(el, '--_highlight');
        const back = backdrop(el);
        for (const vision of ['normal', 'protanopia', 'deuteranopia', 'greyscale'] as const) {
          const [n, h, b] = [neutral, highlight, back].map((c) => simulate(c, vision));
          expect(contrastRatio(n, h), `${vision}: highlight against neutral`).to.be.at.least(3);
          expect(contrastRatio(n, b), `${vision}: neutral against the background`).to.be.at.least(3);
          expect(contrastRatio(h, b), `${vision}: highlight against the background`).to.be.at.least(3);
        }
      });
    }

    it('pairs no red with a green among the series colours', async () => {
      const { el } = await renderChart('cifras-homicides-disappearances', '');
      const hues = [0, 1, 2, 3, 4].map((i) => {
        const { r, g, b } = token(el, `--_s${i}`);
        return { redish: r > 1.4 * g && r > 1.4 * b, greenish: g > 1.2 * r && g > 1.2 * b };
      });
      expect(hues.some((h) => h.redish) && hues.some((h) => h.greenish)).to.equal(false);
    });

    it('draws a derived bar hatched and outlined, not only paler', async () => {
      const { root } = await renderChart('cifras-clashes-by-state', 'limit="3"');
      const derived = root.querySelector<SVGRectElement>('svg.visual rect.mark.muted')!;
      expect(derived).to.exist;
      const style = getComputedStyle(derived);
      expect(style.fill).to.match(/^url\(/);
      expect(parseFloat(style.strokeWidth)).to.be.at.least(1);
    });
    for (const theme of ['light', 'dark']) {
      it(`keeps the hatching of a derived bar at 3:1 where its thin lines blend with the background (${theme})`, async () => {
        const { el, root } = await renderChart('cifras-clashes-by-state', `limit="3" theme="${theme}"`);
        const line = root.querySelector<SVGLineElement>('svg.visual #cifras-hatch line')!;
        // Lines 2.5 px wide every 5 px, turned 45°, are drawn as about two thirds of their colour over
        // the background: a line at 5:1 still averages 3:1.
        expect(contrastRatio(color(getComputedStyle(line).stroke), backdrop(el))).to.be.at.least(5);
      });
    }
  });

  it('sets the notes under the chart smaller than its labels, and muted', async () => {
    const { el, root } = await renderChart('cifras-troop-deployment', 'lang="en"', 640);
    const note = root.querySelector<HTMLElement>('.notes li')!;
    const label = root.querySelector<SVGTextElement>('svg.visual text.column-label')!;
    expect(parseFloat(getComputedStyle(note).fontSize)).to.be.below(parseFloat(getComputedStyle(label).fontSize) + 0.01);
    expect(color(getComputedStyle(note).color)).to.deep.equal(token(el, '--_muted'));
  });

  describe('on a page that sets no theme', () => {
    afterEach(resetMedia);

    async function onPage(background: string, text: string): Promise<CifrasChart> {
      const page = mount(640);
      page.style.background = background;
      page.style.color = text;
      page.innerHTML = '<div><cifras-clashes-by-state lang="en"></cifras-clashes-by-state></div>';
      page.scrollIntoView({ block: 'start' });
      const el = page.querySelector<CifrasChart>('cifras-clashes-by-state')!;
      await until(() => Boolean(el.shadowRoot?.querySelector('svg.visual')), 'the chart on the page');
      await el.updateComplete;
      return el;
    }

    const readable = (el: CifrasChart, back: Rgba) => {
      const root = el.shadowRoot!;
      for (const node of root.querySelectorAll<HTMLElement>('.title, .subtitle, .source-line')) {
        expect(contrastRatio(color(getComputedStyle(node).color), back), node.className).to.be.at.least(4.5);
      }
      for (const mark of root.querySelectorAll<SVGElement>('svg.visual .mark')) {
        const style = getComputedStyle(mark);
        expect(contrastRatio(color(style.fill.startsWith('url') ? style.stroke : style.fill), back)).to.be.at.least(3);
      }
    };

    for (const scheme of ['light', 'dark']) {
      it(`reads on a dark page and on a light page, the reader's scheme ${scheme}`, async function () {
        if (!(await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]))) this.skip();
        readable(await onPage('#121212', '#eeeeee'), color('rgb(18, 18, 18)'));
        readable(await onPage('#ffffff', '#111111'), color('rgb(255, 255, 255)'));
        readable(await onPage('#1b2a3a', '#ffffff'), color('rgb(27, 42, 58)'));
      });
    }

    it('keeps a theme the page asked for, whatever the page behind it', async () => {
      const el = await onPage('#121212', '#eeeeee');
      el.setAttribute('theme', 'light');
      await el.updateComplete;
      const title = el.shadowRoot!.querySelector('.title')!;
      expect(contrastRatio(color(getComputedStyle(title).color), color('#ffffff'))).to.be.at.least(4.5);
    });

    it('draws in the page\'s typeface, unless --cifras-font-family says otherwise', async () => {
      const el = await onPage('#ffffff', '#111111');
      el.parentElement!.style.fontFamily = 'Georgia, serif';
      await el.updateComplete;
      const title = el.shadowRoot!.querySelector('.title')!;
      expect(getComputedStyle(title).fontFamily).to.contain('Georgia');
      el.style.setProperty('--cifras-font-family', 'monospace');
      expect(getComputedStyle(title).fontFamily).to.equal('monospace');
    });
  });
});
