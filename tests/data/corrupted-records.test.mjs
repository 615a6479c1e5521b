// The validator must catch a corrupted record of every kind it claims to check.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset, loadDocuments, seedsDirectory, checkDataset } from '../../scripts/lib/check-dataset.mjs';

const dataset = loadDataset();
const documents = loadDocuments(dataset.sources, seedsDirectory());
const quoted = dataset.figures.find((f) => !f.derived && f.unit === 'count' && f.value > 100);
const derived = dataset.figures.find((f) => f.derived && Object.keys(f.derived.inputs).length > 0);

function problemsWith(id, change) {
  const figures = dataset.figures.map((f) => (f.id === id ? change(structuredClone(f)) : f));
  return checkDataset({ ...dataset, figures }, documents).filter((p) => p.id === id).map((p) => p.message);
}

describe('a corrupted record is reported', () => {
  it('when its value is not the number in its evidence', () => {
    assert.match(problemsWith(quoted.id, (f) => ({ ...f, value: f.value + 1 })).join('\n'), /not a number stated in the evidence/);
  });

  it('when its evidence is not verbatim in the document', (t) => {
    if (!documents) return t.skip('source documents not found');
    const changed = problemsWith(quoted.id, (f) => ({ ...f, evidence: f.evidence.replace(/\w+/, 'Reportedly') }));
    assert.match(changed.join('\n'), /does not occur verbatim/);
  });

  it('when a language is missing', () => {
    assert.match(problemsWith(quoted.id, (f) => ({ ...f, measure: { en: f.measure.en } })).join('\n'), /measure needs non-empty en and es/);
  });

  it('when its source or primary source does not exist', () => {
    assert.match(problemsWith(quoted.id, (f) => ({ ...f, source: 'nowhere-2024' })).join('\n'), /source "nowhere-2024"/);
    assert.match(problemsWith(quoted.id, (f) => ({ ...f, primarySource: 'nobody' })).join('\n'), /primarySource "nobody"/);
  });

  it('when a derived formula does not reproduce the value', () => {
    assert.match(problemsWith(derived.id, (f) => ({ ...f, value: f.value * 2 + 1 })).join('\n'), /does not round to the value/);
  });

  it('when a figure derived from an approximate one keeps decimals', () => {
    const drop = dataset.figures.find((f) => f.id === 'icg.meth-wholesale-price-kg-drop-2010-2023');
    assert.match(problemsWith(drop.id, (f) => ({ ...f, value: 82.9, derived: { ...f.derived, decimals: 1 } })).join('\n'), /an approximate figure, so it keeps no decimals/);
  });

  it('when a derived note works the formula out again', () => {
    const repeated = (f) => ({ ...f, derived: { ...f.derived, note: { en: '80 ÷ 2,469 × 100 ≈ 3.2 per cent.', es: 'Véase la fórmula.' } } });
    assert.match(problemsWith(derived.id, repeated).join('\n'), /derived.note.en repeats the arithmetic/);
  });

  it('when a derived input does not exist', () => {
    const [name] = Object.keys(derived.derived.inputs);
    const broken = (f) => ({ ...f, derived: { ...f.derived, inputs: { ...f.derived.inputs, [name]: 'icg.no-such-figure' } } });
    assert.match(problemsWith(derived.id, broken).join('\n'), /unknown figure "icg.no-such-figure"/);
  });

  it('when a table or conflict refers to an unknown figure', () => {
    const tables = [{ id: 't', title: { en: 'T', es: 'T' }, figures: ['icg.ghost'] }];
    const conflicts = [{ id: 'c', measure: { en: 'M', es: 'M' }, explanation: { en: 'E', es: 'E' }, figures: [quoted.id, 'icg.ghost'] }];
    const messages = checkDataset({ ...dataset, tables, conflicts }, documents).map((p) => p.message).join('\n');
    assert.match(messages, /table refers to unknown figure "icg.ghost"/);
    assert.match(messages, /conflict refers to unknown figure "icg.ghost"/);
  });

  it('when two figures of a table would have the same name in one panel of its chart', () => {
    const ids = ['icg.ng-arrests-alleged-criminals-2022', 'icg.army-navy-arrests-sspc-2022'];
    const unlabelled = dataset.figures.map((f) => (ids.includes(f.id) ? { ...f, label: undefined } : f));
    const problems = checkDataset({ ...dataset, figures: unlabelled }, documents).filter((p) => p.id === 'drug-arrests');
    assert.match(problems.map((p) => p.message).join('\n'), /icg\.ng-arrests-alleged-criminals-2022, icg\.army-navy-arrests-sspc-2022 would have the same name/);
    assert.deepEqual(checkDataset(dataset, documents).filter((p) => /same name/.test(p.message)), [], 'the bundled tables name every bar apart');
  });

  it('when a Spanish label abbreviates a month otherwise than the charts do', () => {
    const relabelled = dataset.figures.map((f) => (f.id === quoted.id ? { ...f, label: { en: 'Dec 2023', es: 'dic. 2023' } } : f));
    assert.match(checkDataset({ ...dataset, figures: relabelled }, documents).map((p) => p.message).join('\n'), /abbreviates a month with a point/);
    assert.deepEqual(checkDataset(dataset, documents).filter((p) => /abbreviates a month/.test(p.message)), [], 'the bundled labels write months as the charts do');
  });

  it('when a derived share divides counts that measure different things', () => {
    // Valdés Castellanos's "around 100,000 soldiers posing as guards" over 133,000 members, read as "the share who are soldiers".
    const misread = {
      id: 'valdes.national-guard-members.soldiers-share', value: 75, unit: 'percent', qualifier: 'approx',
      measure: { en: 'Share of the National Guard’s official members who are soldiers', es: 'Proporción de integrantes oficiales que son soldados' },
      period: '2024', geography: 'MX', source: 'valdes-2024',
      derived: { formula: 'soldiers / official * 100', inputs: { soldiers: 'valdes.national-guard-members.soldiers-posing', official: 'valdes.national-guard-members.official' }, decimals: 0 },
    };
    const messages = checkDataset({ ...dataset, figures: [...dataset.figures, misread] }, documents).filter((p) => p.id === misread.id).map((p) => p.message);
    assert.match(messages.join('\n'), /whose part "Soldiers posing as National Guard members" \(valdes\.national-guard-members\.soldiers-posing\) measures something else/);
    // A part that no longer says it is counted in the whole.
    const part = 'icg.municipalities-homicide-rate.40-plus';
    const figures = dataset.figures.map((f) => (f.id === part ? { ...f, partOf: undefined } : f));
    const share = checkDataset({ ...dataset, figures }, documents).filter((p) => p.id === 'icg.municipalities-homicide-rate.40-plus-share');
    assert.match(share.map((p) => p.message).join('\n'), /measures something else: give the part "partOf"/);
  });

  it('when a geography contradicts another record of the same place', () => {
    assert.match(problemsWith('shirk.ayotzinapa-students-killed', (f) => ({ ...f, geography: 'MX-MIC' })).join('\n'), /geography MX-MIC contradicts .*icg\.ayotzinapa-disappeared-students-2014.*, which put Iguala in MX-GRO/);
    // A local record that names the place only in its measure is held to it too.
    const unnamed = (f) => ({ ...f, place: undefined, geography: 'MX-MIC' });
    assert.match(problemsWith('shirk.october-2019-killings.tepochica-civilians', unnamed).join('\n'), /which put Iguala in MX-GRO/);
  });

  it('when a projection gives a statistical office as its primary source, or is not marked as one', () => {
    const projection = 'shirk.homicides.2019';
    assert.match(problemsWith(projection, (f) => ({ ...f, primarySource: 'inegi' })).join('\n'), /a projection is the document's own estimate; "inegi" published no such figure/);
    assert.match(problemsWith(projection, (f) => ({ ...f, projection: undefined })).join('\n'), /reads as a projection/);
  });

  it('when a part-year is stored as a whole year', () => {
    const early = 'elementa.overdoses-attended-mexicali.2023';
    assert.match(problemsWith(early, (f) => ({ ...f, partial: undefined })).join('\n'), /covers part of 2023, stored as the whole year/);
    assert.match(problemsWith(early, (f) => ({ ...f, label: undefined })).join('\n'), /a partial figure needs a label/);
  });

  it('when a conflict group mixes units or a figure is in two groups', () => {
    const [first, second] = dataset.conflicts;
    const mixed = { id: 'rate-and-count', measure: { en: 'M', es: 'M' }, explanation: { en: 'E', es: 'E' }, figures: ['felbab.homicide-rate.2018', 'icg.homicides.2018'] };
    const twice = { ...second, figures: [...second.figures, first.figures[0]] };
    const messages = checkDataset({ ...dataset, conflicts: [first, twice, mixed] }, documents).map((p) => p.message).join('\n');
    assert.match(messages, /a conflict groups figures of one measure; these have units per-100k, count/);
    assert.match(messages, new RegExp(`figure "${first.figures[0]}" is already in the conflict group "${first.id}"`));
  });
});
