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

  it('closes up where the squares are at their largest, leaving no gulf between the waffles', () => {
    for (const width of [960, 1200]) {
      const [first, second] = layoutWaffles(inputs, frameSizes(width)).panels;
      const gap = Math.min(...second.cells.map((c) => c.x)) - Math.max(...first.cells.map((c) => c.x + c.width));
      expect(gap, `${width} px`).to.be.at.most(waffleDefaults.panelGap * 2);
      expect(gap, `${width} px`).to.be.at.least(waffleDefaults.panelGap);
    }
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
