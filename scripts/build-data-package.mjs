#!/usr/bin/env node
// Writes dist/data/: the whole dataset as a Frictionless Data Package — one CSV
// per table plus all figures, the sources as CSL-JSON and BibTeX, a README in
// English and Spanish — for researchers who want the data without the widgets.
// Run after `tsc` (it reuses the compiled BibTeX writer).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

const COLUMNS = [
  ['id', 'string', 'Stable id of the figure'],
  ['label_en', 'string', 'Short category label (English)'],
  ['label_es', 'string', 'Short category label (Spanish)'],
  ['measure_en', 'string', 'What is measured (English)'],
  ['measure_es', 'string', 'What is measured (Spanish)'],
  ['value', 'number', 'The number'],
  ['unit', 'string', 'count, percent, per-100k, mxn, usd, …'],
  ['qualifier', 'string', 'exact, approx, at-least or at-most'],
  ['period', 'string', 'YYYY, YYYY-MM, YYYY-MM-DD or start/end'],
  ['geography', 'string', 'MX, an ISO 3166-2:MX code, US or MX-other'],
  ['source', 'string', 'Id of the document that states the figure (see sources.json)'],
  ['primary_source', 'string', 'Id of the source the document credits'],
  ['locator_section', 'string', 'Section of the document'],
  ['locator_paragraph', 'string', 'Opening words of the paragraph, where the document has no sections or pages'],
  ['locator_footnote', 'integer', 'Footnote number in the document'],
  ['locator_page', 'integer', 'Page of the document'],
  ['evidence', 'string', 'Shortest verbatim span of the document that states the number'],
  ['derived_formula', 'string', 'For a derived figure: its arithmetic'],
  ['derived_inputs', 'string', 'For a derived figure: name=figure-id pairs'],
];

function csvField(value) {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(f) {
  return [
    f.id, f.label?.en, f.label?.es, f.measure.en, f.measure.es, f.value, f.unit, f.qualifier ?? 'exact', f.period, f.geography,
    f.source, f.primarySource, f.locator?.section, f.locator?.paragraph, f.locator?.footnote, f.locator?.page, f.evidence,
    f.derived?.formula, f.derived ? Object.entries(f.derived.inputs).map(([k, v]) => `${k}=${v}`).join(' ') : undefined,
  ].map(csvField).join(',');
}

const toCsv = (figures) => `${[COLUMNS.map(([name]) => name).join(','), ...figures.map(row)].join('\r\n')}\r\n`;

const schema = {
  fields: COLUMNS.map(([name, type, description]) => ({ name, type, description, ...(['id', 'value', 'unit', 'period', 'source'].includes(name) ? { constraints: { required: true } } : {}) })),
  primaryKey: 'id',
  missingValues: [''],
};

/** Builds the package into `outDir` and returns its descriptor. */
export async function buildDataPackage(outDir = join(root, 'dist', 'data')) {
  const { toBibtex } = await import(pathToFileURL(join(root, 'build', 'src', 'cite', 'bibtex.js')).href);
  const meta = read('data/meta.json');
  const sources = read('data/sources.json');
  const figures = readdirSync(join(root, 'data', 'figures')).sort().flatMap((file) => read(`data/figures/${file}`));
  const byId = new Map(figures.map((f) => [f.id, f]));
  const tables = read('data/tables.json');
  const conflicts = read('data/conflicts.json');
  mkdirSync(join(outDir, 'tables'), { recursive: true });

  const write = (path, text) => writeFileSync(join(outDir, path), text);
  write('figures.csv', toCsv(figures));
  for (const table of tables) write(`tables/${table.id}.csv`, toCsv(table.figures.map((id) => byId.get(id))));
  const conflictRows = conflicts.flatMap((c) => c.figures.map((id) => [c.id, id, c.measure.en, c.explanation.en].map(csvField).join(',')));
  write('conflicts.csv', `conflict,figure_id,measure_en,explanation_en\r\n${conflictRows.join('\r\n')}\r\n`);
  const csl = sources.map(({ custom, ...item }) => item);
  write('sources.json', `${JSON.stringify(csl, null, 2)}\n`);
  write('sources.bib', `${sources.map(toBibtex).join('\n\n')}\n`);

  const tabular = (name, path, title, description, tableSchema = schema) => ({
    name, path, title, description, profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: tableSchema,
  });
  const descriptor = {
    profile: 'data-package',
    name: 'cifras',
    title: 'Cifras: crime, militarisation and violence in Mexico, with sources',
    description: 'Every figure carries its source document, locator and verbatim evidence, or its arithmetic when derived. Where documents disagree every figure is kept and grouped in conflicts.csv.',
    version: meta.version,
    created: `${meta.released}T00:00:00Z`,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    sources: sources.filter((s) => s.custom?.kind === 'document').map((s) => ({ title: s.title, ...(s.URL ? { path: s.URL } : {}) })),
    resources: [
      tabular('figures', 'figures.csv', 'All figures', 'Every figure in the dataset.'),
      ...tables.map((t) => tabular(t.id, `tables/${t.id}.csv`, t.title.en, t.notes?.en ?? t.title.en)),
      tabular('conflicts', 'conflicts.csv', 'Where sources disagree', 'Groups of figures that give different numbers for the same thing.', {
        fields: [['conflict', 'Conflict id'], ['figure_id', 'Figure in the group'], ['measure_en', 'What is measured'], ['explanation_en', 'Which source says what']]
          .map(([name, description]) => ({ name, type: 'string', description })),
      }),
      { name: 'sources-csl', path: 'sources.json', title: 'Sources (CSL-JSON)', format: 'json', mediatype: 'application/vnd.citationstyles.csl+json', profile: 'data-resource' },
      { name: 'sources-bibtex', path: 'sources.bib', title: 'Sources (BibTeX)', format: 'bib', mediatype: 'application/x-bibtex', profile: 'data-resource' },
    ],
  };
  write('datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`);
  write('README.md', readme(meta, tables, figures.length, 'en'));
  write('LEEME.md', readme(meta, tables, figures.length, 'es'));
  return descriptor;
}

function readme(meta, tables, count, lang) {
  const en = lang === 'en';
  return `# ${en ? 'Cifras dataset' : 'Conjunto de datos Cifras'} ${meta.version}

${en
    ? `${count} figures on crime, militarisation and violence in Mexico, each with its source document, the place in it (section, footnote, page) and the verbatim words that state it — or, for a derived figure, its arithmetic. Where documents disagree, every figure is kept; \`conflicts.csv\` groups them.`
    : `${count} cifras sobre delito, militarización y violencia en México, cada una con su documento fuente, su ubicación (sección, nota, página) y las palabras textuales que la afirman —o, si es un cálculo, su aritmética—. Donde los documentos no coinciden se conservan todas las cifras; \`conflicts.csv\` las agrupa.`}

- \`datapackage.json\`: ${en ? 'the Frictionless Data Package descriptor (fields and types of every file)' : 'el descriptor Frictionless Data Package (campos y tipos de cada archivo)'}
- \`figures.csv\`: ${en ? 'every figure' : 'todas las cifras'}
- \`tables/*.csv\`: ${en ? 'the figures of each chart table' : 'las cifras de cada tabla'} (${tables.length})
- \`sources.json\` (CSL-JSON), \`sources.bib\` (BibTeX): ${en ? 'the documents and the primary sources they cite' : 'los documentos y las fuentes primarias que citan'}

${en ? 'Cite the document each figure names, and this dataset' : 'Cite el documento que indica cada cifra, y este conjunto de datos'}: Cifras ${meta.version} (${meta.released}).
`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const descriptor = await buildDataPackage();
  console.log(`dist/data: ${descriptor.resources.length} resources`);
}
