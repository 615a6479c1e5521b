import { expect } from '@open-wc/testing';
import { frameSizes } from '../../src/chart/layout.js';
import { cellsPath, layoutWaffles, waffleDefaults } from '../../src/chart/waffle-layout.js';

const inputs = [
  { id: 'a', heading: '2018', valueText: 'about 2.3%', percent: 2.3 },
  { id: 'b', heading: '2024', valueText: '20%', percent: 20 },
];

describe('layoutWaffles', () => {
  it('fills one cell per point, the last one partly, from the bottom row', () => {
    const [before, after] = layoutWaffles(inputs, frameSizes(960)).panels;
    expect(after.cells.filter((c) => c.fill === 1)).to.have.length(20);
    expect(before.cells.filter((c) => c.fill === 1)).to.have.length(2);
    expect(before.cells.find((c) => c.fill > 0 && c.fill < 1)!.fill).to.be.closeTo(0.3, 1e-9);
    const bottom = Math.max(...after.cells.map((c) => c.y));
    expect(after.cells.filter((c) => c.fill === 1).every((c) => c.y >= bottom - after.cells[0].height * 2)).to.equal(true);
  });

  it('sits side by side down to 280 px and fits the width', () => {
    for (const width of [280, 320, 960]) {
      const layout = layoutWaffles(inputs, frameSizes(width));
      expect(layout.panels[0].box.y).to.equal(layout.panels[1].box.y);
      for (const panel of layout.panels) for (const cell of panel.cells) expect(cell.x + cell.width).to.be.at.most(width);
    }
  });

  it('uses the width: each waffle fills its column, up to the largest squares, leaving little room unused at 1000 px', () => {
    const span = (panel: { cells: { x: number; width: number }[] }) => [Math.min(...panel.cells.map((c) => c.x)), Math.max(...panel.cells.map((c) => c.x + c.width))];
    const layout = layoutWaffles(inputs, frameSizes(1000));
    const [[, firstEnd], [secondStart, secondEnd]] = layout.panels.map(span);
    expect(layout.cellSize).to.be.above(30).and.at.most(waffleDefaults.maxCell);
    // Before, squares stopped at 30 px and the pair closed up at the left, leaving about 330 px empty.
    const unused = 1000 - (firstEnd - 0) - (secondEnd - secondStart);
    expect(unused, 'px not covered by squares').to.be.below(100);
    expect(secondStart - firstEnd).to.be.at.least(waffleDefaults.panelGap);
    expect(secondEnd).to.be.at.most(1000);
    // At the widest, the squares stop at their largest: the waffles keep to their columns.
    expect(layoutWaffles(inputs, frameSizes(1200)).cellSize).to.equal(waffleDefaults.maxCell);
  });

  it('puts more waffles side by side where they fit, in rows as even as they can be, aligned in columns', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `w${i}`, heading: `${2015 + i}`, valueText: `${i * 10}%`, percent: i * 10 }));
    const rowsOf = (layout: ReturnType<typeof layoutWaffles>) => [...new Set(layout.panels.map((p) => p.box.y))].map((y) => layout.panels.filter((p) => p.box.y === y).length);
    expect(rowsOf(layoutWaffles(many(4), frameSizes(1000))), 'four at 1000 px').to.deep.equal([4]);
    const seven = layoutWaffles(many(7), frameSizes(640));
    expect(rowsOf(seven), 'seven at 640 px').to.deep.equal([4, 3]);
    expect(seven.cellSize).to.be.at.least(waffleDefaults.minCell);
    expect(seven.panels[4].box.x, 'the second row starts in the first column').to.equal(seven.panels[0].box.x);
    expect(seven.panels[5].box.x).to.equal(seven.panels[1].box.x);
    for (const panel of seven.panels) for (const cell of panel.cells) expect(cell.x + cell.width).to.be.at.most(640);
  });
});

describe('layoutWaffles with a qualifier', () => {
  const qualified = [
    { id: 'a', heading: '2018 (cálculo)', qualifierText: 'cerca de', valueText: '2.3%', percent: 2.3 },
    { id: 'b', heading: '2024', valueText: '20%', percent: 20 },
  ];

  it('puts a long qualifier above the number in a narrow panel, so the number keeps its size', () => {
    const layout = layoutWaffles(qualified, frameSizes(280));
    const unqualified = layoutWaffles(qualified.map(({ qualifierText: _, ...rest }) => rest), frameSizes(280));
    expect(layout.valueSize).to.equal(unqualified.valueSize);
    expect(layout.valueSize).to.be.above(waffleDefaults.headingSize + 4);
    const [first] = layout.panels;
    expect(first.qualifierY, 'the qualifier has a line of its own').to.be.a('number');
    expect(first.qualifierY!).to.be.below(first.valueY);
    expect(first.qualifierY!).to.be.above(first.headingY);
    // Set apart from the heading's lines, so that it reads with the number and not as a heading's last line.
    const headingLineStep = Math.round(waffleDefaults.headingSize * 1.3);
    const lastHeadingBaseline = first.headingY + (first.headingLines.length - 1) * headingLineStep;
    expect(first.qualifierY! - lastHeadingBaseline).to.be.at.least(headingLineStep + 4);
  });

  it('keeps the qualifier beside the number where there is room', () => {
    const layout = layoutWaffles(qualified, frameSizes(640));
    expect(layout.panels[0].qualifierY).to.equal(undefined);
    expect(layout.valueSize).to.equal(waffleDefaults.valueSize);
  });
});

describe('cellsPath', () => {
  it('draws each cell as a square of one path, as much of it as its share, and leaves out the empty ones', () => {
    const cells = [{ x: 0, y: 10, width: 28, height: 28, fill: 1 }, { x: 30, y: 10, width: 28, height: 28, fill: 0.3 }, { x: 60, y: 10, width: 28, height: 28, fill: 0 }];
    expect(cellsPath(cells, () => 1)).to.equal('M0 10h28v28h-28zM30 10h28v28h-28zM60 10h28v28h-28z');
    // 28 × 0.3 is 8.399999999999999 in floating point: written to the hundredth.
    expect(cellsPath(cells, (cell) => cell.fill)).to.equal('M0 10h28v28h-28zM30 10h8.4v28h-8.4z');
  });
});
