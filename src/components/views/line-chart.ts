import { svg } from 'lit';
import { formatShort, formatTick } from '../../chart/format.js';
import type { Lang } from '../../chart/locale.js';
import { categoryAxis, layoutTime } from '../../chart/time-layout.js';
import type { Figure } from '../../data/types.js';
import type { ChartContext } from '../frame/chart-element.js';
import type { ChartModel } from '../frame/chart-types.js';
import type { BarCopy } from './bar-chart.js';
import { renderTimePanels } from './time-view.js';

export { seriesStyles as styles } from './series.styles.js';

/** How the horizontal axis is described to screen readers. */
const AXIS: Record<Lang, string> = { en: 'Horizontal axis: categories', es: 'Eje horizontal: categorías' };

/**
 * A developer's figures as a line (through periods, spaced by time when every row has one) or as dots,
 * one per category: the layout `<cifras-chart type="line|dot">` loads when it is first one.
 */
export function lineModel(figures: Figure[], line: boolean, copy: BarCopy, context: ChartContext): ChartModel {
  const { lang, sizes } = context;
  const unit = figures[0].unit;
  // A line through periods keeps their distances in time.
  const timed = line && figures.every((f) => f.period);
  const { positions, domain } = categoryAxis(figures.length, timed ? figures.map((f) => f.period) : undefined);
  const layout = layoutTime([{
    id: 'data', title: '',
    tick: (value) => formatTick(value, unit, lang),
    data: figures.map((f, i) => ({
      id: f.id, position: positions[i], year: line ? i : undefined, value: f.value, series: 's0',
      labelText: formatShort(f, lang),
    })),
  }], domain, sizes, figures.map((f, i) => ({ position: positions[i], label: f.label![lang] })));
  const points = layout.panels[0].points;
  return {
    ...copy,
    width: layout.width,
    height: layout.height,
    visual: svg`${renderTimePanels(layout, lang, AXIS[lang])}`,
    marks: points.map((point, i) => ({ figure: figures[i], label: figures[i].label![lang], hit: point.hit })),
  };
}
