import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';

interface AxeResult { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }
declare global { interface Window { axe: { run(context: Element, options?: object): Promise<AxeResult> } } }

/** Runs axe-core (WCAG 2.x A/AA and best practice) and fails on any violation, naming each. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const result = await window.axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { region: { enabled: false } },
  });
  const described = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  expect(described, described.join('\n')).to.deep.equal([]);
}
