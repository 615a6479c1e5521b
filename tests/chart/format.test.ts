import { expect } from '@open-wc/testing';
import { formatFigure, formatNumber, formatTick, formatValue } from '../../src/chart/format.js';
import { formatPeriod, periodPosition } from '../../src/chart/period.js';
import { parseLang } from '../../src/chart/locale.js';

describe('locale formatting', () => {
  it('groups thousands with commas in Mexican Spanish as in English (es-MX is not es-ES)', () => {
    expect(formatNumber(36661, 'en')).to.equal('36,661');
    expect(formatNumber(36661, 'es')).to.equal('36,661');
    expect(formatNumber(2.35, 'es')).to.equal('2.35');
  });

  it('formats units and scales in both languages', () => {
    expect(formatValue(20, 'percent', 'es')).to.equal('20%');
    expect(formatValue(4.5e9, 'mxn', 'en')).to.equal('4.5 billion pesos');
    expect(formatValue(4.5e9, 'mxn', 'es')).to.equal('4.5 mil millones pesos');
    expect(formatValue(257e6, 'usd', 'en')).to.equal('US$257 million');
    expect(formatValue(25, 'per-100k', 'es')).to.equal('25 por cada 100 mil');
    expect(formatValue(8.6, 'times', 'es')).to.equal('8.6 veces');
  });

  it('puts the qualifier in words', () => {
    expect(formatFigure({ value: 300000, unit: 'count', qualifier: 'approx' }, 'en')).to.equal('about 300,000');
    expect(formatFigure({ value: 40000, unit: 'count', qualifier: 'at-least' }, 'es')).to.equal('al menos 40,000');
  });

  it('keeps tick labels short', () => {
    expect(formatTick(116305, 'count', 'en')).to.equal('116,305');
    expect(formatTick(2.3, 'percent', 'en')).to.equal('2.3%');
    expect(formatTick(0.98, 'percent', 'en')).to.equal('0.98%');
  });

  it('formats periods and places them on a time axis', () => {
    expect(formatPeriod('2020/2022', 'en')).to.equal('2020–2022');
    expect(formatPeriod('2023-12', 'es')).to.equal('diciembre de 2023');
    expect(formatPeriod('2024-05-09', 'en')).to.equal('May 9, 2024');
    expect(periodPosition('2019')).to.equal(2019.5);
    expect(periodPosition('2024-05-09')).to.be.within(2024.33, 2024.37);
  });

  it('reads lang values', () => {
    expect(parseLang('es-MX')).to.equal('es');
    expect(parseLang('EN_gb')).to.equal('en');
    expect(parseLang('xx')).to.equal(undefined);
  });
});
