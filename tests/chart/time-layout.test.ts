import { expect } from '@open-wc/testing';
import { frameSizes } from '../../src/chart/layout.js';
import { consecutiveRuns, layoutTime, type TimeDatum } from '../../src/chart/time-layout.js';

const datum = (year: number, value: number, series = 's0'): TimeDatum =>
  ({ id: `${series}-${year}`, position: year + 0.5, year, value, series, labelText: String(value) });

describe('layoutTime', () => {
  it('draws a line only through runs of consecutive years', () => {
    expect(consecutiveRuns([2007, 2018, 2019, 2022, 2023, 2024].map((year) => ({ year }))).map((r) => r.map((p) => p.year)))
      .to.deep.equal([[2018, 2019], [2022, 2023, 2024]]);
    const layout = layoutTime([{ id: 'p', title: 'T', tick: String, data: [datum(2007, 1), datum(2018, 2), datum(2019, 3), datum(2022, 4)] }], [2006, 2025], frameSizes(600));
    expect(layout.panels[0].lines).to.have.length(1);
    expect(layout.panels[0].lines[0].d.match(/[ML]/g)).to.deep.equal(['M', 'L']);
  });

  it('aligns panels on one x scale and keeps ticks inside the width', () => {
    const layout = layoutTime([
      { id: 'a', title: 'A', tick: String, data: [datum(2010, 5)] },
      { id: 'b', title: 'B', tick: String, data: [datum(2010, 500)] },
    ], [2006, 2025], frameSizes(320));
    expect(layout.panels[0].points[0].x).to.equal(layout.panels[1].points[0].x);
    expect(layout.panels[1].top).to.be.greaterThan(layout.panels[0].top + layout.panels[0].height);
    for (const tick of layout.xTicks) expect(tick.x).to.be.within(0, 320);
  });

  it('places a span between its years', () => {
    const span: TimeDatum = { id: 'r', position: 2020, span: [2017, 2023], value: 30000, series: 's1', labelText: '≥30,000' };
    const [range] = layoutTime([{ id: 'p', title: 'T', tick: String, data: [span] }], [2006, 2025], frameSizes(600)).panels[0].ranges;
    expect(range.x1).to.be.lessThan(range.x2);
  });
});
