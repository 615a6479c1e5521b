import { expect } from '@open-wc/testing';
import { estimateTextWith, textWidth, truncate, wrapText } from '../../src/chart/text.js';
import { fontMetricsWidth } from '../../src/chart/font-metrics.js';

// Run in this order: the rough average first (what a browser without canvas is
// left with), then the font metrics the chart kit and server renders install.
for (const estimate of ['rough average', 'font metrics']) describe(`text measurement and wrapping, by ${estimate}`, () => {
  before(() => { if (estimate === 'font metrics') estimateTextWith(fontMetricsWidth); });

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

  it('cuts a single word longer than the line', () => {
    const [line] = wrapText('Supercalifragilisticexpialidocious', 60, 13, 1);
    expect(textWidth(line, 13)).to.be.at.most(60);
    expect(truncate('short', 200, 13)).to.equal('short');
  });
});
