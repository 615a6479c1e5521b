// A web-test-runner command, `svg-snapshot`, for the SVG snapshot tests
// (tests/components/svg-snapshots.test.ts): the browser sends a normalised
// drawing and its name; this compares it with tests/snapshots/NAME.svg.
//   - the same: passes, and removes a NAME-changed.svg left by an earlier run;
//   - different: writes NAME-changed.svg beside it for review, and the test fails;
//   - CIFRAS_UPDATE_FIXTURES=1: overwrites NAME.svg (after a change reviewed on purpose);
//   - no NAME.svg yet: writes it; the test fails in CI (CI=true), passes locally.
// And `svg-snapshot-names`: the names stored, so a test can find stale ones.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const directory = join(root, 'tests', 'snapshots');

/** The first line that differs, 1-based. */
function firstDifference(stored, drawn) {
  const [a, b] = [stored.split('\n'), drawn.split('\n')];
  const index = a.findIndex((line, i) => line !== b[i]);
  const line = index === -1 ? a.length : index;
  return { line: line + 1, stored: a[line] ?? '(end of file)', drawn: b[line] ?? '(end of file)' };
}

export function svgSnapshotsPlugin() {
  return {
    name: 'cifras-svg-snapshots',
    async executeCommand({ command, payload }) {
      if (command === 'svg-snapshot-names') {
        return existsSync(directory) ? readdirSync(directory).filter((file) => /^[\w.-]+(?<!-changed)\.svg$/.test(file)).map((file) => file.slice(0, -4)).sort() : [];
      }
      if (command !== 'svg-snapshot') return undefined;
      const { name, svg } = payload;
      if (!/^[\w.-]+$/.test(name) || typeof svg !== 'string') throw new Error(`svg-snapshot: a name of letters, digits, dots and dashes and an SVG, not ${JSON.stringify(name)}`);
      const stored = join(directory, `${name}.svg`);
      const changed = join(directory, `${name}-changed.svg`);
      const result = { stored: relative(root, stored), changed: relative(root, changed), ci: Boolean(process.env.CI) && process.env.CI !== 'false' };
      mkdirSync(directory, { recursive: true });
      const before = existsSync(stored) ? readFileSync(stored, 'utf8') : undefined;
      if (before === svg) {
        rmSync(changed, { force: true });
        return { ...result, outcome: 'same' };
      }
      if (before === undefined || process.env.CIFRAS_UPDATE_FIXTURES === '1') {
        writeFileSync(stored, svg);
        rmSync(changed, { force: true });
        return { ...result, outcome: before === undefined ? 'created' : 'updated' };
      }
      writeFileSync(changed, svg);
      return { ...result, outcome: 'changed', difference: firstDifference(before, svg) };
    },
  };
}
