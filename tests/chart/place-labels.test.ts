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
});
