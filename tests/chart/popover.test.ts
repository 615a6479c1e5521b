import { expect } from '@open-wc/testing';
import { placePopover, union } from '../../src/chart/popover.js';

describe('placePopover', () => {
  const viewport = { width: 800, height: 600 };

  it('goes below its anchor, centred on it, or above when there is no room below', () => {
    const below = placePopover({ left: 100, top: 100, width: 40, height: 20 }, { width: 200, height: 150 }, viewport);
    expect(below).to.deep.equal({ left: 20, top: 126, width: 200, above: false });
    const above = placePopover({ left: 100, top: 500, width: 40, height: 20 }, { width: 200, height: 150 }, viewport);
    expect(above.above).to.equal(true);
    expect(above.top + 150).to.be.at.most(500);
  });

  it('stays inside the viewport', () => {
    const placed = placePopover({ left: 780, top: 100, width: 10, height: 20 }, { width: 320, height: 100 }, { width: 300, height: 600 });
    expect(placed.left).to.equal(8);
    expect(placed.width).to.equal(284);
  });
});

describe('union', () => {
  it('holds both rectangles', () => {
    expect(union({ left: 10, top: 20, width: 50, height: 18 }, { left: 58, top: 14, width: 8, height: 10 })).to.deep.equal({ left: 10, top: 14, width: 56, height: 24 });
  });
});
