// A chart that brings its own data module, loaded on its own (its standalone
// file): it draws from that module alone, and its page catalog has no loader
// for records by id, which only the elements that take ids bring.
import { expect } from '@open-wc/testing';
import '../../src/components/extraditions/extraditions.js';
import { pageCatalog } from '../../src/data/page-catalog.js';
import { UnknownIdError } from '../../src/data/errors.js';
import { renderChart } from '../helpers/chart-suite.js';

describe('a chart with its own data module, alone on the page', () => {
  it('draws from its own module and fetches no data by id', async () => {
    const before = performance.getEntriesByType('resource').length;
    const { root } = await renderChart('cifras-extraditions', 'lang="en"');
    expect(root.querySelectorAll('rect.hit').length).to.be.greaterThan(0);
    const fetched = performance.getEntriesByType('resource').slice(before).map((e) => e.name).filter((n) => n.includes('/shards/'));
    expect(fetched).to.have.length(1);
    expect(fetched[0]).to.match(/\/shards\/widgets\/extraditions\.json/);
  });

  it('reports a record outside its module as unknown at once, without fetching anything', async () => {
    const before = performance.getEntriesByType('resource').length;
    expect(() => pageCatalog.figure('icg.homicides.2019')).to.throw(UnknownIdError, /icg\.homicides\.2019/);
    await pageCatalog.load('figure', 'icg.homicides.2019');
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });
});
