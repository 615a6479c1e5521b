import type { PropertyDeclarations } from 'lit';
import { defineElement } from '../shared/define.js';
import { formatFigure } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import type { Messages } from '../../chart/messages.js';
import { formatPeriod } from '../../chart/period.js';
import { placeName } from '../../chart/places.js';
import { summarizeExtremes } from '../../chart/summarize.js';
import { shortSourceName } from '../../data/citation.js';
import { pageCatalog } from '../../data/records-by-id.js';
import type { Figure } from '../../data/types.js';
import { CifrasBarPanels, type BarCopy, type BarPanel } from '../shared/bar-panels.js';
import type { ChartContext } from '../shared/chart-element.js';

/**
 * Any table of the bundled dataset as bars: each figure named by its label (or
 * its period and place), with the table's title and notes — for the measures
 * that have no dedicated widget, such as the number of criminal groups or
 * households with a crime victim.
 *
 * @element cifras-table-chart
 * @summary Any table of the dataset as a sourced bar chart.
 *
 * @attr table - Id of a table in data/tables.json, e.g. `armed-groups`.
 */
export class CifrasTableChart extends CifrasBarPanels {
  static override properties: PropertyDeclarations = {
    table: {},
  };

  /** Id of the dataset table to draw. */
  table = '';

  private label(f: Figure, lang: Lang): string {
    const name = f.label?.[lang] ?? `${formatPeriod(f.period, lang)} · ${placeName(f.geography, lang)}`;
    const sources = new Set(pageCatalog.tableFigures(this.table).map((figure) => figure.source));
    return sources.size > 1 ? `${name} (${shortSourceName(pageCatalog.source(f.source))})` : name;
  }

  protected panels(lang: Lang): BarPanel[] {
    const figures = pageCatalog.tableFigures(this.table.trim());
    const shares = figures.every((f) => f.unit === 'percent');
    return [{ id: 'table', figures, label: (f) => this.label(f, lang), ...(shares ? { max: 100 } : {}) }];
  }

  protected copy(lang: Lang, _t: Messages, { figures }: ChartContext): BarCopy {
    const table = pageCatalog.table(this.table.trim());
    return {
      title: table.title[lang],
      subtitle: table.notes?.[lang],
      summary: summarizeExtremes(figures.map((f) => ({ label: this.label(f, lang), value: f.value, text: formatFigure(f, lang) })), false, lang),
    };
  }
}

defineElement('cifras-table-chart', CifrasTableChart);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-table-chart': CifrasTableChart;
  }
}
