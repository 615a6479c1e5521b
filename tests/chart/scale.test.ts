import { expect } from '@open-wc/testing';
import { linear } from '../../src/chart/scale/linear.js';
import { niceTicks, valueTicks } from '../../src/chart/scale/ticks.js';

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

  it('asks for as many value ticks as the length allows, 2 to 8', () => {
    expect(valueTicks(93, 120)).to.deep.equal([0, 50, 100]);
    expect(valueTicks(93, 300)).to.deep.equal([0, 20, 40, 60, 80, 100]);
    expect(valueTicks(93, 480)).to.deep.equal([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(valueTicks(93, 5000), 'no finer than 8 ticks ask for').to.deep.equal(valueTicks(93, 480));
  });
});
