import { expect } from '@open-wc/testing';
import { frameSizes } from '../../src/chart/layout.js';
import { layoutStacks, stackDefaults, type StackDatum, type StackMode } from '../../src/chart/stack-layout.js';

/** Two categories of three parts; the second lacks its last. */
const DATA: StackDatum[] = [
  ['Tamaulipas', 'Army', 300], ['Tamaulipas', 'National Guard', 200], ['Tamaulipas', 'Navy', 100],
  ['Sonora', 'Army', 60], ['Sonora', 'National Guard', 40],
].map(([category, series, value], i) => ({ id: `d${i}`, category: String(category), series: String(series), value: Number(value), valueText: String(value) }));

const texts = { total: (total: number) => String(total), percent: (percent: number) => `${Math.round(percent)}%` };
const layout = (mode: StackMode, width = 640) => layoutStacks(DATA, mode, frameSizes(width), texts);
const ofCategory = (l: ReturnType<typeof layout>, category: string) => l.segments.filter((s) => s.category === category);

describe('layoutStacks', () => {
  it('keeps the order of the data: categories, and series as they first appear', () => {
    const stacked = layout('stacked');
    expect(stacked.series).to.deep.equal(['Army', 'National Guard', 'Navy']);
    expect(stacked.categories.map((c) => c.label)).to.deep.equal(['Tamaulipas', 'Sonora']);
    expect(stacked.segments.map((s) => s.id)).to.deep.equal(['d0', 'd1', 'd2', 'd3', 'd4']);
    expect(stacked.segments.map((s) => s.seriesIndex)).to.deep.equal([0, 1, 2, 0, 1]);
  });

  it('stacks the parts end to end, each as long as its value, the bar as long as their sum, with its total', () => {
    const stacked = layout('stacked');
    const perUnit = stacked.segments[0].box.width / 300;
    for (const segment of stacked.segments) expect(segment.box.width).to.be.closeTo(segment.value * perUnit, 1e-9);
    for (const [i, category] of stacked.categories.entries()) {
      const parts = ofCategory(stacked, category.label);
      parts.slice(1).forEach((part, k) => expect(part.box.x).to.be.closeTo(parts[k].box.x + parts[k].box.width, 1e-9));
      const sum = parts.reduce((s, p) => s + p.value, 0);
      expect(category.bar.width).to.be.closeTo(sum * perUnit, 1e-9);
      expect(category.total!.text).to.equal(String(sum));
      expect(category.total!.x).to.be.above(category.bar.x + category.bar.width);
      expect(category.total!.x + frameSizes(640).measure.width(category.total!.text, 14, true), `total ${i} inside the chart`).to.be.at.most(640);
    }
    expect(stacked.frame).to.equal(undefined);
  });

  it('writes a part’s number inside it only where it fits, with room to spare', () => {
    for (const width of [240, 320, 640, 1200]) {
      const stacked = layout('stacked', width);
      const sizes = frameSizes(width);
      for (const segment of stacked.segments) {
        const room = sizes.measure.width(segment.valueText, sizes.valueSize, true) + 2 * stackDefaults.inset;
        expect(Boolean(segment.label), `${segment.id} at ${width} px`).to.equal(segment.box.width >= room);
        if (segment.label) expect(Math.abs(segment.label.x - (segment.box.x + segment.box.width / 2))).to.be.below(1e-9);
      }
    }
  });

  it('at 100%, makes every bar as long as the frame, its parts their shares, the frame labelled 0–100', () => {
    const percent = layout('percent');
    const ticks = percent.frame!.ticks;
    expect(ticks.map((t) => t.text)).to.deep.equal(['0%', '25%', '50%', '75%', '100%']);
    for (const category of percent.categories) {
      const parts = ofCategory(percent, category.label);
      const sum = parts.reduce((s, p) => s + p.value, 0);
      expect(parts[0].box.x).to.be.closeTo(ticks[0].x, 1e-9);
      expect(parts.at(-1)!.box.x + parts.at(-1)!.box.width).to.be.closeTo(ticks[4].x, 1e-9);
      for (const part of parts) expect(part.box.width / (ticks[4].x - ticks[0].x)).to.be.closeTo(part.value / sum, 1e-9);
      expect(category.total).to.equal(undefined);
    }
    expect(percent.segments.map((s) => s.label?.text)).to.deep.equal(['50%', '33%', '17%', '60%', '40%']);
    // Rules between the bars where labels sit beside them; only the tick labels where labels sit above.
    expect(percent.frame!.bottom).to.be.above(percent.frame!.top);
    const compact = layout('percent', 320).frame!;
    expect(compact.bottom).to.equal(compact.top);
  });

  it('sets grouped bars one under the other from one start, on one scale across categories', () => {
    const grouped = layout('grouped');
    const perUnit = grouped.segments[0].box.width / 300;
    for (const segment of grouped.segments) {
      expect(segment.box.width).to.be.closeTo(segment.value * perUnit, 1e-9);
      expect(segment.box.x).to.equal(grouped.segments[0].box.x);
      expect(segment.label!.inside).to.equal(false);
      expect(segment.label!.x).to.be.above(segment.box.x + segment.box.width);
    }
    for (const category of grouped.categories) {
      const parts = ofCategory(grouped, category.label);
      parts.slice(1).forEach((part, k) => expect(part.box.y).to.be.at.least(parts[k].box.y + parts[k].box.height + stackDefaults.groupGap));
    }
    // Sonora has no Navy: its slot stays empty, so a colour keeps its place in every group.
    const sonora = ofCategory(grouped, 'Sonora');
    expect(sonora).to.have.length(2);
    expect(sonora.map((s) => s.seriesIndex)).to.deep.equal([0, 1]);
    // The chart ends with Sonora's last bar, not with the empty slot under it.
    expect(grouped.height).to.equal(Math.ceil(sonora[1].box.y + sonora[1].box.height));
    // Its label in the middle of the two bars it has.
    const label = grouped.categories[1].labelText;
    const middle = (sonora[0].box.y + sonora[1].box.y + sonora[1].box.height) / 2;
    expect(label.y - frameSizes(640).labelSize * 0.3).to.be.closeTo(middle, 2);
  });

  it('gives every part a target of at least 24 px high, in reading order, each below the last category’s', () => {
    for (const mode of ['stacked', 'grouped', 'percent'] as const) {
      const l = layout(mode);
      for (const segment of l.segments) expect(segment.hit.height, `${mode} ${segment.id}`).to.be.at.least(24);
      const tamaulipas = Math.max(...ofCategory(l, 'Tamaulipas').map((s) => s.hit.y + s.hit.height));
      expect(Math.min(...ofCategory(l, 'Sonora').map((s) => s.hit.y))).to.be.at.least(tamaulipas);
    }
  });
});
