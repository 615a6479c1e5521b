import { html, svg } from 'lit';
import { stackPanels } from '../../chart/panels.js';
import type { ChartSpec, SpecContext } from '../frame/chart-spec.js';
import type { ChartModel } from '../frame/chart-types.js';

/** One chart of a stack: its spec (with its own words) and the title it takes in the stack. */
export interface StackedPart<W> {
  // Each part brings words of its own kind.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec: ChartSpec<any>;
  title: (words: W) => string;
}

/** Charts one under another, each under its own title, in one frame: their figures, marks and notes in order. */
export interface StackedSpec<W, H = unknown> extends Omit<ChartSpec<W, H>, 'figures' | 'model'> {
  parts: StackedPart<W>[];
  /** Title, subtitle and summary of the whole, from the parts' models. */
  copy(c: SpecContext<W, H>, parts: ChartModel[]): Pick<ChartModel, 'title' | 'subtitle' | 'summary'>;
}

/** The spec of charts stacked in one frame: the homicides over the registry of the disappeared, say. */
export function stackedChart<W, H = unknown>(spec: StackedSpec<W, H>): ChartSpec<W, H> {
  const partContext = (c: SpecContext<W, H>, part: StackedPart<W>) => ({ ...c, words: part.spec.words[c.lang] });
  return {
    ...spec,
    // The code the parts draw with, each once.
    code: [...new Map(spec.parts.flatMap((part) => part.spec.code ?? []).map((code) => [code.name, code])).values()],
    figures: (c) => [...new Set(spec.parts.flatMap((part) => part.spec.figures(partContext(c, part))))],
    model: (c, context) => {
      const models = spec.parts.map((part) => part.spec.model(partContext(c, part), context));
      const stack = stackPanels(spec.parts.map((part, i) => ({ title: part.title(c.words), height: models[i].height })), context.sizes);
      return {
        ...spec.copy(c, models),
        width: context.sizes.width,
        height: stack.height,
        legend: html`${models.map((m) => m.legend)}`,
        notes: models.flatMap((m) => m.notes ?? []),
        marks: models.flatMap((m, i) => m.marks.map((mark) => ({ ...mark, hit: { ...mark.hit, y: mark.hit.y + stack.panels[i].offset } }))),
        visual: svg`${models.map((m, i) => svg`<g class="part">
          <text class="panel-title" font-size=${stack.titleSize} y=${stack.panels[i].titleY}>${stack.panels[i].titleLines.map((line, k) =>
            svg`<tspan x="0" dy=${k ? stack.titleLineHeight : 0}>${line}</tspan>`)}</text>
          <g transform="translate(0 ${stack.panels[i].offset})">${m.visual}</g>
        </g>`)}`,
      };
    },
  };
}
