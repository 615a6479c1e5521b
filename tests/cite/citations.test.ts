import { expect } from '@open-wc/testing';
import { formatBibliography, toRuns, type CitationStyle } from '../../src/cite/styled-citations.js';
import { toBibtex, toRis } from '../../src/cite/bibtex.js';
import { chartCitationItems } from '../../src/cite/chart-citation.js';
import { dataset } from '../../src/data/dataset.js';
import { expectSnapshot } from '../helpers/snapshot.js';

const STYLES: CitationStyle[] = ['apa', 'chicago-author-date', 'modern-language-association'];
const plain = (runs: { text: string; italic?: boolean }[]) => runs.map((r) => (r.italic ? `_${r.text}_` : r.text)).join('');

describe('citations', () => {
  for (const style of STYLES) {
    for (const locale of ['en-US', 'es-MX'] as const) {
      it(`formats every source in ${style} (${locale}) as reviewed`, async () => {
        const entries = formatBibliography(dataset.sources, style, locale);
        expect(entries.every((runs) => runs.length > 0)).to.equal(true);
        await expectSnapshot(`citations-${style}-${locale}`, Object.fromEntries(dataset.sources.map((s, i) => [s.id, plain(entries[i])])));
      });
    }
  }

  it('writes every source as BibTeX, RIS and CSL-JSON as reviewed', async () => {
    await expectSnapshot('citations-bibtex', Object.fromEntries(dataset.sources.map((s) => [s.id, toBibtex(s)])));
    await expectSnapshot('citations-ris', Object.fromEntries(dataset.sources.map((s) => [s.id, toRis(s)])));
  });

  it('italicises titles without any HTML', () => {
    const [entry] = formatBibliography([dataset.sources[0]], 'apa', 'en-US');
    expect(entry.some((run) => run.italic && run.text.includes('Generals’ Labyrinth'))).to.equal(true);
    expect(plain(entry)).to.not.match(/<\/?i>|&#38;/);
    expect(toRuns('a\uE000b\uE001c')).to.deep.equal([{ text: 'a' }, { text: 'b', italic: true }, { text: 'c' }]);
  });

  it('cites a chart as a Cifras data set with its version, crediting the documents', () => {
    const sources = dataset.sources.filter((s) => s.id === 'icg-2024');
    const items = chartCitationItems({ tag: 'cifras-clashes-by-state', title: 'Armed clashes by state', version: '0.1.0', year: 2026, sources });
    const [apa] = formatBibliography(items, 'apa', 'en-US');
    expect(plain(apa)).to.contain('Cifras. (2026). _Armed clashes by state_ (Version 0.1.0)');
    expect(items.map((i) => i.id)).to.deep.equal(['cifras-clashes-by-state', 'icg-2024']);
    expect(toBibtex(items[0])).to.contain('version = {0.1.0}');
  });

  it('escapes BibTeX specials and keeps corporate names whole', () => {
    const bib = toBibtex({ id: 'x', type: 'report', title: 'A & B 100%', author: [{ literal: 'Grupo_1' }], custom: { kind: 'document' } });
    expect(bib).to.contain('title = {{A \\& B 100\\%}}');
    expect(bib).to.contain('author = {{Grupo\\_1}}');
  });
});
