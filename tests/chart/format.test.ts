import { expect } from '@open-wc/testing';
import { compactNumber, formatFigure, formatNumber, formatShort, formatTick, formatValue, labelDecimals, roundTo } from '../../src/chart/format.js';
import { formatEnd, formatPeriod, periodPosition } from '../../src/chart/period.js';
import { parseLang } from '../../src/chart/locale.js';

describe('locale formatting', () => {
  it('groups thousands with commas in Mexican Spanish as in English (es-MX is not es-ES)', () => {
    expect(formatNumber(36661, 'en')).to.equal('36,661');
    expect(formatNumber(36661, 'es')).to.equal('36,661');
    expect(formatNumber(2.35, 'es')).to.equal('2.35');
  });

  it('writes plain numbers exactly as Intl does, in both locales', () => {
    const values = [0, 7, -3, 45, 328, 999, 1000, -1234, 36661, 116305, 1234567.5, 9007199254740991, 0.5, 0.98, 2.35, -12.17, 99.99, 1e20];
    for (let i = -2000; i <= 20000; i += 7) values.push(i / 100);
    for (const lang of ['en', 'es'] as const) {
      const locale = lang === 'es' ? 'es-MX' : 'en-US';
      const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      const tick = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
      // And where Intl must round or write an exponent away: more decimals than allowed, 1e21.
      // (Not where Intl rounds a value that is not zero to 0: see the next test.)
      const roundsToZero = (value: number, digits: number) => value !== 0 && Math.abs(value) < 0.5 * 10 ** -digits;
      for (const value of [...values, 1.005, 2.345, 0.006, 0.005, -0.007, 1e21, 12.25]) {
        if (!roundsToZero(value, 2)) expect(formatNumber(value, lang), `${value} in ${locale}`).to.equal(plain.format(value));
        if (Math.abs(value) < 1e6 && !roundsToZero(value, 1)) expect(formatTick(value, 'count', lang), `tick ${value} in ${locale}`).to.equal(tick.format(value));
      }
      // Shares with nothing to round (value / 100 is no longer exact from a million on).
      for (const value of values.filter((v) => Math.abs(v) < 1e6)) {
        expect(formatValue(value, 'percent', lang), `${value}% in ${locale}`).to.equal(share.format(value / 100));
      }
    }
  });

  it('never rounds a value that is not zero to 0: too small for its decimals, it keeps two significant digits', () => {
    expect(formatNumber(0.004, 'en')).to.equal('0.004');
    expect(formatNumber(0.00123, 'es')).to.equal('0.0012');
    expect(formatNumber(-5e-7, 'en')).to.equal('-0.0000005');
    expect(formatTick(0.04, 'count', 'en')).to.equal('0.04');
    expect(formatTick(0.05, 'count', 'en')).to.equal('0.1');
    expect(formatValue(0.003, 'percent', 'es')).to.equal('0.003%');
    expect(formatValue(0.0042, 'per-100k', 'en')).to.equal('0.0042\u00a0per\u00a0100,000');
    expect(formatNumber(0, 'en')).to.equal('0');
  });

  it('groups the digits of a compact number as of any other: "4,500 M", not "4500 M"', () => {
    // Intl puts a no-break space before the "M".
    expect(formatTick(4.5e9, 'mxn', 'es')).to.equal('4,500\u00a0M');
    expect(formatTick(-1.25e9, 'count', 'es')).to.equal('-1,250\u00a0M');
    expect(formatTick(45e9, 'mxn', 'es')).to.equal('45\u00a0mil\u00a0M');
    expect(formatTick(4.5e9, 'mxn', 'en')).to.equal('4.5B');
    expect(formatTick(257e6, 'usd', 'es')).to.equal('257\u00a0M');
  });

  it('writes large numbers in words exactly as Intl does, in both locales', () => {
    const values = [1e6, -1e6, 2e6, 1.5e6, 257e6, 999.9e6, 1e9, 4.5e9, -1.25e9, 9.99e9, 1e10, 45e9, 999e9, 1e12, 2e12, 4.5e12, 1e15, 1e18, 1234567, 999.95e6, 1.05e6];
    for (let k = 10; k < 20000; k += 7) values.push(k * 1e5, k * 1e8, -k * 1e11, k * 123457);
    for (const lang of ['en', 'es'] as const) {
      const intl = new Intl.NumberFormat(lang === 'es' ? 'es-MX' : 'en-US', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
      for (const value of values) expect(compactNumber(value, lang), `${value} ${lang}`).to.equal(intl.format(value));
    }
  });

  it('writes dates exactly as Intl does, for every month and day, in both locales', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const month of ['long', 'short'] as const) {
        const locale = lang === 'es' ? 'es-MX' : 'en-US';
        const monthYear = new Intl.DateTimeFormat(locale, { year: 'numeric', month, timeZone: 'UTC' });
        const withDay = new Intl.DateTimeFormat(locale, { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' });
        for (let m = 1; m <= 12; m++) {
          expect(formatEnd({ year: 2023, month: m }, lang, month)).to.equal(monthYear.format(new Date(Date.UTC(2023, m - 1, 1))));
          for (const day of [1, 9, 10, 28]) expect(formatEnd({ year: 2024, month: m, day }, lang, month)).to.equal(withDay.format(new Date(Date.UTC(2024, m - 1, day))));
        }
      }
    }
  });

  it('formats dates without Intl', () => {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    (Intl as { DateTimeFormat: unknown }).DateTimeFormat = function (...args: ConstructorParameters<typeof Original>) { made++; return new Original(...args); };
    try {
      for (const lang of ['en', 'es'] as const) formatPeriod('2018-12/2024-02-29', lang);
      expect(made).to.equal(0);
    } finally {
      (Intl as { DateTimeFormat: unknown }).DateTimeFormat = Original;
    }
  });

  it('writes -0 (a difference of nothing, say) as 0, where Intl writes "-0"', () => {
    expect(formatNumber(-0, 'en')).to.equal('0');
    expect(formatValue(-0, 'percent', 'es')).to.equal('0%');
  });

  it('rounds a share as the number the source gives, not as value / 100', () => {
    expect(formatValue(19.955, 'percent', 'en')).to.equal('19.96%');
    expect(formatValue(-19.955, 'percent', 'es')).to.equal('-19.96%');
    expect(formatTick(33.3333, 'percent', 'en')).to.equal('33.33%');
  });

  it('formats plain numbers, shares and round millions without Intl, whose first formatter costs a page 10–30 ms', () => {
    const format = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')!;
    let used = 0;
    Object.defineProperty(Intl.NumberFormat.prototype, 'format', { ...format, get() { used++; return format.get!.call(this); } });
    try {
      for (const lang of ['en', 'es'] as const) {
        formatNumber(36661, lang);
        formatNumber(-2.35, lang);
        formatValue(43, 'percent', lang);
        formatTick(0.98, 'percent', lang);
        formatValue(25, 'per-100k', lang);
        formatValue(4.5e9, 'mxn', lang);
        formatValue(257e6, 'usd', lang);
      }
      expect(used).to.equal(0);
      formatNumber(1.005, 'en');
      expect(used, 'a number to round goes to Intl').to.equal(1);
    } finally {
      Object.defineProperty(Intl.NumberFormat.prototype, 'format', format);
    }
  });

  it('formats units and scales in both languages', () => {
    expect(formatValue(20, 'percent', 'es')).to.equal('20%');
    expect(formatValue(4.5e9, 'mxn', 'en')).to.equal('4.5\u00a0billion\u00a0pesos');
    expect(formatValue(4.5e9, 'mxn', 'es')).to.equal('4.5\u00a0mil\u00a0millones\u00a0de\u00a0pesos');
    expect(formatValue(1e6, 'kg', 'es')).to.equal('1\u00a0millón\u00a0de\u00a0kilogramos');
    expect(formatValue(36661, 'mxn', 'es')).to.equal('36,661\u00a0pesos');
    expect(formatValue(257e6, 'usd', 'en')).to.equal('US$257\u00a0million');
    expect(formatValue(25, 'per-100k', 'es')).to.equal('25\u00a0por\u00a0cada\u00a0100\u00a0mil');
    expect(formatValue(8.6, 'times', 'es')).to.equal('8.6\u00a0veces');
  });

  it('puts the qualifier in words', () => {
    expect(formatFigure({ value: 300000, unit: 'count', qualifier: 'approx' }, 'en')).to.equal('about\u00a0300,000');
    expect(formatFigure({ value: 40000, unit: 'count', qualifier: 'at-least' }, 'es')).to.equal('al\u00a0menos\u00a040,000');
    // A value in words keeps its unit; the qualifier may end the line before it.
    expect(formatFigure({ value: 4.5e9, unit: 'mxn', qualifier: 'at-least' }, 'es')).to.equal('al\u00a0menos 4.5\u00a0mil\u00a0millones\u00a0de\u00a0pesos');
    expect(formatFigure({ value: 4.5e9, unit: 'mxn', qualifier: 'at-least' }, 'en')).to.equal('at\u00a0least 4.5\u00a0billion\u00a0pesos');
  });

  it('keeps tick labels short', () => {
    expect(formatTick(116305, 'count', 'en')).to.equal('116,305');
    expect(formatTick(2.3, 'percent', 'en')).to.equal('2.3%');
    expect(formatTick(0.98, 'percent', 'en')).to.equal('0.98%');
  });

  it('formats periods and places them on a time axis', () => {
    expect(formatPeriod('2020/2022', 'en')).to.equal('2020–2022');
    // The spaced dash stays on the line of the period's start.
    // No-break spaces inside each date, and before the dash: a line may break only after it.
    expect(formatPeriod('2018-12/2024-02', 'en')).to.equal('December\u00a02018\u00a0– February\u00a02024');
    expect(formatPeriod('2006-12/2012-11', 'es')).to.equal('diciembre\u00a0de\u00a02006\u00a0– noviembre\u00a0de\u00a02012');
    expect(formatPeriod('2023-12', 'es')).to.equal('diciembre\u00a0de\u00a02023');
    expect(formatPeriod('2024-05-09', 'en')).to.equal('May\u00a09,\u00a02024');
    expect(periodPosition('2019')).to.equal(2019.5);
    expect(periodPosition('2024-05-09')).to.be.within(2024.33, 2024.37);
  });

  it('reads lang values', () => {
    expect(parseLang('es-MX')).to.equal('es');
    expect(parseLang('EN_gb')).to.equal('en');
    expect(parseLang('xx')).to.equal(undefined);
  });
});

describe('value labels: one precision per chart', () => {
  it('writes whole numbers where a chart spans more than a few units, as a graphics desk rounds them', () => {
    // Seizures: cannabis 60.77% reads 61%; 12.17% and 12.15% are the same to a reader, both 12%.
    expect(labelDecimals([[60.77, 23.62, 13.43, 1.2, 0.98], [66.1, 0.72, 33.18], [16, 12.17, 12.15, 59.68]])).to.equal(0);
    expect(formatShort({ value: 60.77, unit: 'percent', qualifier: 'exact' }, 'en', 0)).to.equal('61%');
    expect(formatShort({ value: 12.17, unit: 'percent', qualifier: 'exact' }, 'es', 0)).to.equal('12%');
  });

  it('keeps a decimal where two values of a panel half a unit apart or more would read the same', () => {
    // Judicial impunity 96.3% and impunity for homicide 95.7% are not both 96%.
    expect(labelDecimals([[10.9, 7.6, 2.45, 1.2], [96.3, 95.7]])).to.equal(1);
    // A chart of small values, a few units apart, keeps the decimal that tells them apart.
    expect(labelDecimals([[2.3, 3.1, 4.5]])).to.equal(1);
  });

  it('never writes a value other than zero as 0, nor more decimals than the figures have', () => {
    expect(labelDecimals([[40, 0.3]])).to.equal(1);
    expect(labelDecimals([[24, 30, 32]])).to.equal(0);
    expect(labelDecimals([[2, 3, 4]])).to.equal(0);
    expect(labelDecimals([])).to.equal(0);
  });

  it('rounds a bound the way that keeps it true', () => {
    // "At least 31.6" is at least 31, not at least 32.
    expect(formatShort({ value: 31.6, unit: 'count', qualifier: 'at-least' }, 'en', 0)).to.equal('at\u00a0least\u00a031');
    expect(formatShort({ value: 0.72, unit: 'percent', qualifier: 'at-most' }, 'es', 0)).to.equal('como\u00a0máximo\u00a01%');
    // An approximate count says as many figures as it knows: about 75,598 is about 75,600.
    expect(formatShort({ value: 75598, unit: 'count', qualifier: 'approx' }, 'en', 0)).to.equal('about\u00a075,600');
    expect(formatShort({ value: 300000, unit: 'count', qualifier: 'approx' }, 'es', 0)).to.equal('cerca\u00a0de\u00a0300,000');
    expect(formatShort({ value: 75598, unit: 'count', qualifier: 'exact' }, 'en', 0)).to.equal('75,598');
    expect(formatShort({ value: 87.5, unit: 'count', qualifier: 'exact' }, 'en', 0)).to.equal('88');
    expect(roundTo(2.45, 1)).to.equal(2.5);
  });

  it('writes a unit\'s words in the chart\'s language, with no language test in the code', () => {
    expect(formatValue(8.6, 'percentage-points', 'es')).to.equal('8.6\u00a0puntos\u00a0porcentuales');
    expect(formatValue(25, 'per-100k', 'en')).to.equal('25\u00a0per\u00a0100,000');
    expect(formatValue(4.5e9, 'mxn', 'es')).to.equal('4.5\u00a0mil\u00a0millones\u00a0de\u00a0pesos');
    expect(compactNumber(2e6, 'es')).to.equal('2 millones');
    expect(formatValue(257e6, 'usd', 'en')).to.equal('US$257\u00a0million');
    expect(formatValue(12.4, 'times', 'en')).to.equal('12.4\u00a0times');
  });
});
