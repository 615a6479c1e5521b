import { INTL_LOCALE, type Lang } from './locale.js';

interface PeriodEnd {
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

// Building an Intl.DateTimeFormat costs far more than using one: keep each.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, month: 'long' | 'short', withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang} ${month} ${withDay}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[lang], withDay
      ? { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

function formatEnd(end: PeriodEnd, lang: Lang, month: 'long' | 'short' = 'long'): string {
  if (end.month === undefined) return String(end.year);
  const date = new Date(Date.UTC(end.year, end.month - 1, end.day ?? 1));
  return dateFormat(lang, month, end.day !== undefined).format(date);
}

/** "2022", "2020–2022", "December 2023", "diciembre de 2018 – febrero de 2024" (a no-break space before the dash); `short` months for labels. */
export function formatPeriod(period: string, lang: Lang, month: 'long' | 'short' = 'long'): string {
  if (!period) return '';
  const [startText, endText] = period.split('/');
  const start = formatEnd(parseEnd(startText), lang, month);
  if (!endText) return start;
  const end = formatEnd(parseEnd(endText), lang, month);
  const onlyYears = !startText.includes('-') && !endText.includes('-');
  // A line may break after the spaced dash, never before it.
  return onlyYears ? `${start}–${end}` : `${start}\u00a0– ${end}`;
}

/** The end of a period, formatted: "Apr 2024" for a count "to date". */
export function formatPeriodEnd(period: string, lang: Lang, month: 'long' | 'short' = 'short'): string {
  return formatEnd(parseEnd(period.split('/').pop()!), lang, month);
}
