import { css } from '@lit/reactive-element';
import { darkTokens } from './dark-tokens.styles.js';

/**
 * The theme tokens every element reads, with light defaults, the dark set, and
 * `theme="auto"` following the reader's colour scheme. Hosts theme through
 * these --cifras-* properties only.
 */
export const themeTokens = css`
  :host {
    --_text: var(--cifras-color-text, #1d1d1f);
    --_muted: var(--cifras-color-muted, #5a5a66);
    --_background: var(--cifras-color-background, transparent);
    --_canvas: var(--cifras-color-canvas, #ffffff);
    --_surface: var(--cifras-color-surface, #f4f4f6);
    --_rule: var(--cifras-color-rule, #d5d5dc);
    /* One highlight, one neutral: each at least 3:1 against the background and 3:1 against the other,
       so the highlight differs in lightness and survives greyscale and every colour blindness. */
    --_accent: var(--cifras-color-accent, #6e1a1a);
    --_mark: var(--cifras-color-mark, #8c8c8c);
    --_highlight: var(--cifras-color-highlight, var(--_accent));
    --_link: var(--cifras-color-link, #0b57d0);
    --_error: var(--cifras-color-error, #b3261e);
    /* The page's own typeface (news sites have theirs); the sizes stay Cifras'. */
    --_font: var(--cifras-font-family, inherit);
    --_radius: var(--cifras-radius, 4px);
    /* Room inside the element: none on the page's own background, some where the theme paints one. */
    --_inset: var(--cifras-padding, 0);
  }
  :host([hidden]) { display: none; }
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
    :host { --_accent: CanvasText; --_mark: CanvasText; --_highlight: Highlight; --_link: LinkText; --_rule: GrayText; }
  }
`;
