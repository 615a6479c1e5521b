import { expect } from '@open-wc/testing';
import { Catalog } from '../../src/data/lookup.js';
import type { Conflict } from '../../src/data/types.js';
import { conflictsAmong, inputsOf } from '../../src/data/relations.js';
import { defaultCatalog } from '../../src/data/dataset.js';
import { DataPendingError, UnknownIdError } from '../../src/data/errors.js';
import { citationLabel, referenceText } from '../../src/data/citation.js';
import { closestMatches } from '../../src/data/closest.js';

describe('Catalog', () => {
  it('gets figures, sources and tables by id', () => {
    expect(defaultCatalog.figure('icg.homicides.2019').value).to.equal(36661);
    expect(defaultCatalog.source('icg-2024').title).to.contain('Generals’ Labyrinth');
  });

  it('throws a typed error naming the unknown id and suggesting close ones', () => {
    let error: unknown;
    try { defaultCatalog.figure('icg.homicide.2019'); } catch (e) { error = e; }
    expect(error).to.be.instanceOf(UnknownIdError);
    const unknown = error as UnknownIdError;
    expect(unknown.kind).to.equal('figure');
    expect(unknown.id).to.equal('icg.homicide.2019');
    expect(unknown.suggestions[0]).to.equal('icg.homicides.2019');
    expect(unknown.message).to.contain('"icg.homicide.2019"');
  });

  it('throws for unknown sources, tables and conflicts too', () => {
    expect(() => defaultCatalog.source('icg')).to.throw(UnknownIdError, /Did you mean "icg-2024"/);
    expect(() => defaultCatalog.table('nope')).to.throw(UnknownIdError);
    expect(() => defaultCatalog.conflict('nope')).to.throw(UnknownIdError);
  });

  it('resolves the inputs of a derived figure', () => {
    const derived = defaultCatalog.figure('icg.military-budget-share.2018');
    expect(inputsOf(defaultCatalog, derived).map((f) => f.id)).to.include('icg.military-budget-share.2024');
  });

  it('works on any dataset', () => {
    const catalog = new Catalog({ version: 'x', sources: [], figures: [], tables: [], conflicts: [] });
    expect(() => catalog.figure('a')).to.throw(UnknownIdError, /Unknown figure id "a"\./);
  });
});

describe('citations', () => {
  it('labels a source by author and year', () => {
    expect(citationLabel(defaultCatalog.source('icg-2024'))).to.equal('International Crisis Group (2024)');
    expect(citationLabel(defaultCatalog.source('valdes-2024'))).to.equal('Valdés Castellanos (2024)');
  });

  it('writes a plain reference line', () => {
    expect(referenceText(defaultCatalog.source('shirk-2019'))).to.equal(
      'Shirk, David (2019). AMLO, Violent Crime, and Public Security in Mexico. Wilson Center, Mexico Institute.');
  });
});

describe('closestMatches', () => {
  it('prefers ids that contain the query, then edit distance', () => {
    expect(closestMatches('tamaulipas', ['icg.clashes.tamaulipas', 'tamale', 'x'])[0]).to.equal('icg.clashes.tamaulipas');
    expect(closestMatches('abd', ['abc', 'xyz'], 1)).to.deep.equal(['abc']);
  });

  it('searches nothing for text longer than any id (50,000 characters took seconds)', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `icg.clashes.state-${i}`);
    expect(closestMatches(`icg.clashes.state-1${'x'.repeat(50_000)}`, ids)).to.deep.equal([]);
    expect(closestMatches('icg.clashes.state-1x', ids)[0]).to.equal('icg.clashes.state-1');
  });
});

describe('a catalog holding what a chart draws, not yet its provenance', () => {
  const figure = defaultCatalog.figure('elementa.homicides.2022');
  const conflict = defaultCatalog.conflictFor(figure.id)!;
  const core = () => {
    const loads: string[] = [];
    const catalog = new Catalog({
      version: '1', figures: [figure], tables: [],
      sources: [defaultCatalog.source(figure.source)], conflicts: [{ id: conflict.id, figures: conflict.figures, slim: true } as Conflict],
    }, {
      async load(into, kind, id) {
        loads.push(`${kind}:${id}`);
        into.add({ version: '1', figures: conflict.figures.map((id) => defaultCatalog.figure(id)), tables: [], sources: [...defaultCatalog.sources.values()], conflicts: [conflict] });
      },
      suggest: () => [],
    });
    return { catalog, loads };
  };

  it('knows which figures the documents disagree on before the disagreements are loaded', () => {
    const { catalog } = core();
    expect(conflictsAmong(catalog, [figure]).map((c) => c.id)).to.deep.equal([conflict.id]);
  });

  it('reports a slim figure as pending when asked for whole, and fills it in place when the whole record comes', async () => {
    const slim = { ...figure, evidence: undefined, notes: undefined, locator: undefined, slim: true as const };
    const loads: string[] = [];
    const catalog = new Catalog({ version: '1', figures: [slim], tables: [], sources: [defaultCatalog.source(figure.source)], conflicts: [{ id: conflict.id, figures: conflict.figures, slim: true } as Conflict] }, {
      async load(into, kind, id) {
        loads.push(`${kind}:${id}`);
        into.add({ version: '1', figures: conflict.figures.map((id) => defaultCatalog.figure(id)), tables: [], sources: [...defaultCatalog.sources.values()], conflicts: [conflict] });
      },
      suggest: () => [],
    });
    // A chart reads what it draws; a value or key figure asks for the whole.
    expect(catalog.figure(figure.id)).to.equal(slim);
    expect(() => catalog.figure(figure.id, true)).to.throw(DataPendingError);
    await catalog.load('figure', figure.id);
    expect(loads).to.deep.equal([`figure:${figure.id}`]);
    const whole = catalog.figure(figure.id, true);
    expect(whole, 'the same record, filled in').to.equal(slim);
    expect(whole.evidence).to.equal(figure.evidence);
    expect(catalog.conflictFor(figure.id)!.explanation.en).to.equal(conflict.explanation.en);
  });
});
