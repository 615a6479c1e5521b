// A web-test-runner reporter that writes how many tests passed, failed and were
// skipped, and the names of the skipped ones by browser, so `npm test` can print
// one closing line for every runner together.
import { writeFileSync } from 'node:fs';

function count(suite, totals, skipped, path) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) {
      totals.skipped++;
      skipped.push([...path, test.name].join(' › '));
    } else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals, skipped, [...path, child.name]);
}

export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0, skippedTests: {} };
      for (const session of sessions) {
        const skipped = (totals.skippedTests[session.browser.name] ??= []);
        count(session.testResults, totals, skipped, [session.testFile.replace(/^.*?\/tests\//, 'tests/')]);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors++;
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
