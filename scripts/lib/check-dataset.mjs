// Checks the bundled dataset against its rules (data/FIGURE-FORMAT.md) and, when
// the source documents are at hand, against the documents themselves.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluateFormula, formulaNames } from './formula.mjs';
import { normalizeText, statesValue, wordCount } from './evidence.mjs';

export const UNITS = ['count', 'percent', 'percentage-points', 'per-100k', 'mxn', 'usd', 'times', 'kg', 'tonnes', 'litres', 'years'];
export const QUALIFIERS = ['exact', 'approx', 'at-least', 'at-most'];
const ID = /^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;
const DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const PERIOD = new RegExp(`^${DATE}(/${DATE})?$`);
const GEOGRAPHY = /^(MX|US|MX-[A-Z]{3}|MX-other)$/;
const MAX_EVIDENCE_WORDS = 30;

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Reads data/ into one object. Figures come from every file in data/figures/. */
export function loadDataset(root = resolve(import.meta.dirname, '../..')) {
  const data = join(root, 'data');
  const figureFiles = readdirSync(join(data, 'figures')).filter((f) => f.endsWith('.json')).sort();
  const figures = figureFiles.flatMap((file) => readJson(join(data, 'figures', file)).map((f) => ({ ...f, file })));
  let sources = readJson(join(data, 'sources.json'));
  const staging = join(data, '_staging');
  if (existsSync(staging)) {
    for (const file of readdirSync(staging).filter((f) => f.endsWith('.json'))) sources = sources.concat(readJson(join(staging, file)));
  }
  const optional = (name) => (existsSync(join(data, name)) ? readJson(join(data, name)) : []);
  return { sources, figures, tables: optional('tables.json'), conflicts: optional('conflicts.json') };
}

/** Where the source documents are: $CIFRAS_SEEDS, else ../shared/seeds beside the repo. */
export function seedsDirectory(root = resolve(import.meta.dirname, '../..')) {
  return resolve(process.env.CIFRAS_SEEDS ?? join(root, '..', 'shared', 'seeds'));
}

/** Normalised text of each document, keyed by source id, or null when absent. */
export function loadDocuments(sources, dir) {
  const documents = {};
  for (const source of sources.filter((s) => s.custom?.seed)) {
    const path = join(dir, source.custom.seed);
    if (!existsSync(path)) return null;
    documents[source.id] = normalizeText(readFileSync(path, 'utf8'));
  }
  return documents;
}

function bilingual(value) {
  return value && typeof value.en === 'string' && value.en.trim() && typeof value.es === 'string' && value.es.trim();
}

/**
 * Every problem with the dataset, as { id, message }. `documents` may be null,
 * in which case the evidence checks are not made (the caller says so).
 */
export function checkDataset({ sources, figures, tables, conflicts }, documents) {
  const problems = [];
  const report = (id, message) => problems.push({ id, message });
  const sourceIds = new Set(sources.map((s) => s.id));
  const byId = new Map();

  for (const s of sources) {
    if (!s.id || !s.type || !s.title) report(s.id ?? '(source)', 'source needs id, type and title (CSL-JSON)');
  }
  if (sourceIds.size !== sources.length) report('(sources)', 'duplicate source ids');

  for (const f of figures) {
    const id = f.id ?? '(figure without id)';
    if (byId.has(id)) report(id, `duplicate id (also in ${byId.get(id).file})`);
    byId.set(id, f);
  }

  for (const f of figures) {
    const id = f.id ?? '(figure without id)';
    if (!ID.test(id)) report(id, 'id must be "<doc-key>.<kebab-slug>[.<part>]" in lowercase ascii');
    if (typeof f.value !== 'number' || !Number.isFinite(f.value)) report(id, 'value must be a finite number');
    if (!UNITS.includes(f.unit)) report(id, `unit "${f.unit}" is not one of ${UNITS.join(', ')}`);
    if (f.qualifier !== undefined && !QUALIFIERS.includes(f.qualifier)) report(id, `qualifier "${f.qualifier}" is not one of ${QUALIFIERS.join(', ')}`);
    if (!bilingual(f.measure)) report(id, 'measure needs non-empty en and es');
    for (const key of ['label', 'notes']) if (f[key] !== undefined && !bilingual(f[key])) report(id, `${key} needs non-empty en and es`);
    // Labels sit beside dates the charts format themselves: months as Intl writes them ("dic 2023", "Dec 2023").
    if (/\b(ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\.\s/i.test(f.label?.es ?? '')) report(id, `label "${f.label.es}" abbreviates a month with a point; es-MX writes "dic 2023"`);
    // The charts print a figure's note after "Note:" / "Nota:"; one that starts "Footnote 3" reads "Nota: Nota al pie 3".
    for (const lang of ['en', 'es']) if (/^(foot)?notes?\b|^nota\b/i.test(f.notes?.[lang] ?? '')) report(id, `notes.${lang} starts with "${f.notes[lang].split(' ').slice(0, 3).join(' ')}", after the charts' own "Note:"`);
    if (typeof f.period !== 'string' || !PERIOD.test(f.period)) report(id, `period "${f.period}" is not YYYY[-MM[-DD]] or an interval of those`);
    if (typeof f.geography !== 'string' || !GEOGRAPHY.test(f.geography)) report(id, `geography "${f.geography}" is not MX, US, MX-XXX or MX-other`);
    const source = sources.find((s) => s.id === f.source);
    if (!source) report(id, `source "${f.source}" is not in data/sources.json`);
    else if (source.custom?.kind !== 'document') report(id, `source "${f.source}" is not one of the five documents`);
    if (f.primarySource !== undefined && f.primarySource !== null && !sourceIds.has(f.primarySource)) report(id, `primarySource "${f.primarySource}" is not a known source`);

    if (f.derived) {
      if (f.evidence !== undefined) report(id, 'a derived figure has derived instead of evidence, not both');
      checkDerived(f, byId, report);
    } else {
      if (typeof f.evidence !== 'string' || !f.evidence.trim()) { report(id, 'evidence is missing'); continue; }
      if (![f.locator?.section, f.locator?.paragraph].some((place) => typeof place === 'string' && place.trim())) report(id, 'locator has no section or paragraph');
      if (wordCount(f.evidence) > MAX_EVIDENCE_WORDS) report(id, `evidence has ${wordCount(f.evidence)} words; the limit is ${MAX_EVIDENCE_WORDS}`);
      if (typeof f.value === 'number' && !statesValue(f.evidence, f.value)) report(id, `value ${f.value} is not a number stated in the evidence`);
      if (documents && documents[f.source] !== undefined && !documents[f.source].includes(normalizeText(f.evidence))) {
        report(id, `evidence does not occur verbatim in ${f.source}: "${f.evidence}"`);
      }
    }
  }

  for (const t of tables) {
    if (!t.id || !bilingual(t.title)) report(t.id ?? '(table)', 'table needs id and a title in en and es');
    if (t.notes !== undefined && !bilingual(t.notes)) report(t.id, 'table notes need en and es');
    if (!Array.isArray(t.figures) || t.figures.length === 0) report(t.id, 'table lists no figures');
    for (const ref of t.figures ?? []) if (!byId.has(ref)) report(t.id, `table refers to unknown figure "${ref}"`);
    for (const clash of sameBarNames(t, byId)) report(t.id, `figures ${clash.join(', ')} would have the same name in one panel of the table's chart: give them labels`);
  }
  for (const c of conflicts) {
    if (!c.id || !bilingual(c.measure) || !bilingual(c.explanation)) report(c.id ?? '(conflict)', 'conflict needs id, measure and explanation in en and es');
    if (!Array.isArray(c.figures) || c.figures.length < 2) report(c.id, 'a conflict groups at least two figures');
    for (const ref of c.figures ?? []) if (!byId.has(ref)) report(c.id, `conflict refers to unknown figure "${ref}"`);
    const values = new Set((c.figures ?? []).map((ref) => byId.get(ref)?.value));
    if (values.size < 2) report(c.id, 'a conflict groups figures that differ; these all have one value');
  }
  return problems;
}

/**
 * Figures of a table that <cifras-table-chart> would name alike in one panel (one unit):
 * by label, else by period and place, with the source where the table has several.
 */
function sameBarNames(table, byId) {
  const figures = (table.figures ?? []).map((ref) => byId.get(ref)).filter(Boolean);
  const sources = new Set(figures.map((f) => f.source)).size;
  const names = new Map();
  for (const f of figures) {
    const name = [f.unit, f.label?.en ?? `${f.period} · ${f.geography}`, sources > 1 ? f.source : ''].join('|');
    names.set(name, [...(names.get(name) ?? []), f.id]);
  }
  return [...names.values()].filter((ids) => ids.length > 1);
}

function checkDerived(f, byId, report) {
  const { formula, inputs, decimals, note } = f.derived;
  if (typeof formula !== 'string' || typeof inputs !== 'object' || inputs === null) { report(f.id, 'derived needs formula and inputs'); return; }
  if (!Number.isInteger(decimals) || decimals < 0) report(f.id, 'derived.decimals must be a whole number >= 0');
  if (note !== undefined && !bilingual(note)) report(f.id, 'derived.note needs en and es');
  // Readers see the formula worked out beside the note ("Derived: 80 ÷ 2,469 × 100 ≈ 3.2%."), so a note that
  // works it out again says it twice; it gives what the formula cannot: the reading, an assumption, the document's own figure.
  for (const lang of ['en', 'es']) {
    if (/\d\s*[÷×+−*/]\s*\(?\d/.test(note?.[lang] ?? '')) report(f.id, `derived.note.${lang} repeats the arithmetic the formula already shows`);
  }
  const vars = {};
  for (const [name, ref] of Object.entries(inputs)) {
    const input = byId.get(ref);
    if (!input) { report(f.id, `derived input "${name}" refers to unknown figure "${ref}"`); return; }
    vars[name] = input.value;
  }
  // "About 100,000 of 133,000" is about 75%, not 75.2%: a rounded input allows no decimal places.
  const rounded = Object.values(inputs).find((ref) => byId.get(ref).qualifier === 'approx');
  if (rounded && decimals > 0) report(f.id, `derived from "${rounded}", an approximate figure, so it keeps no decimals (decimals: 0)`);
  for (const name of formulaNames(formula)) if (!(name in inputs)) { report(f.id, `formula uses "${name}", which is not among its inputs`); return; }
  let result;
  try { result = evaluateFormula(formula, vars); } catch (error) { report(f.id, error.message); return; }
  const tolerance = 0.5 * 10 ** -(decimals ?? 0) + 1e-9;
  if (!(Math.abs(result - f.value) <= tolerance)) report(f.id, `formula gives ${result}, which does not round to the value ${f.value} at ${decimals} decimals`);
}
