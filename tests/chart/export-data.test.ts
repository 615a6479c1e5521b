import { expect } from '@open-wc/testing';
import { DATA_COLUMNS, toCsv, type DataRow } from '../../src/chart/export-data.js';
import { parseCsv } from '../helpers/csv.js';

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

  /** Cells as a spreadsheet splits them with `separator` (quotes respected, as spreadsheets do). */
  const split = (line: string, separator: string) => parseCsv(line, separator)[0];

  it('runs no formula in a spreadsheet that splits on commas, semicolons or tabs', () => {
    const hostile = ['a;=1+1;b', 'a\t=1+1', '\u0000=1+1', '\u0000\u0000+SUM(A1)', 'x|=cmd', '\r=1', '"=1";=2'];
    for (const label of hostile) {
      const line = cells(toCsv([row({ id: 'a', label })]));
      for (const separator of [',', ';', '\t']) {
        for (const cell of split(line, separator)) expect(/^[=+\-@\t\r]/.test(cell), `${JSON.stringify(label)} split on ${JSON.stringify(separator)}: ${JSON.stringify(cell)}`).to.equal(false);
      }
    }
  });

  it('drops control characters and keeps negative numbers and percentages readable', () => {
    const line = cells(toCsv([row({ id: 'a\u0000b\u001b', label: '-5%', notes: '-12', qualifier: 'x\u007f', value: -3 })]));
    const fields = split(line, ',');
    expect(fields[DATA_COLUMNS.indexOf('id')]).to.equal('ab');
    expect(fields[DATA_COLUMNS.indexOf('label')]).to.equal('-5%');
    expect(fields[DATA_COLUMNS.indexOf('notes')]).to.equal('-12');
    expect(fields[DATA_COLUMNS.indexOf('qualifier')]).to.equal('x');
    expect(fields[DATA_COLUMNS.indexOf('value')]).to.equal('-3');
    // Text that only starts like a number is still guarded.
    expect(split(cells(toCsv([row({ label: '-5+cmd' })])), ',')[DATA_COLUMNS.indexOf('label')]).to.equal("'-5+cmd");
  });
});
