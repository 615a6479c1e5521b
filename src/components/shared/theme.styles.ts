import { css } from 'lit';

/** The dark theme's token values, for theme="dark" and for theme="auto" in a dark colour scheme. */
const darkTokens = css`
  --_text: var(--cifras-color-text, #ececf1);
  --_muted: var(--cifras-color-muted, #b4b4c0);
  --_surface: var(--cifras-color-surface, #26262c);
  --_rule: var(--cifras-color-rule, #4a4a55);
  --_accent: var(--cifras-color-accent, #ff8a80);
  --_mark: var(--cifras-color-mark, #a9b4c2);
  --_link: var(--cifras-color-link, #8ab4f8);
  --_error: var(--cifras-color-error, #ffb4ab);
  --_background: var(--cifras-color-background, #17171b);
  --_canvas: var(--cifras-color-canvas, #17171b);
`;

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
