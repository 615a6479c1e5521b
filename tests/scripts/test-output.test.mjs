// `npm test` says each thing once: Lit's dev-mode notice and the missing
// documents of the evidence check, and it names the browser tests skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countingReporter } from '../../scripts/counting-reporter.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the browser runner shows Lit\'s dev-mode notice with the first test file only, and every other log', async () => {
  const { default: config } = await import('../../web-test-runner.config.mjs');
  const notice = { type: 'warn', args: ['Lit is in dev mode. Not recommended for production! See https://lit.dev/msg/dev-mode for more information.'] };
  const shown = [notice, notice, notice].map((log) => config.filterBrowserLogs(log));
  assert.deepEqual(shown, [true, false, false]);
  assert.equal(config.filterBrowserLogs({ type: 'warn', args: ['[cifras] <cifras-value>: Unknown figure id "x".'] }), true);
});

test('the counting reporter names each skipped browser test, by browser and file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cifras-summary-'));
  try {
    const file = join(dir, 'summary.json');
    const session = (browser, skipped) => ({
      browser: { name: browser },
      testFile: `${root}tests/components/print-and-metadata.test.ts`,
      passed: true,
      testResults: { name: '', tests: [], suites: [{ name: 'print', suites: [], tests: [{ name: 'draws every chart', passed: !skipped, skipped }, { name: 'keeps colours', passed: true, skipped: false }] }] },
    });
    countingReporter(file).onTestRunFinished({ sessions: [session('Chrome', false), session('Firefox', true)] });
    const summary = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(summary.skipped, 1);
    assert.equal(summary.passed, 3);
    assert.deepEqual(summary.skippedTests, { Chrome: [], Firefox: ['tests/components/print-and-metadata.test.ts › print › draws every chart'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without the source documents, the dataset tests say "evidence not compared" once, naming where they looked', () => {
  // Without NODE_TEST_CONTEXT, which would have the child report to this runner instead of printing.
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', 'tests/data/dataset-validation.test.mjs'], {
    cwd: root, encoding: 'utf8', env: { ...env, CIFRAS_SEEDS: join(tmpdir(), 'no-such-seeds') },
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const notes = run.stdout.match(/evidence not compared[^\n]*/g) ?? [];
  assert.equal(notes.length, 1, notes.join('\n'));
  assert.match(notes[0], /no-such-seeds.*CIFRAS_SEEDS/);
});

test('CI runs exactly `npm test`, with CI=true, and then `npm test` holds the gallery to its Lighthouse budget as one counted test', () => {
  const ci = readFileSync(join(root, '.ci/run'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
  assert.equal(ci.at(-1), 'npm test');
  assert.ok(ci.includes('export CI=true'), '.ci/run sets CI=true');
  const script = readFileSync(join(root, 'scripts/test.mjs'), 'utf8');
  assert.match(script, /process\.env\.CI === 'true'/);
  // Run with the repository's own script, counted in the closing line either way.
  assert.match(script, /run\(process\.execPath, \[join\('scripts', 'lighthouse\.mjs'\)\]\)\.status === 0\) totals\.passed\+\+;\s*else \{ ok = false; totals\.failed\+\+; \}/);
  const lighthouse = readFileSync(join(root, 'scripts/lighthouse.mjs'), 'utf8');
  assert.match(lighthouse, /const MIN_PERFORMANCE = 90;/);
  // As root on a clean machine: Chromium without its sandbox, a free port of 127.0.0.1.
  assert.match(lighthouse, /CHROMIUM_FLAGS/);
  assert.match(lighthouse, /listen\(0, '127\.0\.0\.1'/);
});
