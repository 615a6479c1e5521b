import type { CslName, Source } from '../data/types.js';

const BIBTEX_TYPE: Record<string, string> = {
  report: 'techreport', 'article-magazine': 'article', 'article-journal': 'article', 'article-newspaper': 'article',
  article: 'online', webpage: 'online', dataset: 'misc', book: 'book', legislation: 'misc',
};

const escapeBibtex = (text: string) => text.replace(/([{}&%$#_])/g, '\\$1');

function names(list: CslName[] | undefined): string | undefined {
  if (!list?.length) return undefined;
  // A literal (corporate) name is braced so BibTeX keeps it whole.
  return list.map((n) => (n.literal ? `{${escapeBibtex(n.literal)}}` : `${escapeBibtex(n.family ?? '')}, ${escapeBibtex(n.given ?? '')}`)).join(' and ');
}

/** One CSL-JSON item as a BibTeX entry; the key is the item's id. */
export function toBibtex(item: Source): string {
  const year = item.issued?.['date-parts']?.[0]?.[0];
  const fields: [string, string | number | undefined][] = [
    ['author', names(item.author)],
    ['translator', names(item.translator)],
    ['title', `{${escapeBibtex(item.title)}}`],
    [item.type === 'report' ? 'institution' : 'publisher', item.publisher ? escapeBibtex(item.publisher) : undefined],
    ['journal', item['container-title'] ? escapeBibtex(item['container-title']) : undefined],
    ['series', item['collection-title'] ? escapeBibtex(item['collection-title']) : undefined],
    ['year', year],
    ['version', (item as Source & { version?: string }).version],
    ['url', item.URL],
    ['note', item.note ? escapeBibtex(item.note) : undefined],
  ];
  const body = fields.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@${BIBTEX_TYPE[item.type] ?? 'misc'}{${item.id},\n${body}\n}`;
}

const RIS_TYPE: Record<string, string> = {
  report: 'RPRT', 'article-magazine': 'MGZN', 'article-journal': 'JOUR', 'article-newspaper': 'NEWS',
  article: 'ELEC', webpage: 'ELEC', dataset: 'DATA', book: 'BOOK', legislation: 'STAT',
};

/** One CSL-JSON item as a RIS record. */
export function toRis(item: Source): string {
  const year = item.issued?.['date-parts']?.[0];
  const lines: [string, string | undefined][] = [
    ['TY', RIS_TYPE[item.type] ?? 'GEN'],
    ...(item.author ?? []).map((n): [string, string] => ['AU', n.literal ?? [n.family, n.given].filter(Boolean).join(', ')]),
    ['TI', item.title],
    ['T2', item['container-title']],
    ['T3', item['collection-title']],
    ['PB', item.publisher],
    ['PY', year?.[0] !== undefined ? String(year[0]) : undefined],
    ['DA', year?.length ? year.map((p) => String(p).padStart(2, '0')).join('/') : undefined],
    ['ET', (item as Source & { version?: string }).version],
    ['UR', item.URL],
    ['N1', item.note],
    ['ID', item.id],
  ];
  return [...lines.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}  - ${v}`), 'ER  - '].join('\n');
}
