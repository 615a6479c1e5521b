import { expect } from '@open-wc/testing';
import { nice, ticks } from 'd3-array';
import { linear, niceTicks } from '../../src/chart/linear.js';
import { valueTicks } from '../../src/chart/ticks.js';

describe('linear scales and ticks', () => {
  it('maps the domain onto the range, inverted ranges included', () => {
    const x = linear([0, 200], [10, 410]);
    expect([x(0), x(50), x(200), x(250)]).to.deep.equal([10, 110, 410, 510]);
    const y = linear([0, 100], [300, 20]);
    expect([y(0), y(100), y(25)]).to.deep.equal([300, 20, 230]);
  });

  it('puts every value of an empty domain in the middle of the range', () => {
    expect(linear([5, 5], [0, 100])(5)).to.equal(50);
  });

  it('extends the domain to round ends and ticks it at round steps', () => {
    expect(niceTicks(0, 93, 5)).to.deep.equal([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0, 36661, 4)).to.deep.equal([0, 10000, 20000, 30000, 40000]);
    expect(niceTicks(0, 0.37, 4)).to.deep.equal([0, 0.1, 0.2, 0.3, 0.4]);
  });

  it('gives the ticks d3-array gives, for every maximum and count the charts ask for', () => {
    for (const max of [0.37, 1.2, 7, 41, 93, 100, 333, 1000, 9931, 36661, 56000, 116305, 336000, 4.5e9]) {
      for (let count = 2; count <= 8; count++) {
        const [lo, hi] = nice(0, max, count);
        expect(niceTicks(0, max, count), `${max} / ${count}`).to.deep.equal(ticks(lo, hi, count));
      }
    }
    expect(niceTicks(3, 3, 4)).to.deep.equal([3]);
  });

  it('asks for as many value ticks as the length allows, 2 to 8', () => {
    expect(valueTicks(93, 120)).to.deep.equal([0, 50, 100]);
    expect(valueTicks(93, 300)).to.deep.equal([0, 20, 40, 60, 80, 100]);
    expect(valueTicks(93, 480)).to.deep.equal([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(valueTicks(93, 5000), 'no finer than 8 ticks ask for').to.deep.equal(valueTicks(93, 480));
  });
});
