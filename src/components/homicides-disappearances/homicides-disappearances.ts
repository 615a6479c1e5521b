import { html, type TemplateResult } from 'lit';
import { defineElement } from '../frame/define.js';
import { formatFigure, formatShort, formatTick } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { formatPeriod, periodPosition } from '../../chart/period.js';
import { listParts, listText } from '../../chart/summarize.js';
import { layoutTime, type TimeDatum } from '../../chart/time-layout.js';
import { authorLabel } from '../../data/citation.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { CifrasChart, type ChartContext } from '../frame/chart-element.js';
import type { ChartModel } from '../frame/chart-types.js';
import { figureValue } from '../citations/figure-text.js';
import { seriesStyles } from '../views/series.styles.js';
import { seriesSymbol } from '../views/series.js';
import { renderTimePanels } from '../views/time-view.js';

const HOMICIDES = 'homicides-by-year';
const REGISTRY = ['elementa.missing-persons-registry.2024-02', 'elementa.missing-persons-registry.2024', 'icg.disappeared-registry-total-2024'];
const CENSUS = 'icg.disappeared-presidential-count-2023';
const RATES = ['felbab.homicide-rate.2018', 'elementa.homicide-rate.2019', 'elementa.homicide-rate.2022'];
const TERM = ['elementa.disappearances-amlo.2023-06', 'icg.disappeared-registry-since-2019'];
const DOMAIN: [number, number] = [2006, 2025];
/** What a point is, where it is not a count: the government's census, or a projection. */
const KIND_WORDS: Record<Lang, { census: string; projection: string }> = {
  en: { census: ' (census)', projection: ' (projected)' },
  es: { census: ' (censo)', projection: ' (proyección)' },
};

/**
 * Official homicide counts by year against the registry of the disappeared, in
 * two panels on one time axis. Each source document is a series with its own
 * shape and colour; where documents disagree every figure is drawn and the
 * disagreement is explained under the chart. Lines join consecutive years only.
 *
 * @element cifras-homicides-disappearances
 * @summary Homicides by year and the registry of the disappeared, with every source.
 *
 * @attr chart-title - Replaces the title.
 * @attr chart-subtitle - Replaces the subtitle.
 * @attr heading-level - Outline level of the title (default 2).
 * @attr lang - `en` or `es`; inherited from the page when absent.
 * @attr theme - `light` (default), `dark` or `auto`.
 *
 * @slot title - Replaces the title.
 * @slot subtitle - Replaces the subtitle.
 *
 * @csspart frame - The figure.
 * @csspart title - The title.
 * @csspart subtitle - The subtitle.
 * @csspart actions - The row of buttons.
 * @csspart legend - The key to the series.
 * @csspart chart - The plot area.
 * @csspart marks - The drawing.
 * @csspart tooltip - The tooltip.
 * @csspart notes - Disagreements, rates and counts under the chart.
 * @csspart table - The data table.
 * @csspart footnotes - The source notes.
 *
 * @cssprop --cifras-series-1 - Colour of the first source's series (then -2 … -5).
 * @cssprop --cifras-color-text - Text colour.
 * @cssprop --cifras-color-muted - Axis and secondary text colour.
 * @cssprop --cifras-color-rule - Grid lines.
 * @cssprop --cifras-color-link - Links and focus rings.
 * @cssprop --cifras-color-background - Background (transparent by default).
 * @cssprop --cifras-color-canvas - Tooltip background.
 * @cssprop --cifras-font-family - Font stack.
 * @cssprop --cifras-font-size - Base font size (16px).
 */
export class CifrasHomicidesDisappearances extends CifrasChart {
  static override dataModule = () => import('../../data/shards/widgets/homicides-disappearances.json');
  static override provenanceModule = () => import('../../data/shards/widgets/homicides-disappearances.provenance.json');

  static override styles = [...CifrasChart.styles, seriesStyles];

  protected override chartFigures(): Figure[] {
    const homicides = pageCatalog.tableFigures(HOMICIDES);
    return [...homicides, ...[...REGISTRY, CENSUS, ...TERM, ...RATES].map((id) => pageCatalog.figure(id))];
  }

  protected override buildModel({ lang, sizes }: ChartContext): ChartModel {
    const homicides = pageCatalog.tableFigures(HOMICIDES);
    const registry = [...REGISTRY, CENSUS].map((id) => pageCatalog.figure(id));
    const series = [...new Set([...homicides, ...registry].map((f) => f.source))];
    const datum = (f: Figure, census = false): TimeDatum => toDatum(f, series.indexOf(f.source), lang, census);
    const layout = layoutTime([
      { id: 'homicides', title: lang === 'es' ? 'Homicidios por año' : 'Homicides per year', data: homicides.map((f) => datum(f)), tick: (v) => formatTick(v, 'count', lang) },
      {
        id: 'registry',
        title: lang === 'es' ? 'Personas desaparecidas y no localizadas (registro acumulado)' : 'People disappeared and not located (cumulative registry)',
        data: registry.map((f) => datum(f, f.id === CENSUS)),
        tick: (v) => formatTick(v, 'count', lang),
      },
    ], DOMAIN, sizes);
    const figureOf = new Map([...homicides, ...registry].map((f) => [f.id, f]));
    const marks = layout.panels.flatMap((panel) => [...panel.points, ...panel.ranges])
      .sort((a, b) => a.position - b.position)
      .map((p) => {
        const figure = figureOf.get(p.id)!;
        const kind = figure.projection ? KIND_WORDS[lang].projection : '';
        return { figure, label: `${formatPeriod(figure.period, lang)}${kind} · ${authorLabel(pageCatalog.source(figure.source))}`, hit: p.hit };
      });
    return {
      title: lang === 'es' ? 'Homicidios y personas desaparecidas en México' : 'Homicides and disappearances in Mexico',
      subtitle: lang === 'es'
        ? 'Cifras oficiales de homicidios por año y total del registro nacional de personas desaparecidas, según cada documento.'
        : 'Official homicide counts by year and the national registry of the disappeared, as each document gives them.',
      summary: summary(lang),
      width: layout.width,
      height: layout.height,
      visual: renderTimePanels(layout, lang),
      marks,
      legend: renderLegend(series, lang),
      notes: annotations(lang),
    };
  }
}

function toDatum(f: Figure, series: number, lang: Lang, census: boolean): TimeDatum {
  const [start, end] = f.period.split('/');
  const bareYears = /^\d{4}$/.test(start) && (end === undefined || /^\d{4}$/.test(end));
  const bound = f.qualifier === 'at-least' || f.qualifier === 'at-most';
  const base = {
    id: f.id, value: f.value, series: `s${series}`, open: bound || f.projection === true,
    labelText: `${bound ? formatShort(f, lang) : formatTick(f.value, f.unit, lang)}${census ? KIND_WORDS[lang].census : ''}`,
  };
  if (bareYears && end !== undefined) return { ...base, position: (Number(start) + Number(end) + 1) / 2, span: [Number(start), Number(end) + 1] };
  if (bareYears) return { ...base, position: Number(start) + 0.5, year: Number(start) };
  return { ...base, position: periodPosition(f.period) };
}

function renderLegend(series: string[], lang: Lang): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${lang === 'es' ? 'Fuentes de cada serie' : 'Source of each series'}>
    ${series.map((id, i) => html`<li><svg class="swatch" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
      <path class="point s${i}" d=${seriesSymbol(i, 50)}></path></svg>${authorLabel(pageCatalog.source(id))}</li>`)}
  </ul>
  <p class="legend-key">${lang === 'es'
    ? 'Marca hueca: “al menos” o proyección. Franja: al menos esa cifra cada año.'
    : 'Hollow mark: “at least” or a projection. Shaded band: at least that many every year.'}</p>`;
}

function annotations(lang: Lang): TemplateResult[] {
  const value = (id: string) => figureValue(id, lang);
  const rates = RATES.map((id) => html`${value(id)} (${formatPeriod(pageCatalog.figure(id).period, lang)})`);
  return [
    lang === 'es'
      ? html`Tasa de homicidios: ${listParts(rates, lang)}.`
      : html`Homicide rate: ${listParts(rates, lang)}.`,
    lang === 'es'
      ? html`Durante el sexenio de López Obrador: ${value(TERM[0])} desapariciones hasta junio de 2023; ${value(TERM[1])} personas registradas desde 2019 (cálculo a partir del 65% del registro). El censo del gobierno de diciembre de 2023 contó ${value(CENSUS)} “reportes confirmados”.`
      : html`During López Obrador’s term: ${value(TERM[0])} disappearances to June 2023; ${value(TERM[1])} registered people disappeared since 2019 (derived from 65% of the registry). The government’s census of December 2023 counted ${value(CENSUS)} “confirmed reports”.`,
  ];
}

function summary(lang: Lang): string {
  const f = (id: string) => formatFigure(pageCatalog.figure(id), lang);
  const y2022 = [f('icg.homicides.2022'), f('elementa.homicides.2022')];
  return lang === 'es'
    ? `Los homicidios registrados pasaron de ${f('icg.homicides.2007')} en 2007 a ${f('icg.homicides.2018')} en 2018 y ${f('icg.homicides.2019')} en 2019; para 2022 los documentos dan ${listText(y2022, lang)}. En mayo de 2024 el registro nacional contaba ${f('icg.disappeared-registry-total-2024')} personas desaparecidas y no localizadas.`
    : `Recorded homicides went from ${f('icg.homicides.2007')} in 2007 to ${f('icg.homicides.2018')} in 2018 and ${f('icg.homicides.2019')} in 2019; for 2022 the documents give ${listText(y2022, lang)}. In May 2024 the national registry listed ${f('icg.disappeared-registry-total-2024')} people as disappeared and not located.`;
}

defineElement('cifras-homicides-disappearances', CifrasHomicidesDisappearances);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-homicides-disappearances': CifrasHomicidesDisappearances;
  }
}
