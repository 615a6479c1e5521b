import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { MARK_LIMITS } from '../../src/chart/limits.js';
import type { CifrasCustomChart } from '../../src/components/chart/chart.js';
import { captureBlobs, until } from '../helpers/downloads.js';
import { parseCsv } from '../helpers/csv.js';
import { captureWarnings, render } from '../helpers/render.js';

/** `count` rows of one source; row `bad` (1-based), if given, has a value that is not a number. */
const rows = (count: number, bad?: number) => ({
  title: 'Rows', source: 's', sources: [{ id: 's', title: 'S' }],
  data: Array.from({ length: count }, (_, i) => ({ label: `Row ${i + 1}`, value: i + 1 === bad ? 'n/a' : (i * 37) % 1000 })),
});

async function chartOf(type: string, data: object, lang = 'en'): Promise<{ el: CifrasCustomChart; root: ShadowRoot }> {
  const { el, root } = await render<CifrasCustomChart>(`<cifras-chart type="${type}" lang="${lang}" loading="eager"></cifras-chart>`, 640);
  el.data = data as CifrasCustomChart['data'];
  await el.updateComplete;
  await until(() => Boolean(root.querySelector('svg.visual, [role="alert"]')));
  await el.updateComplete;
  return { el, root };
}

const note = (root: ShadowRoot) => root.querySelector('.notes .limit-note')?.textContent?.replace(/\s+/g, ' ') ?? '';
const hits = (root: ShadowRoot) => root.querySelectorAll('rect.hit').length;

describe('<cifras-chart> with more rows than its type draws', () => {
  it('draws a bar chart\'s first rows up to its maximum and says, in its language, how many it left out and how to show them', async () => {
    const max = MARK_LIMITS.bar;
    const words: [string, RegExp][] = [
      ['en', new RegExp(`its table and its downloads show the first ${max} of ${max + 150} rows\\. To show them all, group the rows`)],
      ['es', new RegExp(`su tabla y sus descargas muestran las primeras ${max} de ${max + 150} filas\\. Para mostrarlas todas, agrupe las filas`)],
    ];
    const warnings = await captureWarnings(async () => {
      for (const [lang, message] of words) {
        const { root } = await chartOf('bar', rows(max + 150), lang);
        expect(hits(root)).to.equal(max);
        expect(note(root)).to.match(message);
      }
    });
    expect(warnings.join('\n')).to.contain(`the data has ${max + 150} rows; a type="bar" chart draws at most ${max}`);
  });

  it('draws every row up to the maximum, with no note', async () => {
    const { root } = await chartOf('bar', rows(MARK_LIMITS.bar));
    expect(hits(root)).to.equal(MARK_LIMITS.bar);
    expect(root.querySelector('.limit-note')).to.equal(null);
  });

  for (const type of ['line', 'dot'] as const) {
    it(`draws a ${type} chart's first ${MARK_LIMITS[type]} rows, and neither checks nor draws the rest`, async () => {
      const max = MARK_LIMITS[type];
      await captureWarnings(async () => {
        // The first row past the maximum is bad: it is not read, so it raises no error.
        const { root } = await chartOf(type, rows(10 * max, max + 1));
        expect(root.querySelector('[role="alert"]')).to.equal(null);
        expect(hits(root)).to.equal(max);
        expect(note(root)).to.contain(`first ${max.toLocaleString('en-US')} of ${(10 * max).toLocaleString('en-US')} rows`);
        // A bad row among those drawn is still an error.
        const { root: broken } = await chartOf(type, rows(10 * max, max));
        expect(broken.querySelector('[role="alert"]')!.textContent).to.match(new RegExp(`Value ${max} \\("Row ${max}"\\) is not a number`));
      });
    });
  }

  it('draws again up to the new type\'s maximum when its type changes', async () => {
    await captureWarnings(async () => {
      const { el, root } = await chartOf('dot', rows(MARK_LIMITS.bar + 10));
      expect(hits(root)).to.equal(MARK_LIMITS.bar + 10);
      el.type = 'bar';
      await el.updateComplete;
      expect(hits(root)).to.equal(MARK_LIMITS.bar);
      expect(note(root)).to.contain(`first ${MARK_LIMITS.bar} of ${MARK_LIMITS.bar + 10} rows`);
    });
  });

  it('keeps the note in the table view, whose rows and downloads are the rows drawn', async () => {
    const max = MARK_LIMITS.bar;
    await captureWarnings(async () => {
      const { el, root } = await chartOf('bar', rows(max + 1));
      root.querySelector<HTMLButtonElement>('[data-action="table"]')!.click();
      await until(() => root.querySelectorAll('tbody tr').length > 0);
      await el.updateComplete;
      expect(root.querySelectorAll('tbody tr')).to.have.length(max);
      expect(note(root)).to.contain(`first ${max} of ${max + 1} rows`);
      root.querySelector<HTMLButtonElement>('[data-action="data"]')!.click();
      await until(() => Boolean(root.querySelector('[data-download="csv"]')));
      const blobs = await captureBlobs(async () => root.querySelector<HTMLButtonElement>('[data-download="csv"]')!.click());
      const [, ...lines] = parseCsv(await blobs[0].text());
      expect(lines).to.have.length(max);
    });
  });
});
