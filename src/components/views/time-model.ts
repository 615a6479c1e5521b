import { css, html, nothing, type TemplateResult } from 'lit';
import { formatShort } from '../../chart/format.js';
import { periodExtent, layoutTimeColumns, type AnnotationInput } from '../../chart/time-columns.js';
import { periodPosition } from '../../chart/period.js';
import { renderTimeColumns } from './columns-view.js';
import type { Lang } from '../../chart/locale.js';
import type { ChartContext } from '../frame/chart-element.js';
import type { ChartMark, ChartModel } from '../frame/chart-types.js';
import type { TimeAnnotation, TimeColumn, TimeCopy } from './time-chart.js';

// The time axis's layout and drawing: a chunk of its own, loaded by the charts
// that draw on it when they first lay out (their spec names it), so that the
// elements that draw only bars do not carry it.

/** The styles of columns on a time axis and their annotations. */
export const styles = css`
  .visual .annotation .band { fill: none; }
  .visual .annotation .band.shaded { fill: var(--_text); fill-opacity: 0.06; }
  /* On a dark background a faint tint all but disappears. */
  :host([theme='dark']) .visual .annotation .band.shaded, :host(:state(page-dark)) .visual .annotation .band.shaded { fill-opacity: 0.13; }
  @media (prefers-color-scheme: dark) { :host([theme='auto']) .visual .annotation .band.shaded { fill-opacity: 0.13; } }
  .visual .annotation .event { stroke: var(--_muted); stroke-dasharray: 4 3; }
  .visual .annotation-label, .visual .gap-label { fill: var(--_muted); }
  .visual .column-label { font-variant-numeric: tabular-nums; fill: var(--_text); paint-order: stroke; stroke: var(--_canvas); stroke-width: 3px; stroke-linejoin: round; }
  .visual .column-label.highlight { font-weight: 700; }
  .visual .x-axis line { stroke: var(--_muted); }
  .derived-key .key-item { display: inline-flex; align-items: center; gap: 0.35em; margin-inline-end: 1em; }
  .derived-key .bound-key rect { fill: var(--_mark); stroke: none; }
  .bound-key .open-end { fill: none; stroke: var(--_mark); stroke-width: 1.5px; stroke-dasharray: 3 2; }
  @media (forced-colors: active) {
    .visual .annotation .event { stroke: CanvasText; }
    .visual .annotation .band.shaded { fill: CanvasText; fill-opacity: 0.12; }
    .visual .annotation-label, .visual .gap-label { fill: CanvasText; }
    .visual .x-axis line { stroke: GrayText; }
    .derived-key .bound-key rect { fill: CanvasText; }
    .bound-key .open-end { stroke: CanvasText; }
  }
`;

/** What an open top says, in the key. */
const BOUND_KEY: Record<Lang, string> = { en: 'Dashed top: at least', es: 'Tope punteado: al menos' };

/**
 * The key to how a value is drawn, in one row: hatched where it is worked out from the documents'
 * figures, an open, dashed top where it is a lower bound. Hidden from screen readers, whose mark
 * names say "(derived)" and "at least" already.
 */
function drawingKey({ lang, t }: ChartContext, derived: boolean, bound: boolean): TemplateResult | typeof nothing {
  if (!derived && !bound) return nothing;
  return html`<p class="derived-key" part="legend" aria-hidden="true">
    ${derived ? html`<span class="key-item"><svg width="14" height="10"><rect width="14" height="10"></rect></svg>${t.derived}</span>` : nothing}
    ${bound ? html`<span class="key-item"><svg class="bound-key" width="14" height="14"><rect y="6" width="14" height="8"></rect><path class="open-end" d="M1,6 V0 M13,6 V0"></path></svg>${BOUND_KEY[lang]}</span>` : nothing}
  </p>`;
}

/** Where an annotation lies on the axis: its figure's period, or the years given. */
export function annotationInput(a: TimeAnnotation): AnnotationInput {
  const [start, end] = periodExtent(a.figure.period);
  return { id: a.id, label: a.label, start: a.start ?? start, end: a.kind === 'line' ? undefined : (a.end ?? end) };
}

/** Columns on a time axis laid out for the context's width: the marks in time order. */
export function timeModel(columns: TimeColumn[], annotations: TimeAnnotation[], copy: TimeCopy, context: ChartContext, domain?: [number, number]): ChartModel {
  const { lang, sizes } = context;
  const inputs = columns.map((column) => {
    const { figure } = column;
    const [start, end] = periodExtent(figure.period);
    return {
      id: figure.id,
      position: column.at ?? (column.everyYear ? (start + end) / 2 : periodPosition(figure.period)),
      span: column.everyYear ? [start, end] as [number, number] : undefined,
      value: figure.value,
      valueText: column.valueText ?? formatShort(figure, lang),
      open: figure.qualifier === 'at-least' || figure.projection === true,
      highlight: column.highlight,
      muted: Boolean(figure.derived),
      series: column.series,
    };
  });
  const placed = annotations.map(annotationInput);
  const years = [...inputs.flatMap((c) => c.span ?? [c.position]), ...placed.flatMap((a) => [a.start, a.end ?? a.start])];
  const layout = layoutTimeColumns({
    columns: inputs,
    annotations: placed,
    domain: domain ?? [Math.floor(Math.min(...years)), Math.ceil(Math.max(...years))],
    tick: (value) => formatShort({ value, unit: columns[0]?.figure.unit ?? 'count', qualifier: 'exact' }, lang),
    gapText: copy.gap,
  }, sizes);
  const byId = new Map(columns.map((column) => [column.figure.id, column]));
  const marks: ChartMark[] = [...layout.spans, ...layout.columns].sort((a, b) => a.position - b.position || a.x - b.x)
    .map((c) => ({ figure: byId.get(c.id)!.figure, label: byId.get(c.id)!.label, hit: c.hit }));
  return {
    title: copy.title,
    subtitle: copy.subtitle,
    summary: copy.summary,
    notes: copy.notes,
    legend: html`${copy.legend ?? nothing}${drawingKey(context, layout.columns.some((c) => c.muted), [...layout.columns, ...layout.spans].some((c) => c.open))}`,
    width: layout.width,
    height: layout.height,
    marks,
    visual: renderTimeColumns(layout, copy.axis),
  };
}
