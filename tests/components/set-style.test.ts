import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { setStyle } from '../../src/components/shared/set-style.js';

describe('setStyle', () => {
  it('sets, updates and removes inline style properties through the CSSOM', () => {
    const host = document.createElement('div');
    const draw = (styles: Record<string, string>) => render(html`<span style=${setStyle(styles)}></span>`, host);
    draw({ left: '12px', 'max-width': '220px', visibility: 'hidden' });
    const span = host.querySelector('span')!;
    expect(span.style.left).to.equal('12px');
    expect(span.style.maxWidth).to.equal('220px');
    expect(span.style.visibility).to.equal('hidden');
    draw({ left: '30px', visibility: '' });
    expect(span.style.left).to.equal('30px');
    expect(span.style.visibility).to.equal('');
    expect(span.style.maxWidth).to.equal('220px');
  });

  it('refuses any binding but a style attribute', () => {
    const host = document.createElement('div');
    expect(() => render(html`<span title=${setStyle({ left: '1px' })}></span>`, host)).to.throw(/style attribute/);
  });
});
