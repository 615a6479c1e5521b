import { css, html, nothing } from 'lit';
import type { Lang } from '../../chart/locale.js';
import type { Figure } from '../../data/types.js';
import type { ChartContext } from '../frame/chart-element.js';
import type { ChartModel } from '../frame/chart-types.js';
import type { BarCopy } from './bar-chart.js';
import type { TimeAnnotation } from './time-chart.js';
import { seriesColumnStyles } from './series-columns.styles.js';
import { styles as timeStyles, timeModel } from './time-model.js';

/** The time axis's styles, and each series' colour and key. */
export const styles = css`${timeStyles}${seriesColumnStyles}`;

/** What a developer's column chart says of its axis and its empty years, in each language. */
const WORDS: Record<Lang, { axis: (from: string, to: string) => string; gap: string; series: string }> = {
  en: { axis: (from, to) => `Horizontal axis: time, ${from} to ${to}; the years without a value are left empty.`, gap: 'no data', series: 'Series' },
  es: { axis: (from, to) => `Eje horizontal: tiempo, de ${from} a ${to}; los años sin valor quedan vacíos.`, gap: 'sin datos', series: 'Series' },
};

/**
 * A developer's figures as columns on a true time axis (every year its place, a year without a
 * value left empty, a lower bound with an open top) under the events among them (its annotations,
 * lines and bands): the layout `<cifras-chart type="column">` loads when it is first one. Each
 * figure has a period.
 */
export function columnModel(figures: Figure[], highlighted: (figure: Figure) => boolean, copy: BarCopy, context: ChartContext): ChartModel {
  const { lang } = context;
  const words = WORDS[lang];
  const years = figures.flatMap((f) => f.period.split('/').map((date) => Number(date.slice(0, 4))));
  // Rows with a series: each series in its colour, named in a key, the values of one time side by side.
  const series = [...new Set(figures.flatMap((f) => (f.event || f.series === undefined ? [] : [f.series])))];
  const legend = series.length ? html`<ul class="key" part="legend" aria-label=${words.series}>
    ${series.map((name, i) => html`<li><span class="swatch s${i}"></span>${name}</li>`)}</ul>${copy.legend ?? nothing}` : copy.legend;
  return timeModel(
    figures.filter((figure) => !figure.event).map((figure) => ({
      figure, highlight: highlighted(figure),
      label: figure.series === undefined ? figure.label![lang] : `${figure.label![lang]} · ${figure.series}`,
      ...(figure.series === undefined ? {} : { series: series.indexOf(figure.series) }),
    })),
    figures.filter((figure) => figure.event).map((figure): TimeAnnotation => ({ id: figure.id, label: figure.label![lang], figure, kind: figure.event })),
    { ...copy, legend, axis: words.axis(String(Math.min(...years)), String(Math.max(...years))), gap: words.gap },
    context,
  );
}
