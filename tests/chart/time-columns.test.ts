import { expect } from '@open-wc/testing';
import { boxesOverlap } from '../../src/chart/boxes.js';
import { frameSizes } from '../../src/chart/layout.js';
import { layoutTimeColumns, periodExtent, type ColumnInput } from '../../src/chart/time-columns.js';

const column = (id: string, position: number, value: number, extra: Partial<ColumnInput> = {}): ColumnInput =>
  ({ id, position, value, valueText: value.toLocaleString('en-US'), ...extra });
const WIDTHS = [280, 320, 480, 640, 960, 1200];

describe('periodExtent', () => {
  it('spans a period from the start of its first year or month to the end of its last', () => {
    expect(periodExtent('2019')).to.deep.equal([2019, 2020]);
    expect(periodExtent('2017/2022')).to.deep.equal([2017, 2023]);
    const [start, end] = periodExtent('2018-12/2024-05');
    expect(start).to.be.closeTo(2018 + 11 / 12, 1e-9);
    expect(end).to.be.closeTo(2024 + 5 / 12, 1e-9);
  });
});

describe('layoutTimeColumns', () => {
  it('gives every year the same width, so a year without a figure is an empty place on the axis', () => {
    const layout = layoutTimeColumns({ columns: [column('a', 2010.5, 10), column('b', 2011.5, 20), column('c', 2015.5, 30)], domain: [2010, 2017], tick: String }, frameSizes(640));
    const centre = (id: string) => { const c = layout.columns.find((k) => k.id === id)!; return c.x + c.width / 2; };
    const year = centre('b') - centre('a');
    expect(centre('c') - centre('b')).to.be.closeTo(4 * year, 0.01);
    // 2012–2014 and 2016 have no column: they are gaps, and no column stands in them.
    expect(layout.gaps.map((g) => [g.from, g.to])).to.deep.equal([[2012, 2014], [2016, 2016]]);
    for (const gap of layout.gaps) {
      expect(gap.x2 - gap.x1).to.be.closeTo((gap.to - gap.from + 1) * year, 0.01);
      expect(layout.columns.filter((c) => c.x < gap.x2 && c.x + c.width > gap.x1), `${gap.from}`).to.deep.equal([]);
    }
    // Each year has its tick, empty or not.
    expect(layout.yearEdges).to.have.length(8);
  });

  it('keeps a column for each of many years at its own year, inside the width, where years are narrower than a column', () => {
    // 60 years (the most a column chart draws) at a phone's width: each year a few pixels.
    const columns = Array.from({ length: 60 }, (_, i) => column(String(i), 1960.5 + i, 100 + i));
    for (const width of [280, 320, 640]) {
      const layout = layoutTimeColumns({ columns, domain: [1960, 2020], tick: String }, frameSizes(width));
      const edges = layout.yearEdges;
      for (const [i, c] of layout.columns.entries()) {
        expect(c.x, `${width}: ${1960 + i} starts in its year`).to.be.at.least(edges[i] - 0.01);
        expect(c.x + c.width, `${width}: ${1960 + i} ends in its year`).to.be.at.most(edges[i + 1] + 0.01);
        expect(c.width, `${width}: ${1960 + i} is drawn`).to.be.above(1);
      }
      expect(Math.max(...layout.columns.map((c) => c.x + c.width))).to.be.at.most(width);
    }
  });

  it('says "no figures" in a run of empty years where the words fit, never in a single one', () => {
    const layout = layoutTimeColumns({ columns: [column('a', 2010.5, 10), column('b', 2016.5, 10)], domain: [2010, 2019], tick: String, gapText: 'no figures' }, frameSizes(960));
    expect(layout.gaps.map((g) => [g.from, g.to, g.text?.text])).to.deep.equal([[2011, 2015, 'no figures'], [2017, 2018, 'no figures']]);
    const narrow = layoutTimeColumns({ columns: [column('a', 2010.5, 10), column('b', 2012.5, 10)], domain: [2010, 2013], tick: String, gapText: 'no figures' }, frameSizes(960));
    expect(narrow.gaps[0].text).to.equal(undefined);
  });

  it('stands two counts of one time side by side, centred on it, neither over the other', () => {
    for (const width of WIDTHS) {
      const layout = layoutTimeColumns({
        columns: [column('a', 2010.5, 10), column('dec', 2023.96, 286494), column('apr1', 2024.29, 281209), column('apr2', 2024.29, 300000)],
        domain: [2010, 2025], tick: String,
      }, frameSizes(width));
      const [dec, apr1, apr2] = ['dec', 'apr1', 'apr2'].map((id) => layout.columns.find((c) => c.id === id)!);
      expect(apr1.x, `${width}px`).to.be.at.least(dec.x + dec.width);
      expect(apr2.x, `${width}px`).to.be.at.least(apr1.x + apr1.width);
      // In time order, and within the plot.
      expect(apr2.x + apr2.width).to.be.at.most(width);
      expect(dec.width).to.equal(apr1.width);
    }
  });

  it('draws a bound with an open top and a multi-year value across its years', () => {
    const layout = layoutTimeColumns({
      columns: [column('bound', 2019.5, 35000, { open: true }), column('count', 2018.5, 36685), column('floor', 2020, 30000, { span: [2017, 2023], open: true })],
      domain: [2007, 2025], tick: String,
    }, frameSizes(960));
    expect(layout.columns.find((c) => c.id === 'bound')!.openTop).to.be.greaterThan(0);
    expect(layout.columns.find((c) => c.id === 'count')!.openTop).to.equal(0);
    const [floor] = layout.spans;
    expect(floor.id).to.equal('floor');
    const year = (layout.width - 2 - layout.plotLeft) / 18;
    expect(floor.width).to.be.closeTo(6 * year, 0.01);
    expect(layout.columns.map((c) => c.id)).to.not.include('floor');
    // The years under the floor are covered, not gaps.
    expect(layout.gaps.map((g) => [g.from, g.to])).to.deep.equal([[2007, 2016], [2023, 2024]]);
  });

  it('keeps value labels clear of each other and of the other columns, from 280 to 1200 px', () => {
    for (const width of WIDTHS) {
      const layout = layoutTimeColumns({
        columns: [column('a', 2007.5, 8867), column('b', 2017.5, 25339), column('c', 2018.5, 36685), column('d', 2019.5, 36661), column('e', 2019.5, 35000, { open: true, valueText: 'at least 35,000' }),
          column('f', 2022.5, 33287), column('g', 2022.5, 32223), column('floor', 2020, 30000, { span: [2017, 2023], open: true, valueText: 'at least 30,000 a year' })],
        domain: [2007, 2025], tick: String,
      }, frameSizes(width));
      const labels = layout.labels;
      expect(labels.length, `${width}px`).to.be.at.least(3);
      labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(boxesOverlap(a.box, b.box), `${width}px: ${a.id} and ${b.id}`).to.equal(false)));
      for (const label of labels) {
        for (const c of layout.columns.filter((k) => k.id !== label.id)) {
          expect(boxesOverlap(label.box, { x: c.x, y: c.y - c.openTop, width: c.width, height: layout.baseline - c.y + c.openTop }), `${width}px: ${label.id} over ${c.id}`).to.equal(false);
        }
      }
    }
  });
});

describe('annotations on the time axis', () => {
  const terms = [
    { id: 'calderon', label: 'Calderón', start: 2006 + 11 / 12, end: 2012 + 11 / 12 },
    { id: 'pena', label: 'Peña Nieto', start: 2012 + 11 / 12, end: 2018 + 11 / 12 },
    { id: 'amlo', label: 'López Obrador’s term, as the documents date it', start: 2018 + 11 / 12, end: 2024 + 5 / 12 },
    { id: 'guard', label: 'National Guard', start: 2019 },
  ];
  const columns = [column('a', 2007.5, 8867), column('b', 2018.5, 36685), column('c', 2019.5, 36661)];

  it('places each label above the plot, clear of every mark and of the other labels, from 280 to 1200 px', () => {
    for (const width of WIDTHS) {
      const layout = layoutTimeColumns({ columns, annotations: terms, domain: [2007, 2025], tick: String }, frameSizes(width));
      expect(layout.annotations.map((a) => a.id)).to.deep.equal(['calderon', 'pena', 'amlo', 'guard']);
      for (const a of layout.annotations) {
        expect(a.box.y + a.box.height, `${width}px ${a.id}: above the plot`).to.be.at.most(layout.plotTop);
        expect(a.box.x, `${width}px ${a.id}`).to.be.at.least(0);
        expect(a.box.x + a.box.width, `${width}px ${a.id}`).to.be.at.most(width + 0.5);
        for (const label of layout.labels) expect(boxesOverlap(a.box, label.box), `${width}px ${a.id} and ${label.id}`).to.equal(false);
      }
      // Apart by a word space at least, on one row.
      const spaced = (a: (typeof layout.annotations)[0]) => ({ ...a.box, x: a.box.x - 4, width: a.box.width + 8 });
      layout.annotations.forEach((a, i) => layout.annotations.slice(i + 1).forEach((b) => expect(boxesOverlap(spaced(a), spaced(b)), `${width}px: ${a.id} and ${b.id}`).to.equal(false)));
    }
  });

  it('runs a line from its label to the axis through no other label, nor its own, from 280 to 1200 px', () => {
    const events = [...terms, { id: 'law', label: 'A law', start: 2019 + 4 / 12 }, { id: 'late', label: 'Vote', start: 2024.6 }];
    for (const width of WIDTHS) {
      const layout = layoutTimeColumns({ columns, annotations: events, domain: [2007, 2025], tick: String }, frameSizes(width));
      for (const line of layout.annotations.filter((a) => a.x2 === undefined)) {
        for (const other of layout.annotations) {
          const below = other.box.y + other.box.height > line.box.y;
          const across = other.box.x - 1 < line.x1 && line.x1 < other.box.x + other.box.width + 1;
          expect(below && across, `${width}px: the ${line.id} line through ${other.id}'s label`).to.equal(false);
        }
      }
    }
  });

  it('starts a band\'s label inside the band where the width allows, and shades side-by-side bands one in two', () => {
    const layout = layoutTimeColumns({ columns, annotations: terms, domain: [2007, 2025], tick: String }, frameSizes(1200));
    for (const a of layout.annotations) expect(a.labelX, a.id).to.be.closeTo(a.x1 + 4, 0.01);
    expect(layout.annotations.map((a) => a.shaded)).to.deep.equal([true, false, true, false]);
    // A line has no end; a band covers its period.
    const guard = layout.annotations.find((a) => a.id === 'guard')!;
    expect(guard.x2).to.equal(undefined);
    const amlo = layout.annotations.find((a) => a.id === 'amlo')!;
    expect(amlo.x2! - amlo.x1).to.be.closeTo((5.5) * (layout.width - 2 - layout.plotLeft) / 18, 0.01);
  });

  it('takes as many rows as its labels need, and the plot starts below them', () => {
    const one = layoutTimeColumns({ columns, annotations: [terms[0]], domain: [2007, 2025], tick: String }, frameSizes(640));
    const crowded = layoutTimeColumns({ columns, annotations: terms, domain: [2007, 2025], tick: String }, frameSizes(280));
    expect(crowded.plotTop).to.be.greaterThan(one.plotTop);
    expect(new Set(crowded.annotations.map((a) => a.labelY)).size).to.be.greaterThan(1);
  });
});
