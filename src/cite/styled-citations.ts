// Formats citations with citeproc-js and the official CSL styles. Loaded lazily,
// only when a reader opens a chart's "Cite" panel.
import CSL from 'citeproc';
import apa from './csl/apa.json';
import chicago from './csl/chicago-author-date.json';
import mla from './csl/modern-language-association.json';
import enUS from './csl/locales-en-US.json';
import esMX from './csl/locales-es-MX.json';
import type { Source } from '../data/types.js';

export type CitationStyle = 'apa' | 'chicago-author-date' | 'modern-language-association';
type Compact = { n: string; a?: Record<string, string>; c?: (Compact | string)[] };
type Expanded = { name: string; attrs: Record<string, string>; children: (Expanded | string)[] };

const STYLES: Record<CitationStyle, Compact> = { apa, 'chicago-author-date': chicago, 'modern-language-association': mla } as Record<CitationStyle, Compact>;
const LOCALES: Record<string, Compact> = { 'en-US': enUS as Compact, 'es-MX': esMX as Compact };

/**
 * Terms the official es-MX locale leaves in English (as of its 2022 update), in the words of
 * the APA's Spanish edition and Mexican usage: "[Conjunto de datos]", not "[Dataset]".
 */
const ES_MX_TERMS: Record<string, string> = {
  dataset: 'conjunto de datos', report: 'informe', document: 'documento', webpage: 'página web',
  'working-paper': 'documento de trabajo', 'article-journal': 'artículo de revista', 'article-newspaper': 'artículo de periódico',
  'post-weblog': 'entrada de blog', 'no-publisher': 'sin editorial', 'no-place': 'sin lugar', 'original-work-published': 'obra original publicada',
};

/** The locale's tree, with the es-MX terms above in place of its English ones. */
function localeTree(lang: string): Expanded {
  const tree = expand(LOCALES[lang] ?? LOCALES['en-US']);
  if (lang !== 'es-MX') return tree;
  const visit = (node: Expanded) => {
    const term = ES_MX_TERMS[node.attrs.name];
    if (node.name === 'term' && term && !node.attrs.form && node.children.length === 1 && typeof node.children[0] === 'string') node.children = [term];
    for (const child of node.children) if (typeof child !== 'string') visit(child);
  };
  visit(tree);
  return tree;
}

/** The compact JSON form of a CSL file, back to the tree citeproc-js reads. */
export function expand(node: Compact): Expanded {
  return {
    name: node.n,
    attrs: node.a ?? {},
    children: node.c ? node.c.map((c) => (typeof c === 'string' ? c : expand(c))) : node.n === 'term' ? [''] : [],
  };
}

/** A run of citation text; `italic` runs are titles. */
export interface CitationRun {
  text: string;
  italic?: boolean;
}

// Private-use characters mark italics in citeproc's plain-text output, so no
// HTML ever needs parsing (which a strict Trusted Types policy would forbid).
const ITALIC_START = '\uE000';
const ITALIC_END = '\uE001';
const FORMAT = 'cifras-runs';

function registerFormat(): void {
  const formats = (CSL as unknown as { Output: { Formats: Record<string, Record<string, unknown>> } }).Output.Formats;
  if (formats[FORMAT]) return;
  const format = { ...formats.text };
  format['@font-style/italic'] = (_state: unknown, text: string) => `${ITALIC_START}${text}${ITALIC_END}`;
  format['@font-style/oblique'] = format['@font-style/italic'];
  formats[FORMAT] = format;
}

/** Splits marked text into runs. */
export function toRuns(marked: string): CitationRun[] {
  return marked.split(/(\uE000[^\uE001]*\uE001)/).filter(Boolean).map((part) => (part.startsWith(ITALIC_START)
    ? { text: part.slice(1, -1), italic: true }
    : { text: part }));
}

/** Bibliography entries for the items in a style and locale, in the style's order or the given order. */
export function formatBibliography(items: Source[], style: CitationStyle, locale: 'en-US' | 'es-MX'): CitationRun[][] {
  registerFormat();
  const sys = {
    retrieveLocale: localeTree,
    retrieveItem: (id: string) => items.find((item) => item.id === id),
  };
  const engine = new CSL.Engine(sys, expand(STYLES[style]), locale, true);
  engine.setOutputFormat(FORMAT);
  engine.updateItems(items.map((item) => item.id));
  const [meta, entries] = engine.makeBibliography() as [{ entry_ids: string[][] }, string[]];
  const byId = new Map(meta.entry_ids.map(([id], i) => [id, entries[i]]));
  return items.map((item) => toRuns((byId.get(item.id) ?? '').trim()));
}
