// Each element loads only the data it shows: fixed widgets one module each,
// elements that take an id the bucket that id was hashed into.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { Catalog, type DataLoader } from '../../src/data/lookup.js';
import { DataPendingError, UnknownIdError } from '../../src/data/errors.js';
import { dataset } from '../../src/data/dataset.js';
import { pageCatalog } from '../../src/data/records-by-id.js';
import { CifrasClashesByState } from '../../src/components/clashes-by-state/clashes-by-state.js';
import { closestMatches } from '../../src/data/closest.js';
import { captureWarnings, mount, render } from '../helpers/render.js';
import { until } from '../helpers/downloads.js';
import { openSources } from '../helpers/chart-suite.js';
import type { CifrasChart } from '../../src/components/frame/chart-element.js';

const requested = (since: number) => performance.getEntriesByType('resource').slice(since).map((entry) => new URL(entry.name).pathname)
  .filter((path) => path.startsWith('/src/data/shards/'));

const FIXED_WIDGETS = ['budget-share', 'clashes-by-state', 'homicides-disappearances', 'disappearances', 'troop-deployment', 'clash-rate',
  'guard-composition', 'seizures', 'impunity', 'electoral-violence', 'arrests', 'extraditions'];

describe('data loading', function () {
  this.timeout(20000);

  it('draws every fixed widget from its own data module, fetched once for two of them, with no other data', async () => {
    const own = (name: string) => `/src/data/shards/widgets/${name}.json`;
    for (const [i, name] of FIXED_WIDGETS.entries()) {
      const tag = `cifras-${name}`;
      const before = performance.getEntriesByType('resource').length;
      // Two of each: the data module is loaded once and shared.
      const { el, root } = await render(`<${tag}></${tag}><${tag} lang="es"></${tag}>`, 600);
      const second = (el.nextElementSibling as HTMLElement).shadowRoot!;
      await until(() => root.querySelectorAll('.hit').length > 0 && second.querySelectorAll('.hit').length > 0);
      expect(root.querySelectorAll('.hit').length, `${tag} drew its marks`).to.be.greaterThan(0);
      expect(second.querySelectorAll('.hit').length, `the second ${tag} too`).to.equal(root.querySelectorAll('.hit').length);
      // What it quotes of its documents comes with its sources panel, or when the page is idle; an earlier widget's
      // module may be reported late (a browser adds resource timings when it gets round to it).
      const earlier = new Set(FIXED_WIDGETS.slice(0, i).map(own));
      expect(requested(before).filter((path) => !path.endsWith('.provenance.json') && !earlier.has(path)), tag).to.deep.equal([own(name)]);
    }
    // Once each, over the whole page.
    for (const name of FIXED_WIDGETS) expect(requested(0).filter((path) => path === own(name)), name).to.have.length(1);
  });

  it('loads a widget\'s provenance once, for any number of its charts, when their sources open or the page is idle', async () => {
    const { el, root } = await render('<cifras-arrests></cifras-arrests><cifras-arrests lang="es"></cifras-arrests>', 600);
    await until(() => root.querySelectorAll('.hit').length > 0);
    await openSources(el as unknown as CifrasChart, root);
    await openSources(el.nextElementSibling as CifrasChart, (el.nextElementSibling as HTMLElement).shadowRoot!);
    // Since the page opened: the two charts here and the two the test above drew.
    expect(requested(0).filter((path) => path === '/src/data/shards/widgets/arrests.provenance.json')).to.have.length(1);
    expect(root.querySelector('.footnote .evidence, .footnote .derivation')).to.exist;
  });

  it('loads the bucket of an id given by attribute, then renders it', async () => {
    const before = performance.getEntriesByType('resource').length;
    const { root } = await render('<cifras-key-figure figure="shirk.homicide-share.five-municipalities"></cifras-key-figure>');
    expect(root.querySelector('.number')?.textContent).to.match(/\d/);
    const buckets = requested(before);
    expect(buckets).to.have.length(1);
    expect(buckets[0]).to.match(/^\/src\/data\/shards\/b\d\d\.json$/);
  });

  it('suggests the closest ids for an unknown one, from every id in the dataset', async () => {
    const { root } = await render('<cifras-value figure="elementa.homicides.202"></cifras-value>');
    expect(root.textContent).to.contain('elementa.homicides.202');
    const { root: card } = await render('<cifras-key-figure figure="valdes.national-guard-member"></cifras-key-figure>');
    expect(card.textContent).to.contain('valdes.national-guard-members');
  });

  it('shows a value\'s own text while its figure loads and beside the note for an unknown id', async () => {
    const container = mount(600);
    container.innerHTML = '<p>Crime groups in <cifras-value figure="elementa.municipalities-crime-groups.total">2,446</cifras-value> municipalities; '
      + '<cifras-value figure="icg.homicides.20199">36,661</cifras-value>.</p>';
    // The first is a figure no widget module carries: its bucket is still on its way.
    const [loading, unknown] = [...container.querySelectorAll('cifras-value')];
    // Drawn on the text as laid out: a text node that is not slotted has no box.
    const shown = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().width > 0;
    };
    for (let i = 0; i < 10 && !loading.shadowRoot?.firstChild; i++) await Promise.resolve();
    expect(loading.shadowRoot!.querySelector('.marker'), 'still loading').to.equal(null);
    expect(shown(loading), 'the number as written, while it loads').to.equal(true);
    const warnings = await captureWarnings(() => until(() => Boolean(loading.shadowRoot!.querySelector('.marker')) && Boolean(unknown.shadowRoot!.querySelector('.error'))));
    expect(warnings.join()).to.contain('icg.homicides.20199');
    expect(shown(loading), 'replaced by the formatted number').to.equal(false);
    expect(shown(unknown), 'the number as written, beside the note').to.equal(true);
    expect(unknown.shadowRoot!.querySelector('.error')!.textContent).to.contain('icg.homicides.20199');
  });
});

describe('data that cannot be loaded', function () {
  this.timeout(20000);
  /** Makes every bucket fetch fail (offline, or a file gone after a deploy) while `body` runs. */
  const offline = async (body: () => Promise<void>) => {
    const catalog = pageCatalog as unknown as { loader: DataLoader };
    const loader = catalog.loader;
    catalog.loader = { load: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')), suggest: () => [] };
    try { await body(); } finally { catalog.loader = loader; }
  };

  it('shows a chart\'s error and what the page put inside it, and does not ask again in a loop', async () => {
    const spec = CifrasClashesByState.spec!;
    CifrasClashesByState.spec = { ...spec, data: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) };
    try {
      const warnings = await captureWarnings(async () => {
        // The page stays responsive: with a load asked for again at once, forever, this never settles.
        const { el, root } = await render('<cifras-clashes-by-state lang="es"><p class="fallback">Tamaulipas: 328</p></cifras-clashes-by-state>');
        expect(root.querySelector('[role="alert"]')!.textContent).to.contain('No se pudo cargar');
        expect(root.querySelector('slot')!.assignedElements()[0].textContent).to.equal('Tamaulipas: 328');
        expect(el.querySelector('.fallback')!.getBoundingClientRect().height, 'the fallback is shown').to.be.above(0);
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
      expect(warnings.join()).to.contain('No se pudo cargar');
    } finally {
      CifrasClashesByState.spec = spec;
    }
  });

  it('keeps a value\'s own text, and shows a key figure\'s error, when their figure cannot be loaded', async () => {
    await offline(async () => {
      const { el: value } = await render('<cifras-value figure="icg.cargo-theft-change-2021-2023">46%</cifras-value>');
      const range = document.createRange();
      range.selectNodeContents(value);
      expect(range.getBoundingClientRect().width, 'the number as written').to.be.above(0);
      expect(value.shadowRoot!.querySelector('.error, .marker')).to.equal(null);
      const { root: card } = await render('<cifras-key-figure figure="icg.fuel-theft-taps-change-amlo-vs-pena-nieto" lang="en"></cifras-key-figure>');
      expect(card.querySelector('[role="alert"]')!.textContent).to.contain('This could not be loaded.');
    });
  });
});

describe('a catalog that loads on demand', () => {
  const loaderFor = (calls: string[]): DataLoader => ({
    async load(catalog, kind, id) {
      calls.push(`${kind}:${id}`);
      catalog.add({ ...dataset, figures: dataset.figures.filter((f) => f.id === id) });
    },
    suggest: (kind, id) => (kind === 'figure' ? closestMatches(id, dataset.figures.map((f) => f.id)) : []),
  });

  it('reports a record it has not loaded as pending, and has it after load()', async () => {
    const calls: string[] = [];
    const catalog = new Catalog({ version: '1', figures: [], tables: [], sources: [], conflicts: [] }, loaderFor(calls));
    expect(() => catalog.figure('icg.homicides.2019')).to.throw(DataPendingError);
    await catalog.load('figure', 'icg.homicides.2019');
    expect(catalog.figure('icg.homicides.2019').value).to.equal(36661);
    expect(calls).to.deep.equal(['figure:icg.homicides.2019']);
  });

  it('throws UnknownIdError, with suggestions from every id, once a load did not bring the record', async () => {
    const catalog = new Catalog({ version: '1', figures: [], tables: [], sources: [], conflicts: [] }, loaderFor([]));
    await catalog.load('figure', 'icg.homicide.2019');
    let error: unknown;
    try { catalog.figure('icg.homicide.2019'); } catch (e) { error = e; }
    expect(error).to.be.instanceOf(UnknownIdError);
    expect((error as UnknownIdError).suggestions[0]).to.equal('icg.homicides.2019');
  });

  it('reports a record it lacks as unknown until it is given a loader, then as pending', async () => {
    const calls: string[] = [];
    const catalog = new Catalog({ version: '1', figures: [], tables: [], sources: [], conflicts: [] });
    expect(() => catalog.figure('icg.homicides.2019')).to.throw(UnknownIdError);
    expect(catalog.useLoader(loaderFor(calls))).to.equal(catalog);
    expect(() => catalog.figure('icg.homicides.2019')).to.throw(DataPendingError);
    await catalog.load('figure', 'icg.homicides.2019');
    expect(catalog.figure('icg.homicides.2019').value).to.equal(36661);
    expect(calls).to.deep.equal(['figure:icg.homicides.2019']);
  });

  it('adds each record once however often it arrives', () => {
    const catalog = new Catalog(dataset);
    const count = catalog.data.figures.length;
    catalog.add(dataset);
    expect(catalog.data.figures.length).to.equal(count);
    expect(catalog.data.version).to.equal(dataset.version);
  });
});
