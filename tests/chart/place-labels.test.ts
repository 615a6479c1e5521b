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
    const wall = { x: 90, y: 0, width: 14, height: 46 };
    const [right] = placeLabels([band], [wall], bounds);
    expect(right.anchor).to.equal('start');
    const mark = { id: 'b', x: right.box.x + right.box.width + 8, y: 45, width: 10, height: 10 };
    expect(placeLabels([band], [wall, mark], bounds)[0].anchor).to.equal('start');
    const [moved] = placeLabels([{ ...band, sideClearance: 20 }], [wall, mark], bounds);
    expect(moved.anchor).to.not.equal('start');
    expect(Math.max(mark.x - (moved.box.x + moved.box.width), moved.box.x - (mark.x + mark.width))).to.be.at.least(20);
  });

  it('puts a free point\'s label above it, its box clear of the point\'s own mark', () => {
    const bounds = { x: 0, y: 0, width: 300, height: 100 };
    const mark = { id: 'a', x: 145, y: 55, width: 10, height: 10, mark: true };
    const [label] = placeLabels([{ id: 'a', text: '36,661', x: 150, y: 60, fontSize: 13 }], [mark], bounds);
    expect(label.anchor).to.equal('middle');
    expect(label.box.y + label.box.height).to.be.at.most(mark.y);
  });

  it('moves a label already placed to make room for the next', () => {
    const bounds = { x: 0, y: 0, width: 300, height: 100 };
    // Two marks side by side, a line under both: the first label's first choice (above) leaves the second no room.
    const marks = [{ id: 'a', x: 145, y: 45, width: 10, height: 10, mark: true }, { id: 'b', x: 157, y: 48, width: 10, height: 10, mark: true }];
    const line = { id: 'c', x: 0, y: 60, width: 300, height: 2 };
    const labels = placeLabels([
      { id: 'a', text: '33,287', x: 150, y: 50, fontSize: 13 },
      { id: 'b', text: '32,223', x: 162, y: 53, fontSize: 13 },
    ], [...marks, line], bounds);
    expect(labels.map((l) => l.id)).to.have.members(['a', 'b']);
    expect(overlappingPairs([...labels.map((l) => l.box), ...marks])).to.deep.equal([]);
  });

  it('does not put a label nearer another figure\'s mark than its own', () => {
    const bounds = { x: 0, y: 0, width: 300, height: 100 };
    const own = { id: 'a', x: 145, y: 45, width: 10, height: 10, mark: true };
    // Another mark to the lower right, a neighbour's label to the left and one below: only the top right corner is free,
    // and a label there would sit right over the other mark.
    const other = { id: 'b', x: 160, y: 53, width: 10, height: 10, mark: true };
    const walls = [{ x: 0, y: 0, width: 145, height: 100 }, { x: 145, y: 56, width: 155, height: 44 }];
    const free = placeLabels([{ id: 'a', text: '36,661', x: 150, y: 50, fontSize: 13 }], [own, ...walls], bounds);
    expect(free, 'without the other mark, the corner is taken').to.have.length(1);
    const labels = placeLabels([{ id: 'a', text: '36,661', x: 150, y: 50, fontSize: 13 }], [own, other, ...walls], bounds);
    expect(labels).to.deep.equal([]);
  });

  it('slides a centred label inside the bounds when its point is near an edge', () => {
    const bounds = { x: 0, y: 0, width: 300, height: 100 };
    const [label] = placeLabels([{ id: 'a', text: '116,305', x: 296, y: 60, fontSize: 13 }], [{ id: 'a', x: 291, y: 53, width: 10, height: 14, mark: true }], bounds);
    expect(label.anchor).to.equal('middle');
    expect(label.box.x + label.box.width).to.be.at.most(300);
    expect(label.box.x).to.be.below(296);
  });
});

describe('placeLabels on many points', () => {
  /** `count` points 8 px apart along a wave, as crowded as a long series: most labels find no room, and many move others. */
  const crowd = (count: number) => {
    const candidates = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, text: String(30000 + ((i * 7919) % 9000)), x: 10 + i * 8, y: 60 + 40 * Math.sin(i / 3), fontSize: 13 }));
    const marks = candidates.map((c) => ({ id: c.id, x: c.x - 5, y: c.y - 7, width: 10, height: 14, mark: true }));
    return { candidates, marks, bounds: { x: 0, y: 0, width: count * 8 + 20, height: 120 } };
  };
  const checks = (count: number) => {
    const { candidates, marks, bounds } = crowd(count);
    const counter = { checks: 0 };
    const placed = placeLabels(candidates, marks, bounds, undefined, undefined, undefined, counter);
    expect(placed.length, `${count} points`).to.be.greaterThan(count / 10);
    expect(overlappingPairs(placed.map((p) => p.box))).to.deep.equal([]);
    return counter.checks;
  };

  it('checks each label against what is near it only: four times the points, about four times the checks', () => {
    const small = checks(250);
    const large = checks(1000);
    expect(small).to.be.greaterThan(0);
    // Against every obstacle and every label placed, it would be sixteen times.
    expect(large / small).to.be.within(3, 5);
  });
});
