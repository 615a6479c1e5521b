import { css, html, type TemplateResult } from 'lit';
import type { FootnoteSet } from '../../chart/footnotes.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { TABLE_MESSAGES, type Messages } from '../../chart/messages.js';
import { formatPeriod } from '../../chart/period.js';
import { placeName } from '../../chart/places.js';
import type { Figure } from '../../data/types.js';
import { renderFootnoteRef } from './footnotes-view.js';

/** The table view's styles: it loads when a reader first asks for the table. */
export const tableStyles = css`
  .table-view { overflow-x: auto; }
  .table-summary { margin: 0 0 0.5em; }
  .data-table { border-collapse: collapse; width: 100%; font-size: 0.875em; }
  /* The chart's title, shown above the table already: named here for assistive technology only. */
  .data-table caption { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  .data-table th, .data-table td { text-align: start; padding: 0.3em 0.5em 0.3em 0; border-bottom: 1px solid var(--_rule); vertical-align: top; }
  .data-table thead th { color: var(--_muted); font-weight: 600; }
  .data-table .num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .derived-tag { color: var(--_muted); font-weight: normal; }
  .data-table .measure { display: block; color: var(--_muted); font-weight: normal; font-size: 0.9em; }
  /* "Source 3" stays whole: a narrow column would put the number on a line of its own. */
  .source-ref { white-space: nowrap; }
  /* A period breaks at its dash only ("1 de diciembre de 2018 –" / "febrero de 2024"), not into four lines. */
  .period .unbroken { white-space: nowrap; }
`;

/** A period that may break at its dash and nowhere else. */
function period(value: string, lang: Lang): string | TemplateResult {
  const [start, end] = formatPeriod(value, lang).split(/(?<=–) /);
  return end === undefined ? start : html`<span class="unbroken">${start}</span>${' '}<span class="unbroken">${end}</span>`;
}

/** A real <table> of the chart's figures, each with its value, period, place and source. */
export function renderDataTable(caption: string, figures: Figure[], labels: Map<string, string>, notes: FootnoteSet, lang: Lang, t: Messages): TemplateResult {
  const words = TABLE_MESSAGES[lang];
  const labelOf = (figure: Figure) => labels.get(figure.id) ?? figure.label?.[lang] ?? figure.measure[lang];
  // A label that names rows of different measures ("Calderón" for clashes a month and for aggressions) says which.
  const ambiguous = (figure: Figure) => figures.some((other) => labelOf(other) === labelOf(figure) && other.measure[lang] !== figure.measure[lang]);
  return html`<table class="data-table" part="table">
    <caption>${caption}</caption>
    <thead><tr>
      <th scope="col">${words.category}</th><th scope="col" class="num">${words.value}</th>
      <th scope="col">${words.period}</th><th scope="col">${words.geography}</th><th scope="col">${t.source}</th>
    </tr></thead>
    <tbody>
      ${figures.map((figure) => html`<tr data-figure=${figure.id}>
        <th scope="row">${labelOf(figure)}${ambiguous(figure) ? html`<span class="measure">${figure.measure[lang]}</span>` : ''}</th>
        <td class="num">${formatFigure(figure, lang)} ${figure.derived ? html`<span class="derived-tag">(${t.derivedMark})</span>` : ''}</td>
        <td class="period">${period(figure.period, lang)}</td>
        <td>${placeName(figure.geography, lang)}</td>
        <td class="source-ref">${notes.numberOf.has(figure.id) ? html`${t.source} ${renderFootnoteRef(notes.numberOf.get(figure.id), lang)}` : ''}</td>
      </tr>`)}
    </tbody>
  </table>`;
}
