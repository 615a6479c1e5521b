import { css } from '@lit/reactive-element';

// A bare list of declarations, which the CSS minifier cannot parse: on its own so
// that the rest of the theme is minified (rollup.config.mjs skips this file).
/** The dark theme's token values, for theme="dark" and for theme="auto" in a dark colour scheme. */
export const darkTokens = css`
  --_text: var(--cifras-color-text, #ececf1);
  --_muted: var(--cifras-color-muted, #b4b4c0);
  --_surface: var(--cifras-color-surface, #26262c);
  --_rule: var(--cifras-color-rule, #4a4a55);
  --_accent: var(--cifras-color-accent, #ffd3cb);
  --_mark: var(--cifras-color-mark, #777777);
  --_link: var(--cifras-color-link, #8ab4f8);
  --_error: var(--cifras-color-error, #ffb4ab);
  --_background: var(--cifras-color-background, #17171b);
  --_canvas: var(--cifras-color-canvas, #17171b);
  --_inset: var(--cifras-padding, 0.75em);
`;
