import { expect } from '@open-wc/testing';
import { loadDataModule, pageCatalog, type DataModule } from '../../src/data/page-catalog.js';

const part = (id: string) => ({
  version: '', figures: [], tables: [], conflicts: [],
  sources: [{ id, type: 'report', title: 'A test source', publisher: 'Cifras tests', issued: '2024', url: 'https://example.org/' }],
});

describe('loadDataModule', () => {
  it('takes a module in once, however many charts ask for it', async () => {
    let loads = 0;
    const module: DataModule = () => { loads++; return Promise.resolve({ default: part('test-fetched') }); };
    const first = loadDataModule(module);
    expect(loadDataModule(module), 'the same loading').to.equal(first);
    await first;
    expect(loadDataModule(module), 'nothing to wait for once in').to.equal(undefined);
    expect(loads).to.equal(1);
    expect(pageCatalog.has('source', 'test-fetched')).to.equal(true);
  });

  it('takes data an element file carries in at once: nothing to wait for', () => {
    const module: DataModule = { inline: part('test-inline') };
    expect(loadDataModule(module)).to.equal(undefined);
    expect(pageCatalog.has('source', 'test-inline')).to.equal(true);
  });
});
