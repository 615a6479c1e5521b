import { css } from '@lit/reactive-element';

/** The chart frame: title block, plot, tooltip, actions, table view, notes. */
export const frameStyles = css`
  :host { min-width: 240px; padding: var(--_inset); border-radius: var(--_radius); }
  .sizer { height: 0; width: 100%; }
  /* No word left alone on the last line of a title or a paragraph. */
  .frame { margin: 0; text-wrap: pretty; }
  .frame:focus { outline: none; }
  .head { margin-bottom: 0.5em; overflow-wrap: anywhere; }
  .title { font-size: 1.25em; font-weight: 700; line-height: 1.25; margin: 0; color: var(--_text); text-wrap: balance; }
  .subtitle { margin: 0.25em 0 0; color: var(--_muted); font-size: 0.95em; }
  /* The footer: one line of sources and credit, then the tools as quiet text buttons. */
  .footer { margin-top: 0.75em; font-size: 0.75em; color: var(--_muted); overflow-wrap: anywhere; }
  .source-line { margin: 0; }
  .actions { display: flex; flex-wrap: wrap; align-items: center; margin: 0.15em 0 0 -0.25em; }
  .action {
    font: inherit; color: var(--_muted); background: transparent; border: 0; border-radius: var(--_radius);
    padding: 0 0.25em; cursor: pointer; min-height: 24px; min-width: 24px;
    text-decoration: underline; text-decoration-color: var(--_rule); text-underline-offset: 0.2em;
  }
  /* The dot ends its button's line, never starts the next; it is not read out. */
  .actions .action:not(:last-child)::after { content: '·'; content: '·' / ''; display: inline-block; margin-inline-start: 0.45em; color: var(--_muted); }
  .action:hover { color: var(--_text); text-decoration-color: currentColor; }
  .action[aria-pressed='true'], .action[aria-expanded='true'] { color: var(--_text); font-weight: 600; }
  .panel {
    margin: 0.5em 0 0; padding: 0.75em; border: 1px solid var(--_rule); border-radius: var(--_radius);
    background: var(--_surface); font-size: 1.1em; color: var(--_text);
  }
  .plot { position: relative; }
  .plot svg { display: block; overflow: visible; max-width: none; }
  .plot .hits { position: absolute; inset: 0 auto auto 0; }
  .hit { fill: transparent; outline: none; }
  .hit:focus-visible { stroke: var(--_link); stroke-width: 2px; }
  .hit:hover { fill: color-mix(in srgb, var(--_text) 6%, transparent); }
  .visual text { fill: var(--_text); font-family: var(--_font); }
  .visual .axis text { fill: var(--_muted); }
  .visual .panel-title { font-weight: 700; }
  .visual .axis line, .visual .grid line { stroke: var(--_rule); stroke-width: 1px; shape-rendering: crispEdges; }
  .visual .mark { fill: var(--_mark); shape-rendering: crispEdges; }
  /* The whole of a share's scale, faintly: 1% reads as a sliver of 100. */
  .visual .track { fill: color-mix(in srgb, var(--_rule) 45%, transparent); shape-rendering: crispEdges; }
  .visual .callout { fill: var(--_muted); }
  /* A highlighted bar's value in its colour: a bar of 1% is a sliver, its number is not. */
  .visual .mark.highlight, .visual .value.highlight { fill: var(--_highlight); }
  /* A derived value is drawn hatched and outlined, not only paler: it reads so in greyscale too. */
  .visual .mark.muted, .derived-key rect { fill: url(#cifras-hatch); stroke: var(--_mark); stroke-width: 1.5px; }
  .visual .mark.highlight.muted { fill: url(#cifras-hatch-highlight); stroke: var(--_highlight); }
  .hatch line { stroke: var(--_hatch); stroke-width: 2.5px; }
  /* Thin lines blend with the background: a hatching a step darker (lighter on dark) than the marks keeps a derived mark at 3:1. */
  :host { --_hatch: var(--cifras-color-mark, #6b6b6b); }
  :host([theme='dark']), :host(:state(page-dark)) { --_hatch: var(--cifras-color-mark, #9a9a9a); }
  @media (prefers-color-scheme: dark) { :host([theme='auto']) { --_hatch: var(--cifras-color-mark, #9a9a9a); } }
  .hatch.highlight line { stroke: var(--_highlight); }
  .derived-key { display: flex; align-items: center; gap: 0.35em; margin: 0 0 0.75em; font-size: 0.8em; color: var(--_muted); }
  .visual .value { font-weight: 700; font-variant-numeric: tabular-nums; }
  /* A lower bound: its edges run on, dashed, past its value, and nothing closes it. */
  .visual .open-end { fill: none; stroke: var(--_mark); stroke-width: 1.5px; stroke-dasharray: 3 2; }
  .visual .highlight .open-end, .visual .open-end.highlight { stroke: var(--_highlight); }
  /* Notes read as notes, below the graphic: smaller than its labels, and muted. */
  .notes { margin: 0.75em 0 0; padding-inline-start: 1.1em; font-size: 0.8125em; color: var(--_muted); }
  .notes li { margin: 0.25em 0; }
  .range { white-space: nowrap; }
  @media print {
    .actions, .panel, .tooltip, .hits { display: none !important; }
    .frame { break-inside: avoid; }
  }
  /* A highlighted bar is hollow: a theme's Highlight may be close to its CanvasText. */
  @media (forced-colors: active) {
    .visual .mark, .derived-key rect { fill: CanvasText; }
    .visual .mark.muted, .derived-key rect { fill: Canvas; stroke: CanvasText; }
    .visual .mark.highlight, .visual .mark.highlight.muted { fill: Canvas; stroke: Highlight; stroke-width: 2; }
    .visual .track { fill: none; stroke: GrayText; stroke-width: 1; }
    .visual .open-end { stroke: CanvasText; }
    .visual text { fill: CanvasText; }
  }
`;
