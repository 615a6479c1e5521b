import type { CSSResult } from 'lit';
import type { Lang } from '../../chart/locale.js';
import type { Messages } from '../../chart/messages.js';
import type { DataModule } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import type { ChartModel } from './chart-types.js';
import type { ChartContext } from './chart-element.js';

/** What a spec's functions are given: the language, the frame's strings, the widget's own words in that language, and the element (for its attributes). */
export interface SpecContext<W, H = unknown> {
  lang: Lang;
  t: Messages;
  words: W;
  host: H;
  /** The code the spec draws with that loads on first layout (`ChartSpec.code`), by name. */
  code: Record<string, unknown>;
}

/** Code a spec draws with that loads when the chart first lays out: a chunk of its own, which the elements that do not draw with it do not carry. */
export interface SpecCode {
  name: string;
  /** The import, named in the spec's module so that only the elements with that spec carry its chunk. */
  load: () => Promise<{ styles?: CSSResult }>;
  /** Whether the chart draws with it now (a map only when asked for one); always by default. */
  wanted?: (host: never) => boolean;
}

/**
 * A widget: the data it draws, its words in each language, the figures it
 * shows and how it lays them out. The frame (`CifrasChart`) does the rest:
 * laziness, loading, sources, tools, keyboard and tooltip. A widget's element
 * is a class that names its spec (`static spec = …`) and documents its attributes.
 */
export interface ChartSpec<W = unknown, H = unknown> {
  /** The data the chart draws: the ids listed in the widget's `data.json`, split off at build time and loaded on first render. */
  data?: DataModule;
  /** What only the sources panel and tools show of its documents: loaded with the panel, or when the page is idle. */
  provenance?: DataModule;
  /** The widget's words, one object per language; figures are put into them by name. */
  words: Record<Lang, W>;
  /** Code it draws with that loads on first layout (the time axis's layout, say); its styles are adopted with it. */
  code?: SpecCode[];
  /** The figures it shows, in reading order (they number the footnotes). */
  figures(c: SpecContext<W, H>): Figure[];
  /** The chart laid out for the context's width. */
  model(c: SpecContext<W, H>, chart: ChartContext): ChartModel;
}
