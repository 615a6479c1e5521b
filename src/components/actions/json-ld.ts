import { warnOnce } from '../frame/warn.js';
import type { FootnoteSet } from '../../chart/footnotes.js';
import type { Lang } from '../../chart/locale.js';
import type { Catalog } from '../../data/lookup.js';
import type { Figure } from '../../data/types.js';
import { chartJsonLd } from '../../cite/json-ld.js';

type ScriptPolicy = { createScript(text: string): unknown };
/** null: the browser has no Trusted Types; false: the page refused the policy. */
let policy: ScriptPolicy | null | false | undefined;

/**
 * A Trusted Types policy for writing JSON-LD, on pages that enforce Trusted
 * Types. JSON.stringify output cannot run, but the page's CSP must allow a
 * policy named "cifras" (or allow any); if it does not, JSON-LD is skipped.
 */
function scriptPolicy(): ScriptPolicy | null | false {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScript(s: string): string }): ScriptPolicy } }).trustedTypes;
  try {
    policy = factory ? factory.createPolicy('cifras', { createScript: (text) => text }) : null;
  } catch {
    policy = false;
    warnOnce('JSON-LD is off: this page does not allow a Trusted Types policy named "cifras".');
  }
  return policy;
}

/**
 * Keeps one <script type="application/ld+json"> child in the element's light DOM
 * with `data` (removes it when `data` is undefined), for search engines and
 * fact-checkers. The text comes from JSON.stringify, with "<" escaped.
 */
export function syncJsonLd(host: HTMLElement, data: object | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-cifras]');
  if (!data) { script?.remove(); return; }
  const text = JSON.stringify(data).replace(/</g, '\\u003c');
  if (script?.textContent === text) return;
  const trusted = scriptPolicy();
  // Writing the text without a policy would be blocked, and reported, once for every element.
  if (trusted === false) { script?.remove(); return; }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.cifras = '';
    host.append(script);
  }
  try {
    (script as unknown as { text: unknown }).text = trusted ? trusted.createScript(text) : text;
  } catch {
    script.remove();
    warnOnce('JSON-LD could not be written on this page (Trusted Types).');
  }
}

export { chartJsonLd, sourcesJsonLd } from '../../cite/json-ld.js';

/** schema.org's inLanguage for each language: Mexican Spanish. */
const IN_LANGUAGE: Record<Lang, string> = { en: 'en', es: 'es-MX' };

/** A chart's JSON-LD, from what it has laid out: its title and summary, the measures it draws and the documents its notes cite. */
export function chartJsonLdOf(chart: { title: string; summary: string; catalog: Catalog; lang: Lang; figures: Figure[]; notes: FootnoteSet }): object {
  return chartJsonLd({
    title: chart.title,
    summary: chart.summary,
    version: chart.catalog.data.version,
    language: IN_LANGUAGE[chart.lang],
    measures: chart.figures.map((f) => f.measure[chart.lang]),
    sources: chart.notes.notes.map((note) => chart.catalog.source(note.sourceId)),
  });
}
