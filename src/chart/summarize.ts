import type { Lang } from './locale.js';
import { formatNumber } from './format.js';

/** A part of a whole, for summaries. */
export interface SummaryPart {
  label: string;
  value: number;
}

/** "and" lists: "A, B and C" / "A, B y C". */
export function listText(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'es' ? 'y' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
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
