import { expect } from '@open-wc/testing';
import { roughTextWidth, textMeasure } from '../../src/chart/text.js';
import { breakAddress, flowInRows } from '../../src/chart/flow.js';
import { fontMetricsWidth } from '../../src/chart/font-metrics.js';

// The rough average (what a browser without canvas is left with), and the font
// metrics the chart kit and server renders pass.
for (const [estimate, measurer] of [['rough average', roughTextWidth], ['font metrics', fontMetricsWidth]] as const) describe(`text measurement and wrapping, by ${estimate}`, () => {
  const { width: textWidth, wrap: wrapText, truncate } = textMeasure(measurer);

  it('estimates widths at least as wide as the browser draws them', () => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const [text, size] of [['Baja California', 13], ['Otros estados', 14], ['36,661', 13], ['Guanajuato', 14]] as const) {
      canvas.font = `${size}px system-ui, sans-serif`;
      expect(textWidth(text, size), text).to.be.at.least(canvas.measureText(text).width * 0.98);
    }
  });

  it('estimates bold widths at least as wide as the browser draws them', () => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const text of ['Casualties among suspected criminals per', 'Seizure events by state, December 2018', 'Eventos de aseguramiento por sustancia']) {
      canvas.font = `bold 13px system-ui, sans-serif`;
      expect(textWidth(text, 13, true), text).to.be.at.least(canvas.measureText(text).width * 0.99);
    }
  });

  it('wraps to the width and ends an overflowing last line with an ellipsis', () => {
    const lines = wrapText('Military personnel deployed in public security tasks across the country', 120, 13, 2);
    expect(lines).to.have.length(2);
    for (const line of lines) expect(textWidth(line, 13)).to.be.at.most(120);
    expect(lines[1].endsWith('…')).to.equal(true);
  });

  it('is measured as it is given, with no measurer kept between layouts', () => {
    const wide = textMeasure((text) => text.length * 20);
    expect(wide.width('abc', 10)).to.equal(60);
    expect(textWidth('abc', 10)).to.equal(measurer('abc', 10, false));
  });

  it('keeps two capitalised words, a name, on one line', () => {
    // Every character 5 px wide at 10 px: "…under López" would fill the first line exactly.
    const fixed = (text: string, size: number) => [...text].length * size * 0.5;
    const lines = textMeasure(fixed).wrap('Seizure events by substance under López Obrador', 200, 10, 3);
    expect(lines).to.deep.equal(['Seizure events by substance under', 'López\u00a0Obrador']);
  });

  it('cuts a single word longer than the line', () => {
    const [line] = wrapText('Supercalifragilisticexpialidocious', 60, 13, 1);
    expect(textWidth(line, 13)).to.be.at.most(60);
    expect(truncate('short', 200, 13)).to.equal('short');
  });
});

describe('addresses and rows of items', () => {
  // Every character 5 px wide at 10 px: the breaks below fall where they do by arithmetic.
  const fixed = (text: string, size: number) => [...text].length * size * 0.5;

  it('breaks an address after a slash or hyphen, whole and never cut short', () => {
    const url = 'https://example.org/radiografia-prohibicion-mexico/';
    const lines = breakAddress(url, 150, 10, textMeasure(fixed));
    expect(lines.join('')).to.equal(url);
    expect(lines).to.deep.equal(['https://example.org/', 'radiografia-prohibicion-', 'mexico/']);
    for (const line of lines) expect(fixed(line, 10)).to.be.at.most(150);
  });

  it('breaks an address where it must when no slash or hyphen falls late enough in the line', () => {
    const lines = breakAddress('ab/cdefghijklmnopqrstuvwxyz0123', 100, 10, textMeasure(fixed));
    expect(lines).to.deep.equal(['ab/cdefghijklmnopqrs', 'tuvwxyz0123']);
  });

  it('leaves an address that fits on one line', () => {
    expect(breakAddress('https://a.b/', 100, 10, textMeasure(fixed))).to.deep.equal(['https://a.b/']);
  });

  it('sets items in rows, starting a row when the next would not fit, one too wide on its own', () => {
    expect(flowInRows([40, 40, 40, 150, 10], 100, 10)).to.deep.equal([
      { x: 0, row: 0 }, { x: 50, row: 0 }, { x: 0, row: 1 }, { x: 0, row: 2 }, { x: 0, row: 3 },
    ]);
    expect(flowInRows([], 100, 10)).to.deep.equal([]);
  });
});
