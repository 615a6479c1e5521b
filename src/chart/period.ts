import type { Lang } from './locale.js';

export interface PeriodEnd {
  year: number;
  month?: number;
  day?: number;
}

function parseEnd(text: string): PeriodEnd {
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day };
}

/** The start and end of a period string, as parts. */
export function parsePeriod(period: string): { start: PeriodEnd; end: PeriodEnd } {
  const [start, end = start] = period.split('/');
  return { start: parseEnd(start), end: parseEnd(end) };
}

/**
 * Where a period sits on a time axis measured in years: the middle of its last
 * year for a yearly count, the day (or mid-month) for a count "to date".
 */
export function periodPosition(period: string): number {
  const { end } = parsePeriod(period);
  if (end.month === undefined) return end.year + 0.5;
  return end.year + (end.month - 1 + ((end.day ?? 15) - 0.5) / 31) / 12;
}

/** Orders records by where their periods sit in time, earliest first. */
export const byPeriod = (a: { period: string }, b: { period: string }): number => periodPosition(a.period) - periodPosition(b.period);

const MONTHS: Record<Lang, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
};

/**
 * A date as Intl.DateTimeFormat writes it in en-US and es-MX ("May 24, 2024",
 * "24 de mayo de 2024", "dic 2023"), without Intl: a page's first Intl
 * formatter costs it 20–30 ms while the browser loads its locale data, and a
 * chart with a month in a label or note paid that in its first layout. The
 * tests compare the two for every month and day.
 */
export function formatEnd(end: PeriodEnd, lang: Lang, month: 'long' | 'short' = 'long'): string {
  if (end.month === undefined) return String(end.year);
  const name = MONTHS[lang][end.month - 1].slice(0, month === 'short' ? 3 : undefined);
  if (lang === 'en') return end.day === undefined ? `${name} ${end.year}` : `${name} ${end.day}, ${end.year}`;
  const of = month === 'short' ? ' ' : ' de ';
  return `${end.day === undefined ? '' : `${end.day}${of}`}${name}${of}${end.year}`;
}

/** "2022", "2020–2022", "December 2023", "diciembre de 2018 – febrero de 2024" (no-break spaces but after the dash); `short` months for labels. */
export function formatPeriod(period: string, lang: Lang, month: 'long' | 'short' = 'long'): string {
  if (!period) return '';
  const [startText, endText] = period.split('/');
  // A date never parts at a line end ("febrero / de 2024").
  const date = (text: string) => formatEnd(parseEnd(text), lang, month).replace(/ /g, '\u00a0');
  const start = date(startText);
  if (!endText) return start;
  const end = date(endText);
  const onlyYears = !startText.includes('-') && !endText.includes('-');
  // A line may break after the spaced dash, never before it.
  return onlyYears ? `${start}–${end}` : `${start}\u00a0– ${end}`;
}

/** The end of a period, formatted: "Apr 2024" for a count "to date". */
export function formatPeriodEnd(period: string, lang: Lang, month: 'long' | 'short' = 'short'): string {
  return formatEnd(parseEnd(period.split('/').pop()!), lang, month);
}
