#!/usr/bin/env node
// `npm test`: builds, lints and type-checks (scripts/lint.mjs), runs the Node
// tests (dataset validation) and the browser tests (web-test-runner in Chromium
// and Firefox ESR), then, in CI (CI=true) or when asked (CIFRAS_LIGHTHOUSE=1),
// the gallery's Lighthouse budget (scripts/lighthouse.mjs); names the skipped
// browser tests and prints one closing line `N passed, N failed, N skipped` for
// all of them, the Lighthouse check counted as one test.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowsers, canAptInstall, DEBIAN_PACKAGES } from './browsers.mjs';
import { loadDocuments, loadDataset, seedsDirectory } from './lib/check-dataset.mjs';

const run = (command, args, options = {}) => spawnSync(command, args, { stdio: 'inherit', ...options });
const bin = (name) => join('node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function ensureBrowsers() {
  let found = findBrowsers();
  const missing = Object.keys(DEBIAN_PACKAGES).filter((name) => !found[name]).map((name) => DEBIAN_PACKAGES[name]);
  if (missing.length === 0) return found;
  if (canAptInstall()) {
    console.log(`Browsers missing; installing Debian packages: ${missing.join(' ')} (apt-get update && apt-get install -y ${missing.join(' ')})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
    found = findBrowsers();
  }
  if (!found.chromium && !found.firefox) {
    console.error(`No browser found for the tests. Install one with:\n  sudo apt-get install -y ${Object.values(DEBIAN_PACKAGES).join(' ')}\n(or set CHROMIUM_PATH / FIREFOX_PATH to a browser binary).`);
    process.exit(1);
  }
  for (const name of Object.keys(DEBIAN_PACKAGES)) if (!found[name]) console.warn(`Note: ${name} not found; its browser tests will not run.`);
  return found;
}

function findTests(dir, suffix) {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(suffix)).map((f) => join(dir, f)).sort();
}

ensureBrowsers();

console.log('\n== Build (the package, data export and demo tests read dist/), then type check and lint (npm run lint)');
if (run('npm', ['run', 'build', '--silent']).status !== 0) { ok = false; totals.failed++; }
if (run(process.execPath, [join('scripts', 'lint.mjs')]).status !== 0) { ok = false; totals.failed++; }

// The verbatim evidence check reads the source documents, which are not in the repository.
const seeds = seedsDirectory();
const documents = loadDocuments(loadDataset().sources, seeds);
console.log(documents
  ? `\nEvidence is compared verbatim with the source documents in ${seeds} ($CIFRAS_SEEDS, by default ../shared/seeds beside the repository).`
  : `\nNo source documents in ${seeds}: evidence is not compared with them (the test says skipped). Set CIFRAS_SEEDS to their directory.`);

console.log('\n== Node tests');
const tap = join('node_modules', '.cache', 'cifras-node-tests.tap');
run('mkdir', ['-p', join('node_modules', '.cache')]);
const nodeTests = findTests('tests', '.test.mjs');
const nodeRun = run(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...nodeTests]);
if (nodeRun.status !== 0) ok = false;
const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
for (const [key, word] of [['passed', 'pass'], ['failed', 'fail'], ['skipped', 'skipped']]) {
  totals[key] += Number(tapText.match(new RegExp(`^# ${word} (\\d+)$`, 'm'))?.[1] ?? 0);
}

console.log('\n== Browser tests');
rmSync('.wtr-summary.json', { force: true });
const browserRun = run(bin('web-test-runner'), ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)]);
if (browserRun.status !== 0) ok = false;
if (existsSync('.wtr-summary.json')) {
  const summary = JSON.parse(readFileSync('.wtr-summary.json', 'utf8'));
  totals.passed += summary.passed;
  totals.failed += summary.failed + summary.fileErrors;
  totals.skipped += summary.skipped;
  for (const [browser, names] of Object.entries(summary.skippedTests ?? {})) {
    if (names.length) console.log(`\nSkipped in ${browser} (${names.length}):\n${names.map((name) => `  - ${name}`).join('\n')}`);
  }
} else {
  totals.failed++;
}

// Lighthouse last, on a machine with nothing else to do: its performance score is a timing.
const lighthouse = process.env.CI === 'true' || process.env.CIFRAS_LIGHTHOUSE === '1';
if (lighthouse) {
  console.log('\n== Lighthouse on the gallery (mobile: performance at least 90, layout shift 0)');
  if (run(process.execPath, [join('scripts', 'lighthouse.mjs')]).status === 0) totals.passed++;
  else { ok = false; totals.failed++; }
} else {
  totals.skipped++;
  console.log('\nLighthouse on the gallery: skipped (it runs in CI; CIFRAS_LIGHTHOUSE=1 npm test runs it here, or npm run lighthouse).');
}
if (!ok && totals.failed === 0) totals.failed = 1;

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
