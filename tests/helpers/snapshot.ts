import { expect } from '@open-wc/testing';
import { readFile, writeFile } from '@web/test-runner-commands';

declare global { interface Window { CIFRAS_UPDATE_FIXTURES?: boolean } }

/**
 * Compares a value with the reviewed snapshot in tests/fixtures/NAME.json. On a
 * mismatch it writes NAME.actual.json beside it for a reviewer to diff; with
 * CIFRAS_UPDATE_FIXTURES=1 it rewrites the snapshot instead.
 */
export async function expectSnapshot(name: string, actual: unknown): Promise<void> {
  const path = `../fixtures/${name}.json`;
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (window.CIFRAS_UPDATE_FIXTURES) {
    await writeFile({ path, content: text });
    return;
  }
  const stored = await readFile({ path });
  if (stored !== text) await writeFile({ path: `../fixtures/${name}.actual.json`, content: text });
  expect(stored, `tests/fixtures/${name}.json is missing: run with CIFRAS_UPDATE_FIXTURES=1 and review it`).to.be.a('string');
  expect(JSON.parse(text)).to.deep.equal(JSON.parse(stored!));
}
