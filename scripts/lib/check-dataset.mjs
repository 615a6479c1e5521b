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
// Words that say a figure covers only part of the year it is dated to, or that it is a forecast.
const PART_YEAR = /\b(first (few )?months|first half|so far this year|a principios de|primeros meses)\b/i;
const PROJECTION = /\b(on track to|projected|projection|is expected to reach|forecast)\b/i;

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
    checkTimeClaims(f, report);

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

  checkPlaces(figures, report);

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
    // A count and a rate, or a share and a head count, only look alike: they go in notes, not in one group.
    const units = new Set((c.figures ?? []).map((ref) => byId.get(ref)?.unit).filter(Boolean));
    if (units.size > 1) report(c.id, `a conflict groups figures of one measure; these have units ${[...units].join(', ')}`);
  }
  // A chart shows one disagreement per figure: a figure in two groups would lose one of them.
  const groupOf = new Map();
  for (const c of conflicts) {
    for (const ref of c.figures ?? []) {
      if (groupOf.has(ref)) report(c.id, `figure "${ref}" is already in the conflict group "${groupOf.get(ref)}"`);
      else groupOf.set(ref, c.id);
    }
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

/**
 * What a figure says about time. A projection is the document's own forecast: it names no
 * primary source as if that source had published the number. A figure for part of a year
 * ("the first few months of 2023") is marked `partial`, so no chart reads it as the whole year.
 */
function checkTimeClaims(f, report) {
  const text = [f.evidence, f.label?.en, f.notes?.en].filter(Boolean).join(' ');
  if (PROJECTION.test([f.evidence, f.measure?.en, f.label?.en].join(' ')) && f.projection !== true) report(f.id, 'it reads as a projection: mark the figure "projection": true');
  if (f.projection === true && f.primarySource) report(f.id, `a projection is the document's own estimate; "${f.primarySource}" published no such figure (drop primarySource)`);
  if (/^\d{4}$/.test(f.period ?? '') && PART_YEAR.test(text) && f.partial !== true) report(f.id, `the figure covers part of ${f.period}, stored as the whole year: mark it "partial": true`);
  if (f.partial === true && (!f.label || f.label.en === f.period)) report(f.id, 'a partial figure needs a label that says which part of the period it covers');
}

/**
 * One place, one geography. A figure names its town or municipality in `place` (a local one may
 * name it only in its measure or label, where another figure gives that place); every figure of a place is coded
 * to the same state, whatever slip a document makes.
 */
function checkPlaces(figures, report) {
  const places = [...new Set(figures.map((f) => f.place).filter((p) => typeof p === 'string' && p.trim()))];
  // A national figure may name towns among others ("five municipalities: Tijuana, Juárez…"); a local one names its own.
  const mentions = (f, place) => /^MX-[A-Z]{3}$/.test(f.geography) && new RegExp(`\\b${place}\\b`).test(`${f.measure?.en ?? ''} ${f.label?.en ?? ''}`);
  for (const place of places) {
    const codes = new Map();
    for (const f of figures.filter((g) => g.place === place || (g.place === undefined && mentions(g, place)))) {
      codes.set(f.geography, [...(codes.get(f.geography) ?? []), f.id]);
    }
    if (codes.size < 2) continue;
    const [usual] = [...codes.entries()].sort((a, b) => b[1].length - a[1].length);
    for (const [code, ids] of codes) {
      if (code === usual[0]) continue;
      for (const id of ids) report(id, `geography ${code} contradicts ${usual[1].join(', ')}, which put ${place} in ${usual[0]}`);
    }
  }
}

/**
 * A share of counts divides a part by its whole. The part measures the same thing as the whole
 * (one row of a breakdown) or says it is part of it (`partOf`); "soldiers posing as guards" over
 * "official members" is not "the share of members who are soldiers".
 */
function checkShare(f, byId, report) {
  const match = /^\(?(.+?)\)?\s*\/\s*([A-Za-z_]\w*)\s*\*\s*100$/.exec(f.derived.formula.trim());
  if (f.unit !== 'percent' || !match) return;
  const whole = byId.get(f.derived.inputs[match[2]]);
  if (!whole || whole.unit !== 'count') return;
  for (const name of formulaNames(match[1])) {
    const part = byId.get(f.derived.inputs[name]);
    if (!part || part.id === whole.id || part.unit !== 'count') continue;
    if (part.measure.en !== whole.measure.en && part.partOf !== whole.id) {
      report(f.id, `a share of "${whole.measure.en}" (${whole.id}) whose part "${part.measure.en}" (${part.id}) measures something else: give the part "partOf": "${whole.id}" only if it is counted in that whole`);
    }
  }
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
  checkShare(f, byId, report);
  let result;
  try { result = evaluateFormula(formula, vars); } catch (error) { report(f.id, error.message); return; }
  const tolerance = 0.5 * 10 ** -(decimals ?? 0) + 1e-9;
  if (!(Math.abs(result - f.value) <= tolerance)) report(f.id, `formula gives ${result}, which does not round to the value ${f.value} at ${decimals} decimals`);
}
