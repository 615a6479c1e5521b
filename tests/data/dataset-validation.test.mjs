// Every figure against the rules in data/FIGURE-FORMAT.md and against the
// document it cites. The documents are third-party texts outside the package:
// read from $CIFRAS_SEEDS, default ../shared/seeds; absent → skipped, never passed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset, loadDocuments, seedsDirectory, checkDataset } from '../../scripts/lib/check-dataset.mjs';

const dataset = loadDataset();
const dir = seedsDirectory();
const documents = loadDocuments(dataset.sources, dir);
const problems = checkDataset(dataset, documents);
const problemsOf = (id) => problems.filter((p) => p.id === id).map((p) => p.message);

describe('dataset', () => {
  it('has well over 100 figures from all five documents', () => {
    assert.ok(dataset.figures.length > 100, `${dataset.figures.length} figures`);
    const documentIds = dataset.sources.filter((s) => s.custom?.kind === 'document').map((s) => s.id);
    assert.equal(documentIds.length, 5);
    for (const id of documentIds) assert.ok(dataset.figures.some((f) => f.source === id), `no figure from ${id}`);
  });

  it('has no problems outside single figures (sources, tables, conflicts)', () => {
    const figureIds = new Set(dataset.figures.map((f) => f.id));
    assert.deepEqual(problems.filter((p) => !figureIds.has(p.id)), []);
  });

  it('gives a Spanish title for every title it wrote itself: bracketed, or describing a Mexican institution’s data', () => {
    const written = dataset.sources.filter((s) => /^\[.*\]$/.test(s.title) || /^(Data|Statistics) of the /.test(s.title));
    assert.ok(written.length >= 4, `${written.length} such titles`);
    for (const source of written) assert.ok(source.custom?.titleEs, `${source.id}: “${source.title}” has no titleEs`);
  });

  it('links every primary source to the documents that cite it', () => {
    for (const source of dataset.sources.filter((s) => s.custom?.kind === 'primary')) {
      const citing = [...new Set(dataset.figures.filter((f) => f.primarySource === source.id).map((f) => f.source))].sort();
      assert.deepEqual([...(source.custom.citedIn ?? [])].sort(), citing, `citedIn of ${source.id}`);
    }
  });
});

describe('every figure', () => {
  for (const figure of dataset.figures) {
    // Without the documents, the one skipped test below says so (once, not once per figure).
    it(figure.id, () => {
      assert.deepEqual(problemsOf(figure.id), []);
    });
  }
});

describe('evidence against the documents', () => {
  it('is checked verbatim for every quoted figure', (t) => {
    if (!documents) {
      t.skip(`evidence not compared: no source documents in ${dir} ($CIFRAS_SEEDS, by default ../shared/seeds beside the repository)`);
      return;
    }
    t.diagnostic(`compared with the source documents in ${dir}`);
    const quoted = dataset.figures.filter((f) => !f.derived);
    const missing = quoted.filter((f) => !documents[f.source].includes(f.evidence.replace(/\s+/g, ' ').trim().replace(/\*/g, '')));
    assert.deepEqual(missing.map((f) => f.id), []);
  });
});
