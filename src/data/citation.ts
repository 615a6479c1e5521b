import type { CslName, Localized, Source } from './types.js';

type Lang = keyof Localized;

function nameText(name: CslName): string {
  return name.literal ?? name.family ?? name.given ?? '';
}

/** "International Crisis Group", "Felbab-Brown", "Shirk & Doe", "Smith et al." */
export function authorLabel(source: Source): string {
  const names = (source.author ?? []).map(nameText).filter(Boolean);
  if (names.length === 0) return source.publisher ?? source.title;
  if (names.length === 1) return names[0];
  if (names.length === 2) return `${names[0]} & ${names[1]}`;
  return `${names[0]} et al.`;
}

/** The name to put on a label: the source's short name, else its authors. */
export function shortSourceName(source: Source): string {
  // No-break spaces: a label may wrap before the name, never inside it.
  return (source.custom?.short ?? authorLabel(source)).replace(/ /g, '\u00a0');
}

/** The footer's and tooltip's name for a document: "Crisis Group (2024)". */
export function shortCitation(source: Source): string {
  const year = issuedYear(source);
  const name = source.custom?.short ?? authorLabel(source);
  return year === undefined ? name : `${name} (${year})`;
}

/** The year of issue, or undefined. */
export function issuedYear(source: Source): number | undefined {
  return source.issued?.['date-parts']?.[0]?.[0];
}

/** The short in-text form: "International Crisis Group (2024)". */
export function citationLabel(source: Source): string {
  const year = issuedYear(source);
  return year === undefined ? authorLabel(source) : `${authorLabel(source)} (${year})`;
}

/** The source's title, in Spanish where the dataset gives one (a title it wrote itself). */
export function sourceTitle(source: Source, lang: Lang = 'en'): string {
  return (lang === 'es' && source.custom?.titleEs) || source.title;
}

function fullName(name: CslName): string {
  if (name.literal) return name.literal;
  return [name.family, name.given].filter(Boolean).join(', ');
}

/**
 * A plain reference line for footnotes: author, year, title, container or
 * series, publisher. (Styled citations come from the "Cite" panel.)
 */
export function referenceText(source: Source, lang: Lang = 'en'): string {
  const authors = (source.author ?? []).map(fullName).join('; ');
  const year = issuedYear(source);
  const parts = [
    authors ? `${authors}${year !== undefined ? ` (${year})` : ''}.` : '',
    `${sourceTitle(source, lang)}.`,
    source['container-title'] ? `${source['container-title']}.` : '',
    source['collection-title'] ? `${source['collection-title']}.` : '',
    source.publisher && source.publisher !== authors ? `${source.publisher}.` : '',
  ];
  return parts.filter(Boolean).join(' ').replace(/\.\./g, '.');
}
