#!/usr/bin/env node
// Usage: node scripts/check-figures.mjs [data/figures/FILE.json …]
// Checks the whole dataset and prints the problems (only those of the named files, if any).
import { basename } from 'node:path';
import { loadDataset, loadDocuments, seedsDirectory, checkDataset } from './lib/check-dataset.mjs';

const dataset = loadDataset();
const dir = seedsDirectory();
const documents = loadDocuments(dataset.sources, dir);
if (!documents) console.warn(`Source documents not found in ${dir}: evidence is not compared with them.`);
const only = new Set(process.argv.slice(2).map((f) => basename(f)));
const files = new Map(dataset.figures.map((f) => [f.id, f.file]));
const problems = checkDataset(dataset, documents).filter((p) => only.size === 0 || only.has(files.get(p.id)));
for (const p of problems) console.log(`${files.get(p.id) ?? ''} ${p.id}: ${p.message}`);
console.log(problems.length ? `${problems.length} problem(s)` : `no problems (${dataset.figures.length} figures checked)`);
process.exitCode = problems.length ? 1 : 0;
