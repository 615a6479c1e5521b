import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { renderFootnoteRef } from '../../src/components/citations/footnotes-view.js';
import { footnoteStyles } from '../../src/components/citations/footnotes.styles.js';

/** The line box a rectangle sits on, told apart by its vertical middle. */
const middle = (rect: DOMRect) => rect.top + rect.height / 2;

describe('footnote marker', () => {
  // A marker alone at the start of a line reads as a stray "[1]" and no longer points at its figure.
  for (const [before, word] of [['cerca del 60%', '60%'], ['los policías civiles', 'civiles']] as const) {
    it(`moves to the next line with the word before it: "${before}[1]"`, async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [footnoteStyles.styleSheet!];
      render(html`<p class="line">${before}${renderFootnoteRef(1, 'es')}</p>`, root);
      const p = root.querySelector<HTMLElement>('.line')!;
      const text = [...p.childNodes].find((node): node is Text => node instanceof Text && node.data.trim() !== '')!;
      const range = document.createRange();
      range.selectNodeContents(text);
      // Room for the words but not the marker: without a joiner the marker would wrap alone.
      p.style.width = `${range.getBoundingClientRect().width + 1}px`;
      const start = text.data.indexOf(word);
      range.setStart(text, start);
      range.setEnd(text, start + 1);
      const marker = root.querySelector('.fn-ref')!.getBoundingClientRect();
      const firstLetter = range.getBoundingClientRect();
      const opening = document.createRange();
      opening.setStart(text, 0);
      opening.setEnd(text, 1);
      expect(middle(marker), 'the marker wrapped').to.be.above(middle(opening.getBoundingClientRect()) + 5);
      expect(Math.abs(middle(firstLetter) - middle(marker)), 'the marker is on the line of its word').to.be.below(8);
      host.remove();
    });
  }
});
