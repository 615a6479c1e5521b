import { css } from '@lit/reactive-element';

/** A chart's key as a list of painted squares and words, above the drawing. */
export const keyStyles = css`
  .key { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25em 1em; margin: 0 0 1em; padding: 0; font-size: 0.8em; }
  .key li { display: inline-flex; align-items: center; gap: 0.35em; }
  .swatch { display: inline-block; flex: none; width: 0.9em; height: 0.9em; }
  @media (forced-colors: active) {
    .swatch { forced-color-adjust: none; border: 1px solid CanvasText; }
  }
`;
