import { css } from '@lit/reactive-element';

export const footnoteStyles = css`
  .footnotes { color: var(--_muted); font-size: 0.8em; margin-top: 0.75em; }
  .footnotes-title { font-size: 1em; font-weight: 600; margin: 0 0 0.25em; color: var(--_text); }
  .footnote-list { margin: 0; padding-inline-start: 1.5em; }
  /* Long addresses and titles break only where they must, never past a phone's screen. */
  .footnote { margin: 0 0 0.4em; overflow-wrap: anywhere; }
  .range { white-space: nowrap; }
  .footnote:focus { outline: 2px solid var(--_link); outline-offset: 2px; }
  .evidence-list { margin: 0.15em 0 0.2em; }
  /* Targets a finger can hit (24 px, WCAG 2.2). */
  .evidence-list summary { cursor: pointer; color: var(--_link); width: fit-content; min-height: 24px; line-height: 24px; }
  .footnote .url { display: inline-block; min-height: 24px; line-height: 24px; }
  .passage { margin: 0.3em 0; }
  .footnote .locator { margin-inline-end: 0.3em; }
  .footnote .evidence { font-style: italic; }
  .footnote .evidence::before { content: '“'; }
  .footnote .evidence::after { content: '”'; }
  /* Each sum and note on a line of its own. */
  .footnote .derivation, .footnote .figure-note { display: block; margin-top: 0.15em; }
  .disagreements { margin: 0.75em 0 0; font-size: 0.8em; }
  .disagreements ul { margin: 0; padding-inline-start: 1.1em; }
  .disagreements li { margin: 0.3em 0; }
  @media print {
    .footnotes { color: #000; }
    .evidence-list > summary { display: none; }
  }
`;
