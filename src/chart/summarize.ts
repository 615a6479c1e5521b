import type { Lang } from './locale.js';
import { formatNumber } from './format.js';

/** A part of a whole, for summaries. */
export interface SummaryPart {
  label: string;
  value: number;
}

/** The sentences of the summaries, in each language. */
const WORDS: Record<Lang, {
  and: string;
  breakdown: (total: string, noun: string, period: string, top: string, value: string, share: string) => string;
  followed: (list: string) => string;
  ordered: (first: Extreme, last: Extreme, high: Extreme) => string;
  extremes: (high: Extreme, low: Extreme) => string;
}> = {
  en: {
    and: ' and ',
    breakdown: (total, noun, period, top, value, share) => `Of the ${total} ${noun} in ${period}, ${top} accounted for ${value} (${share})`,
    followed: (list) => `, followed by ${list}.`,
    ordered: (first, last, high) => `From ${first.text} in ${first.label} to ${last.text} in ${last.label}; the highest value is ${high.text}, in ${high.label}.`,
    // A colon, not brackets: names carry brackets of their own ("Peña Nieto (2012–2018)").
    extremes: (high, low) => `The highest value is ${high.text}: ${high.label}. The lowest, ${low.text}: ${low.label}.`,
  },
  es: {
    and: ' y ',
    breakdown: (total, noun, period, top, value, share) => `De los ${total} ${noun} en ${period}, ${top} concentró ${value} (${share})`,
    followed: (list) => `, seguido de ${list}.`,
    ordered: (first, last, high) => `De ${first.text} en ${first.label} a ${last.text} en ${last.label}; el valor más alto es ${high.text}, en ${high.label}.`,
    extremes: (high, low) => `El valor más alto es ${high.text}: ${high.label}. El más bajo, ${low.text}: ${low.label}.`,
  },
};

interface Extreme { label: string; text: string }

/** "and" lists: "A, B and C" / "A, B y C". */
export function listText(items: string[], lang: Lang): string {
  return listParts(items, lang).join('');
}

/** The parts of that list, for a template whose items are not plain text. */
export function listParts<T>(items: T[], lang: Lang): (T | string)[] {
  return items.flatMap((item, i) => (i ? [i === items.length - 1 ? WORDS[lang].and : ', ', item] : [item]));
}

/** A share of a total as a rounded percentage: 43%. */
export function shareText(part: number, total: number, lang: Lang): string {
  return `${formatNumber(Math.round((part / total) * 100), lang)}%`;
}

/**
 * "Of the 756 clashes reported in 2020–2022, Tamaulipas accounted for 328 (43%),
 * followed by Michoacán (103) and Zacatecas (45)." Parts in descending order; `noun` in the summary's language.
 */
export function summarizeBreakdown(
  parts: SummaryPart[], total: number, noun: string, periodText: string, lang: Lang, followers = 2,
): string {
  if (parts.length === 0) return '';
  const [top, ...rest] = parts;
  const next = rest.slice(0, followers).map((p) => `${p.label} (${formatNumber(p.value, lang)})`);
  const words = WORDS[lang];
  return words.breakdown(formatNumber(total, lang), noun, periodText, top.label, formatNumber(top.value, lang), shareText(top.value, total, lang))
    + (next.length ? words.followed(listText(next, lang)) : '.');
}

/**
 * A summary of any list of values: the highest and lowest, or for an ordered
 * series the first and last and the peak. `text` is each value as written.
 */
export function summarizeExtremes(parts: (SummaryPart & { text: string })[], ordered: boolean, lang: Lang): string {
  if (parts.length === 0) return '';
  const high = parts.reduce((a, b) => (b.value > a.value ? b : a));
  const low = parts.reduce((a, b) => (b.value < a.value ? b : a));
  return ordered ? WORDS[lang].ordered(parts[0], parts[parts.length - 1], high) : WORDS[lang].extremes(high, low);
}
