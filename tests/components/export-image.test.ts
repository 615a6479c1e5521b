import { expect } from '@open-wc/testing';
import { chartSvg } from '../../src/components/actions/export-image.js';

/** A drawing `height` px tall at whatever width it is staged at, as a chart would lay itself out. */
function stager(height: number) {
  const staged: SVGSVGElement[] = [];
  const stage = (width: number) => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.append(document.createElementNS('http://www.w3.org/2000/svg', 'rect'));
    document.body.append(svg);
    staged.push(svg);
    return { drawing: svg, remove: () => svg.remove() };
  };
  return { stage, staged };
}

const frame = {
  title: 'Tamaulipas alone saw 43% of armed clashes', subtitle: 'Armed clashes reported by the defence ministry, 2020–2022',
  footer: 'Source: Crisis Group (2024) · Chart: Cifras', background: '#ffffff', text: '#111111', muted: '#555555',
};

describe('saved image', () => {
  for (const [format, size] of [['landscape', [1200, 675]], ['portrait', [1080, 1350]]] as const) {
    it(`is a ${size.join(' × ')} graphic: title, subtitle, the chart, one line of source and credit`, () => {
      const { stage, staged } = stager(300);
      const image = chartSvg(format, frame, stage)!;
      expect([Number(image.getAttribute('width')), Number(image.getAttribute('height'))]).to.deep.equal(size);
      const words = image.textContent!.replace(/\s+/g, ' ');
      expect(words).to.contain('Tamaulipas alone saw').and.to.contain('Armed clashes reported').and.to.contain('Source: Crisis Group (2024) · Chart: Cifras');
      expect(staged.every((svg) => !svg.isConnected), 'the stage is cleared').to.equal(true);
      // The chart drawn inside the card, laid out for its width, not beyond its foot.
      const chart = image.querySelector(':scope > svg')!;
      const [, , cardWidth, cardHeight] = image.getAttribute('viewBox')!.split(' ').map(Number);
      expect(Number(chart.getAttribute('x')) + Number(chart.getAttribute('width'))).to.be.at.most(cardWidth);
      const footerTop = Number([...image.querySelectorAll(':scope > text')].at(-1)!.getAttribute('y')) - 11;
      expect(Number(chart.getAttribute('y')) + Number(chart.getAttribute('height'))).to.be.at.most(footerTop);
      expect(footerTop).to.be.below(cardHeight);
    });
  }

  it('scales a chart taller than the card down to fit it, never up', () => {
    const tall = chartSvg('landscape', frame, stager(2000).stage)!.querySelector(':scope > svg')!;
    expect(Number(tall.getAttribute('height'))).to.be.below(450);
    const short = chartSvg('landscape', frame, stager(100).stage)!.querySelector(':scope > svg')!;
    expect(Number(short.getAttribute('height'))).to.equal(100);
  });
});
