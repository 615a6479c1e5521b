import { css } from '@lit/reactive-element';

export const inlineCitationStyles = css`
  /* No line break between the number and its marker: a value is a few words at most ("al menos 4.5 mil millones de pesos"). */
  :host { display: inline; font: inherit; color: inherit; line-height: inherit; background: none; white-space: nowrap; }
  .error { white-space: normal; }
  /* In running text the value takes the paragraph's type, unlike the charts. */
  :host > * { font-family: inherit; font-size: inherit; line-height: inherit; font-weight: inherit; font-style: inherit; color: inherit; }
  .marker-wrap { font-size: 0.7em; line-height: 0; vertical-align: super; }
  /* A box as tall as its digits, so that the focus ring goes round them, whose negative
     margins keep it from making its line taller. */
  .marker {
    display: inline-block; font: inherit; line-height: 1; vertical-align: baseline; color: var(--_link);
    background: none; border: 0; padding: 0 0.15em; margin: -0.5em 0; cursor: pointer;
  }
  .marker:hover { text-decoration: underline; }
  /* Close round the digits: the number before the marker stays readable. */
  .marker:focus-visible { outline-offset: 0; }
  .popover {
    position: fixed; z-index: 2147483000; box-sizing: border-box; display: block;
    padding: 0.6em 0.75em; font-size: 0.875rem; line-height: 1.4; text-align: start; white-space: normal;
    color: var(--_text); background: var(--_canvas); border: 1px solid var(--_rule); border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18); font-style: normal; font-weight: normal;
  }
  .popover .measure { display: block; font-weight: 600; }
  .popover .reference, .popover .locator, .popover .evidence, .popover .other { display: block; margin-top: 0.3em; }
  .popover .evidence { font-style: italic; }
  .popover .locator, .popover .other { color: var(--_muted); }
  .error { color: var(--_error); font-size: 0.9em; }
  @media print {
    .popover { display: none !important; }
    .marker { color: inherit; }
  }
  @media (forced-colors: active) {
    .popover { border-color: CanvasText; }
  }
`;
