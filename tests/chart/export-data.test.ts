import { expect } from '@open-wc/testing';
import { DATA_COLUMNS, toCsv, type DataRow } from '../../src/chart/export-data.js';

const row = (overrides: Partial<DataRow>): DataRow =>
  ({ ...Object.fromEntries(DATA_COLUMNS.map((column) => [column, ''])), value: 1, ...overrides }) as DataRow;
const cells = (csv: string) => csv.split('\r\n')[1];

describe('the CSV download', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(cells(toCsv([row({ id: 'a', label: 'Baja California, "BC"\nnorte' })]))).to.contain('"Baja California, ""BC""\nnorte"');
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    for (const formula of ['=HYPERLINK("http://x","c")', '+1+1', '-2+3', '@SUM(A1)', '\t=1']) {
      const csv = cells(toCsv([row({ id: 'a', label: formula })]));
      const label = csv.split(',')[DATA_COLUMNS.indexOf('label')].replace(/^"/, '');
      expect(label.startsWith("'"), formula).to.equal(true);
    }
    // Numbers stay numbers.
    expect(cells(toCsv([row({ id: 'a', value: 36661 })]))).to.contain(',36661,');
  });
});
