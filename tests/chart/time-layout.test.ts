import { expect } from '@open-wc/testing';
import { frameSizes } from '../../src/chart/layout.js';
import { categoryAxis, consecutiveRuns, layoutTime, timeDefaults, type TimeDatum } from '../../src/chart/time-layout.js';

const datum = (year: number, value: number, series = 's0'): TimeDatum =>
  ({ id: `${series}-${year}`, position: year + 0.5, year, value, series, labelText: String(value) });

describe('categoryAxis', () => {
  it('spaces categories by their periods in time, else one to a slot, the domain half the closest gap beyond each end', () => {
    expect(categoryAxis(3)).to.deep.equal({ positions: [0.5, 1.5, 2.5], domain: [0, 3] });
    const { positions, domain } = categoryAxis(3, ['2018', '2019', '2022']);
    expect(positions).to.deep.equal([2018.5, 2019.5, 2022.5]);
    expect(domain).to.deep.equal([2018, 2023]);
    const months = categoryAxis(2, ['2018-01', '2018-03']);
    expect(months.domain[0]).to.be.closeTo(months.positions[0] - (months.positions[1] - months.positions[0]) / 2, 1e-9);
  });
});

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

  it('places a span between its years, its band no higher than the top gridline', () => {
    const span: TimeDatum = { id: 'r', position: 2020, span: [2017, 2023], value: 30000, series: 's1', labelText: '≥30,000' };
    const [panel] = layoutTime([{ id: 'p', title: 'T', tick: String, data: [span, datum(2019, 36000)] }], [2006, 2025], frameSizes(600)).panels;
    const [range] = panel.ranges;
    expect(range.x1).to.be.lessThan(range.x2);
    expect(range.top).to.equal(Math.min(...panel.yTicks.map((t) => t.y)));
  });

  it('puts a band’s label above it, or along it, above or below, away from the side of a mark level with it', () => {
    const span: TimeDatum = { id: 'r', position: 2020, span: [2017, 2023], value: 30000, series: 's1', labelText: '≥30,000' };
    const [alone] = layoutTime([{ id: 'p', title: 'T', tick: String, data: [span] }], [2006, 2025], frameSizes(600)).panels;
    const free = alone.labels.find((l) => l.id === 'r')!;
    expect(free.box.y + free.box.height, 'above the band').to.be.at.most(alone.ranges[0].y);
    expect(free.x).to.be.closeTo((alone.ranges[0].x1 + alone.ranges[0].x2) / 2, 0.5);
    // A mark just above the band's middle takes the place above it there, and would read as the label's owner beside it.
    const [panel] = layoutTime([{ id: 'p', title: 'T', tick: String, data: [span, { ...datum(2019, 32000), position: 2020 }] }], [2006, 2025], frameSizes(600)).panels;
    const label = panel.labels.find((l) => l.id === 'r')!;
    expect(label, 'the band keeps its label').to.exist;
    const mark = panel.points[0].hit;
    const level = label.box.y < mark.y + mark.height && mark.y < label.box.y + label.box.height;
    if (level) expect(Math.max(mark.x - label.box.x - label.box.width, label.box.x - mark.x - mark.width)).to.be.at.least(24);
  });

  it('spreads marks that would overlap, whether in one quarter of a year or not', () => {
    const crowd = [
      { ...datum(2024, 114000, 'a'), position: 2024.1 },
      { ...datum(2024, 115000, 'b'), position: 2024.3 },
      { ...datum(2024, 113500, 'c'), position: 2024.2 },
    ];
    const [panel] = layoutTime([{ id: 'p', title: 'T', tick: String, data: crowd }], [2006, 2025], frameSizes(1200)).panels;
    const marks = panel.points.map((p) => [p.x, p.y]);
    for (const [i, [x1, y1]] of marks.entries()) {
      for (const [x2, y2] of marks.slice(i + 1)) expect(Math.hypot(x1 - x2, y1 - y2), 'marks apart, with a gap').to.be.at.least(11);
    }
    // At the chart's edge the group moves in rather than off it.
    const [edge] = layoutTime([{ id: 'p', title: 'T', tick: String, data: crowd.map((d) => ({ ...d, position: 2024.95 })) }], [2006, 2025], frameSizes(320)).panels;
    for (const point of edge.points) expect(point.x + 6).to.be.at.most(320);
  });

  it('keeps a spread group clear of the marks beside it (two years 14 px apart, one with a second source)', () => {
    const data = [datum(2018, 36685, 'icg'), datum(2019, 36661, 'icg'), { ...datum(2019, 35000, 'shirk'), position: 2019.6 }];
    const [panel] = layoutTime([{ id: 'p', title: 'T', tick: String, data }], [2006, 2025], frameSizes(280)).panels;
    const marks = panel.points.map((p) => [p.x, p.y]);
    for (const [i, [x1, y1]] of marks.entries()) {
      for (const [x2, y2] of marks.slice(i + 1)) expect(Math.hypot(x1 - x2, y1 - y2), 'marks apart').to.be.at.least(11);
    }
  });

  it('never centres a label over another figure\'s unlabelled mark beside its own, at any width', () => {
    // Homicides for 2022 as two documents give them, 12 px apart, under a band: "33,287" centred over the
    // first read as the second's (32,223), which had no label of its own.
    const data: TimeDatum[] = [
      datum(2007, 8867), datum(2018, 25339, 's1'), datum(2018, 36685), datum(2019, 36661),
      { ...datum(2019, 35000, 's3'), open: true }, datum(2022, 33287), datum(2022, 32223, 's2'),
      { id: 'band', position: 2020, span: [2017, 2023], value: 30000, series: 's2', labelText: '≥30,000' },
    ];
    let ambiguous = 0;
    for (let width = 280; width <= 1200; width += 8) {
      const [panel] = layoutTime([{ id: 'p', title: 'Homicides per year', tick: String, data }], [2006, 2025], frameSizes(width)).panels;
      const labelled = new Set(panel.labels.map((l) => l.id));
      for (const label of panel.labels.filter((l) => l.anchor === 'middle')) {
        const own = panel.points.find((p) => p.id === label.id);
        if (!own) continue;
        const under = panel.points.filter((p) => p.id !== own.id && Math.abs(p.x - label.x) < label.box.width / 2 && Math.abs(p.y - own.y) < 12);
        // An unlabelled mark under it on one side, and nothing on the other: the label reads as that mark's.
        const side = (p: { x: number }) => Math.sign(p.x - own.x);
        if (under.some((p) => !labelled.has(p.id) && !under.some((q) => side(q) === -side(p)))) ambiguous++;
      }
    }
    expect(ambiguous).to.equal(0);
  });
});

describe('layoutTime on a dense panel', () => {
  const wave = (count: number): TimeDatum[] => Array.from({ length: count }, (_, i) =>
    ({ id: `d${i}`, position: i + 0.5, year: i, value: 40000 + 20000 * Math.sin(i / 7) + ((i * 7919) % 40000), series: 's0', labelText: String(i) }));

  it(`past ${timeDefaults.dense} points, labels only the ends and the extremes, and leaves every mark at its place`, () => {
    for (const count of [timeDefaults.dense + 1, 10000]) {
      const data = wave(count);
      const [panel] = layoutTime([{ id: 'p', title: '', tick: String, data }], [0, count], frameSizes(640)).panels;
      expect(panel.points).to.have.length(count);
      expect(panel.labels.length, `${count} points`).to.be.within(1, 4);
      const values = data.map((d) => d.value);
      const ends = new Set([data[0].id, data[count - 1].id, data[values.indexOf(Math.max(...values))].id, data[values.indexOf(Math.min(...values))].id]);
      for (const label of panel.labels) expect(ends.has(label.id), label.id).to.equal(true);
      // Spread apart, marks this close would run off the chart: they stay where their positions put them.
      const x = (position: number) => 4 + ((640 - 8) * position) / count;
      for (const point of [panel.points[0], panel.points[count >> 1], panel.points[count - 1]]) expect(point.x).to.be.closeTo(x(point.position), 1e-6);
    }
  });

  it('keeps labelling every point it can, and spreading marks, up to that many', () => {
    const [panel] = layoutTime([{ id: 'p', title: '', tick: String, data: wave(timeDefaults.dense) }], [0, timeDefaults.dense], frameSizes(1200)).panels;
    expect(panel.labels.length).to.be.greaterThan(4);
  });
});
