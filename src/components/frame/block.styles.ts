import { css } from '@lit/reactive-element';

/** A block of Cifras type, whatever the page's own styles say: the charts, the cards and the source list. */
export const blockStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    font-size: var(--cifras-font-size, 16px);
    line-height: 1.4;
    text-align: start;
    direction: ltr;
  }
  /* The host element is styled by the page too ("* { font-size: 30px !important }"
     matches it); set text properties again one level in, where the page cannot reach. */
  :host > * {
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--cifras-font-size, 16px);
    font-style: normal;
    font-weight: normal;
    line-height: 1.4;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    direction: ltr;
  }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
`;
