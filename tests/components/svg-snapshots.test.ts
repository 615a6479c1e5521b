// Every chart widget's drawing at three widths, compared with the one stored in
// tests/snapshots/<widget>-<width>.svg, so that a visual change is reviewed on
// purpose: on a difference the test fails and writes <widget>-<width>-changed.svg
// beside it; CIFRAS_UPDATE_FIXTURES=1 accepts the change (README, "Reviewing a
// change to a drawing"). The drawings are normalised (tests/helpers/svg-snapshot.ts)
// and measured in one font, Source Sans 3 from the npm package, not the
// machine's. Chromium only: Firefox measures the same text a little differently,
// and the layout fits labels to the measured widths.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { CHART_WIDGETS, WIDGETS } from '../../src/widgets.js';
import { renderChart } from '../helpers/chart-suite.js';
import { compareSvgSnapshot, normalisedSvg, roundNumbers } from '../helpers/svg-snapshot.js';

const WIDTHS = [320, 640, 1000];
const FAMILY = 'Cifras Snapshot Sans';
const FONTS = '/node_modules/@expo-google-fonts/source-sans-3';
const WEIGHTS = { 400: '400Regular', 600: '600SemiBold', 700: '700Bold' };

const chromium = navigator.userAgent.includes('Chrome/');
const snapshotName = (tag: string, width: number) => `${tag.replace(/^cifras-/, '')}-${width}`;

describe('SVG snapshots of the chart widgets', () => {
  before(async () => {
    if (!chromium) return;
    for (const [weight, face] of Object.entries(WEIGHTS)) {
      const font = new FontFace(FAMILY, `url(${FONTS}/${face}/SourceSans3_${face}.ttf)`, { weight });
      document.fonts.add(await font.load());
    }
  });

  // Elsewhere one test, skipped by name, stands for them all.
  if (!chromium) it('draws every chart widget as its stored snapshot (Chromium only: text is measured per browser)', function () { this.skip(); });
  for (const tag of chromium ? CHART_WIDGETS : []) {
    const attributes = Object.entries(WIDGETS.get(tag)!.example ?? {}).map(([name, value]) => `${name}="${value}"`).join(' ');
    for (const width of WIDTHS) {
      const name = snapshotName(tag, width);
      it(`draws <${tag}> at ${width} px as tests/snapshots/${name}.svg shows`, async () => {
        const { root } = await renderChart(tag, `${attributes} lang="en" style="--cifras-font-family: '${FAMILY}'"`, width);
        const svg = root.querySelector<SVGSVGElement>('svg.visual');
        expect(svg, 'drawn').to.exist;
        expect(getComputedStyle(svg!.querySelector('text') ?? svg!).fontFamily, 'in the snapshots\' font').to.contain(FAMILY);
        const result = await compareSvgSnapshot(name, normalisedSvg(svg!));
        if (result.outcome === 'created') {
          const message = `${result.stored} was missing: it is written now. Review it and commit it.`;
          if (result.ci) expect.fail(`${message} (In CI a missing snapshot fails.)`);
          console.warn(message);
        }
        if (result.outcome === 'changed') {
          const { line, stored, drawn } = result.difference!;
          expect.fail(`The drawing differs from ${result.stored} (line ${line}: stored ${stored.trim()} drawn ${drawn.trim()}). `
            + `Compare it with ${result.changed}; if the change is meant, accept it with CIFRAS_UPDATE_FIXTURES=1 and commit ${result.stored}.`);
        }
      });
    }
  }

  it('keeps no stored snapshot of a widget or width it no longer draws', async () => {
    const drawn = new Set(CHART_WIDGETS.flatMap((tag) => WIDTHS.map((width) => snapshotName(tag, width))));
    const stored = await executeServerCommand<string[], undefined>('svg-snapshot-names');
    expect(stored.filter((name) => !drawn.has(name)), 'delete them from tests/snapshots/').to.deep.equal([]);
  });

  it('rounds geometry to one decimal and writes no negative zero', () => {
    expect(roundNumbers('M0,10.04L-0.04,3.25e1 rotate(45.96)')).to.equal('M0,10L0,32.5 rotate(46)');
  });
});
