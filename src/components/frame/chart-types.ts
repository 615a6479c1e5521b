import type { SVGTemplateResult, TemplateResult } from 'lit';
import type { Box } from '../../chart/boxes.js';
import type { Figure } from '../../data/types.js';

/** A mark the reader can point at or reach with the keyboard. */
export interface ChartMark {
  /** The figure the mark shows; none for a place the data says nothing of (a map's state without data). */
  figure?: Figure;
  /** Short name of the mark: "Tamaulipas", "2019 (Crisis Group)". */
  label: string;
  /** Pointer and focus area, in chart coordinates. */
  hit: Box;
  /** Said in place of the figure's value, for a mark with no value of its own: "no data", or the group the source counts it in. */
  instead?: string;
  /** The place the mark stands for (a map's state: MX-MIC). */
  place?: string;
  /** The mark the up and down arrow keys go to, where marks lie on a grid (a map's tiles); else the previous and the next. */
  up?: number;
  down?: number;
}

/** What a chart hands the frame to draw. Built from data in willUpdate. */
export interface ChartModel {
  title: string;
  subtitle?: string;
  /** One or two sentences saying what the chart shows, in the chart's language. */
  summary: string;
  width: number;
  height: number;
  /** The drawing, inside an <svg role="img">. */
  visual: SVGTemplateResult;
  marks: ChartMark[];
  /** A key to the series, shown above the chart. */
  legend?: TemplateResult;
  /** Notes under the chart (annotations, disagreements), with footnote markers. */
  notes?: TemplateResult[];
}
