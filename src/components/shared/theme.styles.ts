import { css } from 'lit';
import { darkTokens } from './dark-tokens.styles.js';

/**
 * The theme tokens every element reads, with light defaults, the dark set, and
 * `theme="auto"` following the reader's colour scheme. Hosts theme through
 * these --cifras-* properties only.
 */
export const themeStyles = css`
  :host {
    --_text: var(--cifras-color-text, #1d1d1f);
    --_muted: var(--cifras-color-muted, #5a5a66);
    --_background: var(--cifras-color-background, transparent);
    --_canvas: var(--cifras-color-canvas, #ffffff);
    --_surface: var(--cifras-color-surface, #f4f4f6);
    --_rule: var(--cifras-color-rule, #d5d5dc);
    --_accent: var(--cifras-color-accent, #b3261e);
    --_mark: var(--cifras-color-mark, #5f6b7a);
    --_highlight: var(--cifras-color-highlight, var(--_accent));
    --_link: var(--cifras-color-link, #0b57d0);
    --_error: var(--cifras-color-error, #b3261e);
    --_font: var(--cifras-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_radius: var(--cifras-radius, 4px);
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
  :host([hidden]) { display: none; }
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
  :host([theme='dark']) { ${darkTokens} }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) { ${darkTokens} }
  }
  *, *::before, *::after { box-sizing: inherit; }
  a { color: var(--_link); }
  :focus-visible { outline: 2px solid var(--_link); outline-offset: 2px; }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { transition: none !important; animation: none !important; }
  }
  @media (forced-colors: active) {
    :host { --_accent: CanvasText; --_mark: CanvasText; --_highlight: Highlight; --_link: LinkText; --_rule: CanvasText; }
  }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
`;
