import { css, html, type TemplateResult } from 'lit';
import { shortOf, type FootnoteSet } from '../../chart/footnotes.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { TABLE_MESSAGES, type Messages } from '../../chart/messages.js';
import { formatPeriod } from '../../chart/period.js';
import { placeName } from '../../chart/places.js';
import { capitalized } from '../../chart/capitalized.js';
import type { Figure } from '../../data/types.js';

/** The table view's styles: it loads when a reader first asks for the table. */
export const tableStyles = css`
  .table-view { overflow-x: auto; container-type: inline-size; }
  .table-summary { margin: 0 0 0.5em; }
  .data-table { border-collapse: collapse; width: 100%; font-size: 0.875em; }
  /* The chart's title, shown above the table already: named here for assistive technology only. */
  .data-table caption { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  .data-table th, .data-table td { text-align: start; padding: 0.3em 0.5em 0.3em 0; border-bottom: 1px solid var(--_rule); vertical-align: top; }
  .data-table thead th { color: var(--_muted); font-weight: 600; }
  /* No nowrap: a value keeps its number with its unit by no-break spaces, and may part from its
     qualifier or "(derived)" where a column has no room ("al menos / 4.5 mil millones de pesos"). */
  .data-table .num { text-align: end; font-variant-numeric: tabular-nums; }
  .derived-tag { color: var(--_muted); font-weight: normal; white-space: nowrap; }
  .data-table .measure { display: block; color: var(--_muted); font-weight: normal; font-size: 0.9em; }
  /* Too narrow for five columns (a phone): each row is its name over one line of value, period,
     place and source. The table keeps its roles, which Safari drops from a table not laid out as one. */
  @container (max-width: 30em) {
    .data-table, .data-table tbody, .data-table tr { display: block; }
    .data-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    .data-table tr { padding: 0.4em 0; border-bottom: 1px solid var(--_rule); }
    .data-table th, .data-table td { display: inline; padding: 0; border: 0; }
    .data-table tbody th { display: block; }
    .data-table td:not(:empty) ~ td:not(:empty)::before { content: ' · '; content: ' · ' / ''; color: var(--_muted); }
  }
`;

/** A real <table> of the chart's figures, each with its value, period, place and source. */
export function renderDataTable(caption: string, figures: Figure[], labels: Map<string, string>, notes: FootnoteSet, lang: Lang, t: Messages): TemplateResult {
  const words = TABLE_MESSAGES[lang];
  const labelOf = (figure: Figure) => capitalized(labels.get(figure.id) ?? figure.label?.[lang] ?? figure.measure[lang]);
  // A label that names rows of different measures ("Calderón" for clashes a month and for aggressions) says which;
  // so does a figure's own short label ("Current (2018)") in a chart of several measures, where no mark names it.
  // Worked out once for every row, not row against row: a table of thousands of rows stays quick.
  const measuresOf = new Map<string, Set<string>>();
  for (const figure of figures) measuresOf.set(labelOf(figure), (measuresOf.get(labelOf(figure)) ?? new Set()).add(figure.measure[lang]));
  const measures = new Set(figures.map((figure) => figure.measure[lang]));
  const ambiguous = (figure: Figure) => measuresOf.get(labelOf(figure))!.size > 1 || (measures.size > 1 && !labels.has(figure.id) && figure.label !== undefined);
  return html`<table class="data-table" part="table" role="table">
    <caption>${caption}</caption>
    <thead role="rowgroup"><tr role="row">
      <th scope="col" role="columnheader">${words.category}</th><th scope="col" role="columnheader" class="num">${words.value}</th>
      <th scope="col" role="columnheader">${words.period}</th><th scope="col" role="columnheader">${words.geography}</th><th scope="col" role="columnheader">${t.source}</th>
    </tr></thead>
    <tbody role="rowgroup">
      ${figures.map((figure) => html`<tr role="row" data-figure=${figure.id}>
        <th scope="row" role="rowheader">${labelOf(figure)}${ambiguous(figure) ? html`<span class="measure">${figure.measure[lang]}</span>` : ''}</th>
        <td role="cell" class="num">${figure.event ? '' : formatFigure(figure, lang)} ${figure.derived ? html`<span class="derived-tag">(${t.derivedMark})</span>` : ''}</td>
        <td role="cell" class="period">${formatPeriod(figure.period, lang)}</td>
        <td role="cell">${placeName(figure.geography, lang)}</td>
        <td role="cell" class="source-ref">${shortOf(notes, figure.id) ?? ''}</td>
      </tr>`)}
    </tbody>
  </table>`;
}
