import type { Figure, Qualifier, Unit } from '../data/types.js';
import { INTL_LOCALE, type Lang } from './locale.js';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(INTL_LOCALE[lang], options)));
  return format;
}

/**
 * A number that needs no rounding, written as Intl writes it in both locales
 * (es-MX groups with commas and marks decimals with a point, as en-US does),
 * without Intl: a page's first Intl formatter costs 10–30 ms while the browser
 * loads its locale data, and most figures are plain numbers. Undefined for
 * anything else (more decimals than allowed, an exponent, NaN). The tests
 * compare it with Intl digit for digit; only -0 differs, written 0, not "-0".
 */
function plainNumber(value: number, maximumFractionDigits: number): string | undefined {
  const text = String(value);
  const [whole, fraction = ''] = text.split('.');
  if (!/^-?\d+(\.\d+)?$/.test(text) || fraction.length > maximumFractionDigits) return undefined;
  return whole.replace(/\B(?=(\d{3})+$)/g, ',') + (fraction && `.${fraction}`);
}

/**
 * A plain number for the locale: 36,661 · 2.3 (es-MX groups with commas too).
 * A value too small for its decimals keeps two significant digits (0.0042), never rounded to a false 0.
 */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  // (0 itself is a plain number.)
  return plainNumber(value, maximumFractionDigits)
    ?? numberFormat(lang, Math.abs(value) < 0.5 * 10 ** -maximumFractionDigits ? { maximumSignificantDigits: 2 } : { maximumFractionDigits }).format(value);
}

/**
 * A share: 43% · 0.98%. Both locales write the sign straight after the number.
 * Rounded as the number itself, not as value / 100, whose binary error turns
 * 19.955 into 19.95%.
 */
function formatPercent(value: number, lang: Lang): string {
  return `${formatNumber(value, lang)}%`;
}

/**
 * The words written around a number, per language: a bound's ("at least", with
 * no-break spaces so that it never parts), the units that are not things
 * counted (their spaces made no-break where they are written), numbers from a
 * million up (the singular; Spanish makes its plural of "-ón"), and what joins
 * a number in words to its unit (4.5 mil millones de pesos).
 */
const NUMBER_WORDS: Record<Lang, Record<Exclude<Qualifier, 'exact'> | 'percentage-points' | 'per-100k' | 'times' | 'large' | 'of', string>> = {
  en: {
    approx: 'about', 'at-least': 'at\u00a0least', 'at-most': 'at\u00a0most',
    'percentage-points': 'percentage points', 'per-100k': 'per 100,000', times: 'times', large: ' million, billion, trillion', of: '',
  },
  es: {
    approx: 'cerca\u00a0de', 'at-least': 'al\u00a0menos', 'at-most': 'como\u00a0máximo',
    'percentage-points': 'puntos porcentuales', 'per-100k': 'por cada 100 mil', times: 'veces', large: ' millón, mil millones, billón', of: '\u00a0de',
  },
};

/**
 * A number of a million or more in words, as Intl's long compact notation
 * writes it (one decimal at most), without Intl where nothing needs rounding
 * (4.5e9, 257e6), for the same reason as plainNumber; Intl for the rest. The
 * tests compare the two over a sweep of values in both locales.
 */
export function compactNumber(value: number, lang: Lang): string {
  const power = Math.abs(value) < 1e9 ? 6 : Math.abs(value) < 1e12 ? 9 : 12;
  const mantissa = value / 10 ** power;
  const plain = Math.abs(mantissa) < 1e3 && plainNumber(mantissa, 1);
  if (!plain) return numberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(value);
  const word = NUMBER_WORDS[lang].large.split(',')[(power - 6) / 3];
  return plain + (Math.abs(mantissa) === 1 ? word : word.replace('ón', 'ones'));
}

/** Large numbers in words, never parted at a line end: 4.5 billion · 4.5 mil millones. Small ones as they are. */
export function formatCompact(value: number, lang: Lang): string {
  if (Math.abs(value) < 1e6) return formatNumber(value, lang);
  return compactNumber(value, lang).replace(/ /g, '\u00a0');
}

/** A unit's words, one and many: peso, pesos. */
export const UNIT_WORDS: Record<Lang, Partial<Record<Unit, [one: string, many: string]>>> = {
  en: { mxn: ['peso', 'pesos'], usd: ['dollar', 'dollars'], kg: ['kilogram', 'kilograms'], tonnes: ['tonne', 'tonnes'], litres: ['litre', 'litres'], years: ['year', 'years'] },
  es: { mxn: ['peso', 'pesos'], usd: ['dólar', 'dólares'], kg: ['kilogramo', 'kilogramos'], tonnes: ['tonelada', 'toneladas'], litres: ['litro', 'litros'], years: ['año', 'años'] },
};

/**
 * A value with its unit, for a card or a label: "20%", "36,661", "25 per 100,000",
 * "4.5 billion pesos", "$257 million", "8.6 times".
 */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
  switch (unit) {
    case 'percent':
      return `${formatNumber(value, lang)}%`;
    case 'percentage-points':
    case 'per-100k':
    case 'times':
      return `${formatNumber(value, lang)} ${NUMBER_WORDS[lang][unit]}`.replace(/ /g, '\u00a0');
    case 'usd':
      return `US$${formatCompact(value, lang)}`;
    case 'count':
      return formatNumber(value, lang);
    default: {
      const [one, many] = UNIT_WORDS[lang][unit] ?? ['', ''];
      // Spanish joins a number in words (from a million up) to its unit with "de": 4.5 mil millones de pesos, 36,661 pesos.
      const of = Math.abs(value) >= 1e6 ? NUMBER_WORDS[lang].of : '';
      return `${formatCompact(value, lang)}${of}\u00a0${value === 1 ? one : many}`.trim();
    }
  }
}

/** A short axis/bar label: the number with % where it is a share, nothing else. */
export function formatTick(value: number, unit: Unit, lang: Lang, decimals?: number): string {
  // Without a chart's shared precision, shares keep the source's: 0.98% is not 1%, and 12.17% is not 12.15%.
  if (unit === 'percent') return decimals === undefined ? formatPercent(value, lang) : `${formatNumber(value, lang, decimals)}%`;
  // Spanish counts thousands of millions in millions, which Intl leaves ungrouped ("4500 M"): grouped as every other number ("4,500 M").
  if (Math.abs(value) >= 1e6) return numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value).replace(/\d{4,}/, (digits) => formatNumber(Number(digits), lang));
  return formatNumber(value, lang, decimals ?? 1);
}


/** "about", "at least"… or "" for an exact figure. */
export function qualifierText(qualifier: Qualifier | undefined, lang: Lang): string {
  // An exact figure, or one whose qualifier is not given, has no words of its own.
  return NUMBER_WORDS[lang][qualifier as Exclude<Qualifier, 'exact'>] ?? '';
}

/**
 * The figure's value as a reader should see it, qualifier included: "at least 4.5 billion pesos".
 * A number with its unit never parts at a line end; a qualifier stays with a bare number
 * ("at least 40,000") but may end a line before a longer value, which would otherwise stand
 * alone, too wide for a narrow column ("al menos / 4.5 mil millones de pesos").
 */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  const value = formatValue(figure.value, figure.unit, lang);
  const qualifier = qualifierText(figure.qualifier, lang);
  return qualifier ? qualifier + (/\s/.test(value) ? ' ' : '\u00a0') + value : value;
}

/**
 * A value rounded to `decimals`, a bound rounded the way that keeps it true:
 * "at least 31.6" is at least 31, not at least 32; "at most 0.72" at most 1; "about" a
 * large number to three significant figures.
 * (Through the decimal digits, so that 2.45 rounds to 2.5 as it is written.)
 */
export function roundTo(value: number, decimals: number, qualifier?: Qualifier): number {
  // "About" a large number says three figures, not five: about 75,598 reads as about 75,600.
  if (qualifier === 'approx' && Math.abs(value) >= 1000) decimals = Math.min(decimals, 2 - Math.floor(Math.log10(Math.abs(value))));
  const scale = 10 ** decimals;
  const scaled = Number((value * scale).toPrecision(12));
  const rounded = qualifier === 'at-least' ? Math.floor(scaled) : qualifier === 'at-most' ? Math.ceil(scaled) : Math.round(scaled);
  return rounded / scale;
}

/** The most decimals a chart's labels ever get: past that, the tooltip and table say it. */
const MAX_LABEL_DECIMALS = 2;

/**
 * The decimals that the value labels of one chart share, for the values of one
 * unit, grouped by panel. Whole numbers where the values span more than a few
 * units (a reader compares 61% with 24%, not 60.77% with 23.62%), and one
 * decimal more while two values of a panel that differ by half a unit or more
 * would read the same (96.3% and 95.7%, not 96% twice). Values closer than
 * that are the same to a reader at that precision (12.17% and 12.15%, both
 * 12%); the tooltip and table keep the document's figure. Never so few that a
 * value other than zero reads as 0, never more than the figures have.
 */
export function labelDecimals(groups: number[][]): number {
  const values = groups.flat();
  if (!values.length) return 0;
  const own = Math.max(...values.map((v) => (String(v).split('.')[1] ?? '').length));
  const span = Math.max(...values) - Math.min(...values);
  const readsZero = (d: number) => values.some((v) => v !== 0 && roundTo(v, d) === 0);
  const apart = (d: number) => groups.every((g) => g.every((a) => g.every((b) => Math.abs(a - b) < 0.5 * 10 ** -d || roundTo(a, d) !== roundTo(b, d))));
  for (let d = 0; d < Math.min(own, MAX_LABEL_DECIMALS); d++) {
    if (!readsZero(d) && (d > 0 || span > 5) && apart(d)) return d;
  }
  return Math.min(own, MAX_LABEL_DECIMALS);
}

/** A compact value for a bar or point label, a bound said in words, as a newsroom writes it: "at least 31.6", "about 300,000", "20%". */
export function formatShort(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>, lang: Lang, decimals?: number): string {
  const qualifier = qualifierText(figure.qualifier, lang);
  const value = decimals === undefined
    ? formatTick(figure.value, figure.unit, lang)
    : formatTick(roundTo(figure.value, decimals, figure.qualifier), figure.unit, lang, decimals);
  return qualifier ? `${qualifier}\u00a0${value}` : value;
}
