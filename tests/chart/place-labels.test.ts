import { expect } from '@open-wc/testing';
import { overlappingPairs } from '../../src/chart/boxes.js';
import { placeLabels } from '../../src/chart/place-labels.js';

describe('placeLabels', () => {
  it('never places two labels on top of each other, and drops what does not fit', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, text: '36,661', x: 100 + i * 3, y: 50, fontSize: 12 }));
    const placed = placeLabels(crowd, [], { x: 0, y: 0, width: 300, height: 100 });
    expect(placed.length).to.be.within(1, 4);
    expect(overlappingPairs(placed.map((p) => p.box))).to.deep.equal([]);
  });

  it('keeps labels inside the bounds and off obstacles', () => {
    const placed = placeLabels([{ id: 'a', text: 'Long label here', x: 2, y: 10, fontSize: 12 }], [], { x: 0, y: 0, width: 200, height: 100 });
    expect(placed).to.have.length(1);
    expect(placed[0].box.x).to.be.at.least(0);
    expect(placed[0].box.y).to.be.at.least(0);
    const blocked = placeLabels([{ id: 'a', text: 'x', x: 50, y: 50, fontSize: 12 }], [{ x: 0, y: 0, width: 200, height: 200 }], { x: 0, y: 0, width: 200, height: 200 });
    expect(blocked).to.deep.equal([]);
  });

  it('keeps an obstacle\'s own clearance from other figures\' labels when it has one', () => {
    const bounds = { x: 0, y: 0, width: 300, height: 100 };
    const point = { id: 'a', text: '36,661', x: 150, y: 60, fontSize: 12 };
    const [free] = placeLabels([point], [], bounds);
    expect(free.anchor).to.equal('middle');
    // Another figure's line 3 px above where the label goes: too close at the default 5 px, clear at 1 px.
    const line = { id: 'b', x: 0, y: free.box.y - 4, width: 300, height: 1 };
    expect(placeLabels([point], [line], bounds)[0].anchor).to.not.equal('middle');
    expect(placeLabels([point], [{ ...line, clearance: 1 }], bounds)[0]).to.deep.include({ anchor: 'middle', y: free.y });
  });

  it('keeps a label with a side clearance that far from the sides of other figures\' marks', () => {
    const bounds = { x: 0, y: 0, width: 300, height: 100 };
    const band = { id: 'a', text: '≥30,000', x: 100, y: 50, fontSize: 12 };
    // Nothing above the point: the label goes to its right.
    const wall = { x: 90, y: 0, width: 16, height: 46 };
    const [right] = placeLabels([band], [wall], bounds);
    expect(right.anchor).to.equal('start');
    const mark = { id: 'b', x: right.box.x + right.box.width + 8, y: 45, width: 10, height: 10 };
    expect(placeLabels([band], [wall, mark], bounds)[0].anchor).to.equal('start');
    const [moved] = placeLabels([{ ...band, sideClearance: 20 }], [wall, mark], bounds);
    expect(moved.anchor).to.not.equal('start');
    expect(Math.max(mark.x - (moved.box.x + moved.box.width), moved.box.x - (mark.x + mark.width))).to.be.at.least(20);
  });
});
