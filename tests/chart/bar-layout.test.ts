import { expect } from '@open-wc/testing';
import { layoutBars, type BarDatum } from '../../src/chart/bar-layout.js';
import { overlappingPairs, textBox } from '../../src/chart/boxes.js';
import { frameSizes } from '../../src/chart/layout.js';
import { isRemainder } from '../../src/chart/remainder.js';
import type { Figure } from '../../src/data/types.js';

const DATA: BarDatum[] = [
  ['Tamaulipas', 328], ['Michoacán', 103], ['Zacatecas', 45], ['Guerrero', 22], ['Guanajuato', 18],
  ['Baja California', 13], ['Other states', 227],
].map(([label, value]) => ({ id: String(label), label: String(label), value: Number(value), valueText: String(value), note: '1' }));

function textBoxes(width: number) {
  const sizes = frameSizes(width);
  const textWidth = sizes.measure.width;
  const layout = layoutBars(DATA, sizes);
  return {
    layout,
    boxes: layout.bars.flatMap((bar) => [
      ...bar.labelText.lines.map((line, i) => textBox(bar.labelText.x, bar.labelText.y + i * bar.labelText.lineHeight,
        textWidth(line, sizes.labelSize), sizes.labelSize, bar.labelText.anchor)),
      textBox(bar.valueLabel.x, bar.valueLabel.y, textWidth(bar.valueLabel.text, sizes.valueSize, true), sizes.valueSize),
    ]),
  };
}

describe('layoutBars', () => {
  for (const width of [240, 280, 320, 480, 640, 960, 1200]) {
    it(`keeps every label and value clear of the others and inside ${width} px`, () => {
      const { layout, boxes } = textBoxes(width);
      expect(overlappingPairs(boxes)).to.deep.equal([]);
      for (const box of boxes) expect(box.x + box.width).to.be.at.most(width + 0.5);
      for (const bar of layout.bars) expect(bar.bar.x + bar.bar.width).to.be.at.most(width);
    });
  }

  it('scales bar length to value from a zero baseline', () => {
    const { layout } = textBoxes(960);
    const [first, second] = layout.bars;
    expect(second.bar.width / first.bar.width).to.be.closeTo(103 / 328, 0.001);
    expect(first.bar.x).to.equal(second.bar.x);
  });

  it('keeps the longest label on one line when the column is sized to it', () => {
    // A width the browser measured for the armed-groups table's longest label at 14 px:
    // the column (width + gap), less the gap, comes out a hair under it in floating point.
    const longest = '2024 · Mexico (Valdés Castellanos)';
    const measured = 252.610693359375;
    expect(measured + 6 - 6).to.be.below(measured);
    const data = [longest, '2010 (Crisis Group)'].map((label) => ({ id: label, label, value: 1, valueText: '1' }));
    // A name's two words are measured joined by a no-break space, as they are drawn.
    const plain = (text: string) => text.replace(/\u00a0/g, ' ');
    const { bars } = layoutBars(data, frameSizes(1200, (text) => (plain(text) === longest ? measured : text.length * 7)));
    expect(bars[0].labelText.lines.map(plain)).to.deep.equal([longest]);
  });

  it('leaves a lower bound\'s end open, its value set past the open end, and keeps every row inside the width', () => {
    for (const width of [280, 640, 1200]) {
      const data = DATA.map((d, i) => ({ ...d, open: i === 0 }));
      const sizes = frameSizes(width);
      const { bars } = layoutBars(data, sizes);
      const [bound, exact] = bars;
      expect(bound.openEnd).to.be.above(0);
      expect(exact.openEnd).to.equal(0);
      expect(bound.valueLabel.x).to.be.closeTo(bound.bar.x + bound.bar.width + bound.openEnd + sizes.gap, 0.01);
      for (const bar of bars) expect(bar.valueLabel.x + sizes.measure.width(bar.valueLabel.text, sizes.valueSize, true)).to.be.at.most(width + 0.5);
    }
  });

  it('puts labels above the bars when narrow and beside them when wide', () => {
    expect(textBoxes(320).layout.bars[0].labelText.anchor).to.equal('start');
    expect(textBoxes(960).layout.bars[0].labelText.anchor).to.equal('end');
  });

  it('sets a label above its bar nearer its own bar than the bar above it, at 280 px', () => {
    const sizes = frameSizes(280);
    const { bars } = layoutBars(DATA, sizes);
    for (let i = 1; i < bars.length; i++) {
      const labelTop = bars[i].labelText.y - sizes.labelSize * 0.75;
      const toOwnBar = bars[i].bar.y - bars[i].labelText.y;
      const toBarAbove = labelTop - (bars[i - 1].bar.y + bars[i - 1].bar.height);
      expect(toBarAbove, bars[i].label).to.be.at.least(1.5 * toOwnBar);
    }
  });

  it('sets a remainder at the end apart, and a lighter bar among the others or at the end at the rows\' pitch', () => {
    const pitch = (data: BarDatum[]) => {
      const bars = layoutBars(data, frameSizes(960)).bars;
      return bars.slice(1).map((bar, i) => bar.bar.y - bars[i].bar.y);
    };
    const last = DATA.length - 1;
    const remainder = pitch(DATA.map((d, i) => ({ ...d, muted: i === last, remainder: i === last })));
    expect(remainder.at(-1)).to.be.above(remainder[0]);
    for (const derived of [3, last]) {
      const even = pitch(DATA.map((d, i) => ({ ...d, muted: i === derived })));
      expect(new Set(even).size, even.join(', ')).to.equal(1);
    }
  });

  it('knows a remainder by its arithmetic: a total or 100% less the figures beside it', () => {
    const derived = (formula: string) => ({ derived: { formula, inputs: {}, decimals: 0 } }) as unknown as Figure;
    expect(isRemainder(derived('total - tam - mic'))).to.equal(true);
    expect(isRemainder(derived('100 - cannabis - meth'))).to.equal(true);
    expect(isRemainder(derived('soldiers / official * 100'))).to.equal(false);
    expect(isRemainder(derived('groups2020 / 2'))).to.equal(false);
    expect(isRemainder({} as Figure)).to.equal(false);
  });

  it('draws the whole scale behind each bar when asked, from where the bars start to the scale\'s end', () => {
    const shares = [['Cannabis', 60.77], ['Fentanyl', 0.98]].map(([label, value]) => ({ id: String(label), label: String(label), value: Number(value), valueText: `${value}%` }));
    for (const width of [280, 960]) {
      const { bars } = layoutBars(shares, frameSizes(width), { max: 100, track: true });
      for (const bar of bars) {
        expect(bar.track!.x).to.equal(bar.bar.x);
        expect(bar.track!.y).to.equal(bar.bar.y);
        expect(bar.track!.width / bars[0].bar.width).to.be.closeTo(100 / 60.77, 0.001);
      }
    }
    expect(layoutBars(shares, frameSizes(960), { max: 100 }).bars.every((bar) => !bar.track)).to.equal(true);
  });

  for (const text of ['counted to May 2024', '2022 incomplete: the navy did not report its clashes of that year, so the average is a minimum']) {
    it(`places a callout (${text.length} characters) clear of every label, value and bar, inside the chart, from 280 to 1200 px`, () => {
      for (const width of [280, 320, 480, 640, 960, 1200]) {
        const sizes = frameSizes(width);
        const textWidth = sizes.measure.width;
        for (const target of [DATA[0].id, DATA[3].id, DATA[DATA.length - 1].id]) {
          const layout = layoutBars(DATA, sizes, { callout: { id: target, text } });
          const callout = layout.bars.find((bar) => bar.id === target)!.callout!;
          const calloutBoxes = callout.lines.map((line, i) => textBox(callout.x, callout.y + i * callout.lineHeight, textWidth(line, layout.calloutSize), layout.calloutSize));
          const others = layout.bars.flatMap((bar) => [
            bar.bar,
            ...bar.labelText.lines.map((line, i) => textBox(bar.labelText.x, bar.labelText.y + i * bar.labelText.lineHeight, textWidth(line, sizes.labelSize), sizes.labelSize, bar.labelText.anchor)),
            textBox(bar.valueLabel.x, bar.valueLabel.y, textWidth(bar.valueLabel.text, sizes.valueSize, true), sizes.valueSize),
          ]);
          const label = `${width} px, on ${target}`;
          expect(overlappingPairs([...calloutBoxes, ...others]).filter(([a]) => a < calloutBoxes.length), label).to.deep.equal([]);
          for (const box of calloutBoxes) expect(box.x + box.width, label).to.be.at.most(width + 0.5);
          expect(layout.calloutSize).to.be.at.least(12);
          // Everything stays inside the layout's height.
          expect(calloutBoxes.at(-1)!.y + calloutBoxes.at(-1)!.height, label).to.be.at.most(layout.height + 1);
        }
      }
    });
  }
});
