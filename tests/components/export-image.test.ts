import { expect } from '@open-wc/testing';
import { chartSvg } from '../../src/components/shared/export-image.js';
import { textWidth, withTextMeasurer } from '../../src/chart/text.js';
import { canvasMeasurer } from '../../src/components/shared/measure-text.js';

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

function drawing(width: number): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', '40');
  document.body.append(svg);
  return svg;
}

describe('saved image', () => {
  it('writes a source’s address whole on a narrow image, broken after a slash or hyphen, never cut short', () => {
    const url = 'https://elementaddhh.org/radiografia-prohibicion-mexico/informe-completo-2024/';
    const svg = drawing(240);
    const image = chartSvg(svg, {
      title: 'A title', sources: [{ text: '1. Elementa DDHH (2024). Warlike Approach to Drug Policy.', url }],
      credit: 'Cifras', background: '#fff', text: '#000', muted: '#555',
    });
    svg.remove();
    const spans = [...image.querySelectorAll('text')].at(-2)!.querySelectorAll('tspan');
    const lines = [...spans].map((span) => span.textContent!);
    const address = lines.slice(lines.findIndex((line) => line.startsWith('https://')));
    expect(address.join('')).to.equal(url);
    expect(address.length, 'more than one line').to.be.greaterThan(1);
    for (const line of address.slice(0, -1)) expect(line, 'broken after a slash or hyphen').to.match(/[/-]$/);
    withTextMeasurer(canvasMeasurer(FONT), () => {
      for (const line of address) expect(textWidth(line, 11), line).to.be.at.most(240);
    });
  });
});
