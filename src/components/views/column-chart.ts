import type { Lang } from '../../chart/locale.js';
import type { Figure } from '../../data/types.js';
import type { ChartContext } from '../frame/chart-element.js';
import type { ChartModel } from '../frame/chart-types.js';
import type { BarCopy } from './bar-chart.js';
import type { TimeAnnotation } from './time-chart.js';
import { timeModel } from './time-model.js';

export { styles } from './time-model.js';

/** What a developer's column chart says of its axis and its empty years, in each language. */
const WORDS: Record<Lang, { axis: (from: string, to: string) => string; gap: string }> = {
  en: { axis: (from, to) => `Horizontal axis: time, ${from} to ${to}; the years without a value are left empty.`, gap: 'no data' },
  es: { axis: (from, to) => `Eje horizontal: tiempo, de ${from} a ${to}; los años sin valor quedan vacíos.`, gap: 'sin datos' },
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
  return timeModel(
    figures.filter((figure) => !figure.event).map((figure) => ({ figure, label: figure.label![lang], highlight: highlighted(figure) })),
    figures.filter((figure) => figure.event).map((figure): TimeAnnotation => ({ id: figure.id, label: figure.label![lang], figure, kind: figure.event })),
    { ...copy, axis: words.axis(String(Math.min(...years)), String(Math.max(...years))), gap: words.gap },
    context,
  );
}
