import type { Lang } from './locale.js';
import { formatNumber } from './format.js';

/** A part of a whole, for summaries. */
export interface SummaryPart {
  label: string;
  value: number;
}

/** "and" lists: "A, B and C" / "A, B y C". */
export function listText(items: string[], lang: Lang): string {
  return listParts(items, lang).join('');
}

/** The parts of that list, for a template whose items are not plain text. */
export function listParts<T>(items: T[], lang: Lang): (T | string)[] {
  return items.flatMap((item, i) => (i ? [i === items.length - 1 ? (lang === 'es' ? ' y ' : ' and ') : ', ', item] : [item]));
}

/** A share of a total as a rounded percentage: 43%. */
export function shareText(part: number, total: number, lang: Lang): string {
  return `${formatNumber(Math.round((part / total) * 100), lang)}%`;
}

/**
 * "Of the 756 clashes reported in 2020–2022, Tamaulipas accounted for 328 (43%),
 * followed by Michoacán (103) and Zacatecas (45)." Parts in descending order.
 */
export function summarizeBreakdown(
  parts: SummaryPart[], total: number, noun: { en: string; es: string }, periodText: string, lang: Lang, followers = 2,
): string {
  if (parts.length === 0) return '';
  const [top, ...rest] = parts;
  const next = rest.slice(0, followers).map((p) => `${p.label} (${formatNumber(p.value, lang)})`);
  const totalText = formatNumber(total, lang);
  if (lang === 'es') {
    return `De los ${totalText} ${noun.es} en ${periodText}, ${top.label} concentró ${formatNumber(top.value, lang)} (${shareText(top.value, total, lang)})`
      + (next.length ? `, seguido de ${listText(next, lang)}.` : '.');
  }
  return `Of the ${totalText} ${noun.en} in ${periodText}, ${top.label} accounted for ${formatNumber(top.value, lang)} (${shareText(top.value, total, lang)})`
    + (next.length ? `, followed by ${listText(next, lang)}.` : '.');
}

/**
 * A summary of any list of values: the highest and lowest, or for an ordered
 * series the first and last and the peak. `text` is each value as written.
 */
export function summarizeExtremes(parts: (SummaryPart & { text: string })[], ordered: boolean, lang: Lang): string {
  if (parts.length === 0) return '';
  const high = parts.reduce((a, b) => (b.value > a.value ? b : a));
  const low = parts.reduce((a, b) => (b.value < a.value ? b : a));
  if (ordered) {
    const [first, last] = [parts[0], parts[parts.length - 1]];
    return lang === 'es'
      ? `De ${first.text} en ${first.label} a ${last.text} en ${last.label}; el valor más alto es ${high.text}, en ${high.label}.`
      : `From ${first.text} in ${first.label} to ${last.text} in ${last.label}; the highest value is ${high.text}, in ${high.label}.`;
  }
  // A colon, not brackets: names carry brackets of their own ("Peña Nieto (2012–2018)").
  return lang === 'es'
    ? `El valor más alto es ${high.text}: ${high.label}. El más bajo, ${low.text}: ${low.label}.`
    : `The highest value is ${high.text}: ${high.label}. The lowest, ${low.text}: ${low.label}.`;
}
