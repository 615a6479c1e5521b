import { css } from '@lit/reactive-element';

// A bare list of declarations, which the CSS minifier cannot parse: on its own so
// that the rest of the theme is minified (rollup.config.mjs skips this file).
/** The dark theme's token values, for theme="dark" and for theme="auto" in a dark colour scheme. */
export const darkTokens = css`
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
  --_inset: var(--cifras-padding, 0.75em);
`;
