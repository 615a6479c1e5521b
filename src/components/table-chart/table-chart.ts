import type { PropertyDeclarations } from 'lit';
import { defineElement } from '../frame/define.js';
import { formatFigure, formatValue } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { formatPeriod } from '../../chart/period.js';
import { placeName } from '../../chart/places.js';
import { summarizeExtremes } from '../../chart/summarize.js';
import { capitalized } from '../../chart/capitalized.js';
import { shortSourceName } from '../../data/citation.js';
import { pageCatalog } from '../../data/records-by-id.js';
import type { Figure, Unit } from '../../data/types.js';
import { barChart } from '../views/bar-chart.js';
import { CifrasChart } from '../frame/chart-element.js';
import type { BarPanel } from '../views/bar-chart.js';

/** Panel headings for a table that mixes units, where the words after a number (pesos, percentage points) will not do. */
const UNIT_HEADINGS: Record<Lang, Partial<Record<Unit, string>>> = {
  en: { count: 'Number', percent: 'Per cent', times: 'Ratio', usd: 'US dollars' },
  es: { count: 'Número', percent: 'Porcentaje', times: 'Veces', usd: 'Dólares' },
};

function unitHeading(unit: Unit, lang: Lang): string {
  const words = formatValue(2, unit, lang).slice(2);
  return UNIT_HEADINGS[lang][unit] ?? capitalized(words);
}

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
export class CifrasTableChart extends CifrasChart {
  static override properties: PropertyDeclarations = {
    table: {},
  };

  static override spec = barChart<unknown, CifrasTableChart>({
    words: { en: undefined, es: undefined },
    panels: ({ lang, host }) => panels(host.tableId, lang),
    copy: ({ lang, host }, { figures }) => {
      const table = pageCatalog.table(host.tableId);
      return {
        title: table.title[lang],
        subtitle: table.notes?.[lang],
        summary: panels(host.tableId, lang).map((panel) => {
          const parts = panel.figures.filter((f) => figures.includes(f)).map((f) => ({ label: panel.label(f), value: f.value, text: formatFigure(f, lang) }));
          const sentence = parts.length === 1 ? `${parts[0].text} (${parts[0].label}).` : summarizeExtremes(parts, false, lang);
          return panel.title ? `${panel.title}: ${sentence}` : sentence;
        }).join(' '),
      };
    },
  });

  /** Id of the dataset table to draw. */
  table = '';

  /** @internal The id as given, without stray spaces; removing the attribute leaves none. */
  get tableId(): string {
    return (this.table ?? '').trim();
  }
}

function label(tableId: string, f: Figure, lang: Lang): string {
  const name = f.label?.[lang] ?? capitalized(`${formatPeriod(f.period, lang)} · ${placeName(f.geography, lang)}`);
  const sources = new Set(pageCatalog.tableFigures(tableId).map((figure) => figure.source));
  return sources.size > 1 ? `${name} (${shortSourceName(pageCatalog.source(f.source))})` : name;
}

/** One panel per unit: pesos, dollars and shares on one scale would compare what cannot be compared. */
function panels(tableId: string, lang: Lang): BarPanel[] {
  const figures = pageCatalog.tableFigures(tableId);
  const units = [...new Set(figures.map((f) => f.unit))];
  const split = units.length > 1;
  return units.map((unit) => {
    const group = figures.filter((f) => f.unit === unit);
    return {
      id: split ? unit : 'table',
      title: split ? unitHeading(unit, lang) : undefined,
      figures: group,
      label: (f: Figure) => label(tableId, f, lang),
      // Shares of a whole end at 100; a growth of 1,400% does not.
      max: unit === 'percent' && group.every((f) => f.value <= 100) ? 100 : undefined,
    };
  });
}

defineElement('cifras-table-chart', CifrasTableChart);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-table-chart': CifrasTableChart;
  }
}
