import type { CslName, Source } from '../data/types.js';

const BIBTEX_TYPE: Record<string, string> = {
  report: 'techreport', 'article-magazine': 'article', 'article-journal': 'article', 'article-newspaper': 'article',
  article: 'online', webpage: 'online', dataset: 'misc', book: 'book', legislation: 'misc',
};

/** Line breaks, tabs and other control characters: one space, so no field runs onto lines of its own. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ');

const LATEX: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };

/** Text as a BibTeX field's content: TeX's specials escaped, so no brace can close the field or the entry. */
const escapeBibtex = (text: string) => oneLine(text).replace(/[\\~^{}&%$#_]/g, (c) => LATEX[c] ?? `\\${c}`);

/** A URL as a BibTeX url field (verbatim): what could end the field or break the address is percent-encoded. */
const bibtexUrl = (url: string) => url.replace(/[\u0000-\u0020\u007F-\u009F{}\\"<>`^|]|%(?![0-9A-Fa-f]{2})/g, encodeURIComponent);

/** An entry key BibTeX accepts: letters, digits and - _ : . / + only. */
const bibtexKey = (id: string) => id.replace(/[^\p{L}\p{N}_:./+-]/gu, '-') || 'entry';

function names(list: CslName[] | undefined): string | undefined {
  if (!list?.length) return undefined;
  // A literal (corporate) name is braced so BibTeX keeps it whole.
  return list.map((n) => (n.literal ? `{${escapeBibtex(n.literal)}}` : `${escapeBibtex(n.family ?? '')}, ${escapeBibtex(n.given ?? '')}`)).join(' and ');
}

/** One CSL-JSON item as a BibTeX entry; the key is the item's id, with what a key cannot hold as "-". Every field is escaped. */
export function toBibtex(item: Source): string {
  const year = item.issued?.['date-parts']?.[0]?.[0];
  const { version } = item as Source & { version?: string };
  const fields: [string, string | number | undefined][] = [
    ['author', names(item.author)],
    ['translator', names(item.translator)],
    ['title', `{${escapeBibtex(item.title)}}`],
    [item.type === 'report' ? 'institution' : 'publisher', item.publisher ? escapeBibtex(item.publisher) : undefined],
    ['journal', item['container-title'] ? escapeBibtex(item['container-title']) : undefined],
    ['series', item['collection-title'] ? escapeBibtex(item['collection-title']) : undefined],
    ['year', Number.isInteger(year) ? year : undefined],
    ['version', version === undefined ? undefined : escapeBibtex(String(version))],
    ['url', item.URL ? bibtexUrl(item.URL) : undefined],
    ['note', item.note ? escapeBibtex(item.note) : undefined],
  ];
  const body = fields.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@${BIBTEX_TYPE[item.type] ?? 'misc'}{${bibtexKey(item.id)},\n${body}\n}`;
}

const RIS_TYPE: Record<string, string> = {
  report: 'RPRT', 'article-magazine': 'MGZN', 'article-journal': 'JOUR', 'article-newspaper': 'NEWS',
  article: 'ELEC', webpage: 'ELEC', dataset: 'DATA', book: 'BOOK', legislation: 'STAT',
};

/**
 * Text as a RIS field: one line, and runs of spaces as one, so nothing in it reads as a tag ("TY  - "
 * takes two spaces), whatever a reader's parser looks for.
 */
const risField = (text: string) => text.replace(/[\u0000-\u0020\u007F-\u009F\u2028\u2029]+/g, ' ').trim();

/** One CSL-JSON item as a RIS record: every field on its one line, so no text can start a tag or a record. */
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
    ['ET', (item as Source & { version?: string }).version?.toString()],
    ['UR', item.URL],
    ['N1', item.note],
    ['ID', item.id],
  ];
  return [...lines.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}  - ${risField(v!)}`), 'ER  - '].join('\n');
}
