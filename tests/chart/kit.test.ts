import { expect } from '@open-wc/testing';
import { fontMetricsWidth, frameSizes } from '../../src/chart/index.js';

describe('the chart kit', () => {
  it('sizes text from font metrics where the sizes are given them', () => {
    const textWidth = frameSizes(640, fontMetricsWidth).measure.width;
    for (const [text, size, bold] of [['Baja California', 13, false], ['36,661', 14, true], ['Michoacán', 12, false]] as const) {
      expect(textWidth(text, size, bold), text).to.equal(fontMetricsWidth(text, size, bold));
    }
    // Not the rough average: digits and narrow letters differ.
    expect(textWidth('illicit', 13)).to.be.below(textWidth('MMMMMMM', 13) / 2);
  });
});
