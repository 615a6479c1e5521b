import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { defineElement } from '../frame/define.js';
import { formatFigure, formatNumber } from '../../chart/format.js';
import { MARK_LIMITS, withinLimit } from '../../chart/limits.js';
import type { Lang } from '../../chart/locale.js';
import { LIMIT_MESSAGES } from '../../chart/messages.js';
import { summarizeExtremes } from '../../chart/summarize.js';
import { byPeriod } from '../../chart/period.js';
import type { StackMode } from '../../chart/stack-layout.js';
import { checkCustomData, copyCustomData, CustomDataError, parseJson, placeStates, type CustomChartData } from '../../data/custom-data.js';
import { capped, echo } from '../../data/echo.js';
import type { describeCustomDataError } from '../../data/custom-data-problems.js';
import { Catalog } from '../../data/lookup.js';
import type { Figure, Source } from '../../data/types.js';
import { barModel, type BarCopy, type BarPanel } from '../views/bar-chart.js';
import { CifrasChart } from '../frame/chart-element.js';
import { LazyCode } from '../frame/lazy-code.js';
import { ChartInputError, type ChartContext } from '../frame/chart-element.js';
import type { ChartModel } from '../frame/chart-types.js';

export type ChartType = 'bar' | 'column' | 'line' | 'dot' | 'map' | 'waffle';
const TYPES: readonly ChartType[] = ['bar', 'column', 'line', 'dot', 'map', 'waffle'];
/** How bars draw rows with a series: the first is the default. */
const LAYOUTS: readonly StackMode[] = ['stacked', 'grouped', 'percent'];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Whether rows of a page's data (not yet checked) give a series. */
const givesSeries = (input: unknown) => isObject(input) && Array.isArray(input.data) && input.data.some((row) => isObject(row) && row.series !== undefined);
let describe: typeof describeCustomDataError | undefined;

/**
 * A chart of your own data with everything the built-in widgets have: title,
 * numbered source footnotes, table view, summary, keyboard access and theming.
 * Give it data as the `data` property or as JSON in a child
 * `<script type="application/json">`; every value names its source. Bad data
 * shows a visible error that says what is wrong and where. Until it has data
 * it shows its own content (say, "Loading…"), with no error.
 *
 * @element cifras-chart
 * @summary A sourced bar, column, line, dot chart, map or waffle of your own data; stacked, grouped or 100% bars of rows with a series.
 *
 * @attr type - `bar` (default), `column`, `line`, `dot`, `map` or `waffle`. Any other is a visible error naming these.
 *   `column`: columns on a true time axis, each placed by its `period` (every year its place; a year without a value
 *   is left empty), with the data's `annotations` drawn over them: a labelled line at a date or a shaded band over
 *   an interval ("2018-12/2024-09"), each sourced like a value and within the values' years. Every value needs a
 *   `period`. A value's `qualifier` (`exact`, `approx`, `at-least`, `at-most`) is said in its label and tooltip
 *   ("at least 30,000"); an `at-least` column is drawn with an open top. Rows that give a `series` (two documents' counts, say)
 *   are drawn each in its series' colour, named in a key, the values of one time side by side.
 *   `map`: a tile map of Mexico's 32 states, each value's `label`
 *   a state's name or ISO code (`Michoacán`, `michoacan`, `Michoacán de Ocampo`, `MX-MIC`; `CDMX`, `Edomex`…),
 *   coloured in classes with round breaks; states without a value are marked "no data". An unknown or repeated
 *   state is a visible error that names the closest states. `waffle`: each row a share in percent (0 to 100; `unit`
 *   left out or `percent`), drawn as a 10 × 10 waffle headed by its label, one square a percentage point.
 * @attr layout - How `type="bar"` draws rows that give a `series` (rows that share a `label` and differ by `series` are the parts
 *   of one category, keyed by colour): `stacked` (default; the parts end to end, the total at the end), `grouped` (side by side, on one
 *   scale) or `percent` (stacked, each bar scaled to 100%, in a 0–100 frame). Every row gives a `series` or none does; a category gives
 *   each series once, none below zero; at most five series. An unknown value is a visible error; on rows without a series, a console
 *   warning, and plain bars.
 * @attr highlight - Labels of the values to draw in the highlight colour, comma-separated, any case (`2019, 2024`),
 *   for `bar` and `column` charts. A label the data does not have is a console warning naming the closest ones.
 * @cssprop --cifras-map-1 - Lowest class of a map (`--cifras-map-2` … `--cifras-map-6` the others, darker for more on a light background).
 * @cssprop --cifras-series-1 - First series of stacked or grouped bars, and its key (`--cifras-series-2` … `--cifras-series-5` the others).
 *
 * @slot - A `<script type="application/json">` with the data (see the README), or what to show until a script sets `data`.
 */
export class CifrasCustomChart extends CifrasChart {
  static override properties: PropertyDeclarations = {
    type: { reflect: true, useDefault: true },
    layout: { reflect: true },
    highlight: {},
    data: { attribute: false },
    ownData: { state: true },
  };

  /** Kind of chart: `bar` (default), `column` (on a time axis), `line`, `dot`, `map` or `waffle`. */
  type: ChartType = 'bar';

  /** How bars draw rows with a `series`: `stacked` (default), `grouped` (side by side) or `percent` (stacked, each bar at 100%). */
  layout?: StackMode;

  /** Labels of the values to emphasise, comma-separated, any case: bars and columns. */
  highlight = '';

  /** The chart's data; when unset, read from a child `<script type="application/json">`. */
  data?: CustomChartData;

  /** The data drawn, as given (`input`), and how many rows it had. */
  private ownData?: { catalog: Catalog; input: CustomChartData; rows: number };
  /** The page's data read once into plain values: checked, drawn and embedded, whatever the type. */
  private plain?: CustomChartData;
  /** The map's code, when the chart is a map: loaded when it is first one. */
  private readonly map = new LazyCode<typeof import('../views/map-view.js')>('map', this, this.loader, () => this.type === 'map', () => import('../views/map-view.js'));
  /** The time axis's columns, when the chart is one: loaded when it is first one. */
  private readonly columns = new LazyCode('column', this, this.loader, () => this.type === 'column', () => import('../views/column-chart.js'));
  /** The line and dot layout, when the chart is one: loaded when it is first one. */
  private readonly line = new LazyCode('line', this, this.loader, () => this.type === 'line' || this.type === 'dot', () => import('../views/line-chart.js'));
  /** The parts of a whole (bars of rows with a series, waffles), when the chart draws them: loaded when it first does. */
  private readonly parts = new LazyCode('parts', this, this.loader, () => this.type === 'waffle' || (this.type === 'bar' && givesSeries(this.plainInput())),
    () => import('../views/parts-chart.js'));
  /** The child script's text when it was last read. */
  private readJson?: string;
  private childWatcher?: MutationObserver;

  protected override get catalog(): Catalog {
    return this.ownData?.catalog ?? super.catalog;
  }

  /**
   * A source of the chart's own data is its own entry in the page's source list, even when its id is
   * also a bundled source's; two charts that give the same record share one entry.
   */
  protected override sourceKey(id: string): string {
    return `custom:${JSON.stringify(this.catalog.source(id))}`;
  }

  /** @internal The record behind one of citedSources, for the page's source list. */
  sourceRecord(key: string): Source | undefined {
    return this.ownData?.catalog.data.sources.find((s) => this.sourceKey(s.id) === key);
  }

  /** @internal The chart's data as JSON, for the Embed panel's snippets (a URL cannot carry it): only the fields the format defines. */
  embedJson(): string | undefined {
    return this.ownData && JSON.stringify(this.ownData.input);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.rereadData();
    // A child script added, replaced or edited after the chart is on the page is read again.
    (this.childWatcher ??= new MutationObserver(() => {
      if (this.data === undefined && this.childJson() !== this.readJson) this.rereadData();
    })).observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childWatcher?.disconnect();
  }

  /** Marks the data changed; an old value of null counts as a change even while the property is unset. */
  private rereadData(): void {
    this.requestUpdate('data', null);
  }

  private childJson(): string | undefined {
    return this.querySelector('script[type="application/json"]')?.textContent ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A type draws at most so many rows (limits.ts): another type may draw more or fewer, of the same copy.
    if (changed.has('data')) this.plain = undefined;
    if (changed.has('data') || changed.has('type') || changed.has('layout')) this.ownData = undefined;
    super.willUpdate(changed);
  }

  /**
   * With no data yet (neither the property nor a child script) there is nothing to lay out, as while a
   * bundled record loads: the chart shows what the page put inside it until a page's script sets its data.
   */
  protected override readLayout<T>(read: () => T): T | undefined {
    this.readJson = this.childJson();
    if (this.data == null && this.readJson === undefined) return undefined;
    try {
      // Whether the chart needs the parts' code depends on its data, read (and perhaps found wrong) here.
      // Each piece of code asked for at once, and the layout only once all are in.
      if (![this.map.ready(), this.line.ready(), this.parts.ready(), this.columns.ready()].every(Boolean)) return undefined;
      return super.readLayout(read);
    } catch (error) {
      if (!(error instanceof CustomDataError)) throw error;
      // The words for what is wrong load only when a page's data has a problem; until then the chart waits, as for data.
      if (describe) throw new ChartInputError(describe(error, this.resolvedLang));
      // Offline, the problem's name stands in for its words.
      this.loader.waitFor(import('../../data/custom-data-problems.js').then((words) => words.describeCustomDataError, () => (e: CustomDataError) => e.problem)
        .then((words) => { describe = words; }));
      return undefined;
    }
  }

  /** The data to draw: the property, else the child script's JSON. */
  private input(): CustomChartData {
    return this.data ?? parseJson(this.readJson!) as CustomChartData;
  }

  /** One plain copy is checked, drawn and embedded: the page's object is read once. */
  private plainInput(): CustomChartData {
    return (this.plain ??= copyCustomData(this.input()) as CustomChartData);
  }

  protected override chartFigures(): Figure[] {
    if (!this.ownData) {
      // An unknown type is the page's mistake, shown as one: drawn as bars, it would look like the chart it asked for.
      if (!TYPES.includes(this.type)) throw new CustomDataError('type', [echo(this.type), TYPES.join(', ')]);
      const input = this.plainInput();
      // Rows past the type's maximum are neither checked nor drawn; the chart says how many it left out.
      const max = MARK_LIMITS[this.type];
      const { input: drawn, rows } = withinLimit(input, max);
      if (this.layout != null && !LAYOUTS.includes(this.layout)) throw new CustomDataError('layout', [capped(String(this.layout)), LAYOUTS.join(', ')]);
      const waffle = this.type === 'waffle';
      // A waffle's values are shares: in percent whether or not the data says so.
      const unit = isObject(drawn) ? drawn.unit : undefined;
      if (waffle && unit !== undefined && unit !== 'percent') throw new CustomDataError('share-unit', [echo(unit)]);
      const checked = checkCustomData(waffle && isObject(drawn) ? { ...drawn, unit: 'percent' } : drawn, this.type === 'column');
      const series = checked.figures.some((f) => f.series !== undefined);
      if (series && this.type !== 'bar' && this.type !== 'column') throw new CustomDataError('series-type', [this.type]);
      const over = waffle ? checked.figures.findIndex((f) => f.value > 100) : -1;
      if (over >= 0) throw new CustomDataError('share', [over + 1, capped(checked.figures[over].label!.en), checked.figures[over].value]);
      if (this.layout && !series) this.warn(`layout="${this.layout}" lays out rows by their "series", and no row has one: drawing plain bars.`);
      // A map's labels are states: each is placed, once (the map's code is in before the data is read).
      this.ownData = { catalog: new Catalog(this.type === 'map' ? placeStates(checked, this.map.code!.stateNames()) : checked), input: input as CustomChartData, rows };
      if (rows > max) this.warn(`the data has ${rows} rows; a type="${this.type}" chart draws at most ${max}: drawing the first ${max}.`);
    }
    const figures = this.values();
    // Annotations are drawn, so cited, only on columns; the rest ignore them.
    if (this.type === 'column') return [...figures.sort(byPeriod), ...this.events()];
    if (this.events().length) this.warn(`the data's "annotations" are drawn only on type="column"; a type="${this.type}" chart leaves them out.`);
    if (this.type !== 'bar' && figures.some((f) => f.callout)) this.warn(`a value's "callout" is drawn only on type="bar"; a type="${this.type}" chart leaves it out.`);
    // A line runs through time: rows that all give a period are drawn in its order, whatever order they came in.
    return this.type === 'line' && figures.every((f) => f.period) ? figures.sort(byPeriod) : figures;
  }

  /** The data's values, in its order (a new array). */
  private values(): Figure[] {
    return this.ownData!.catalog.data.figures.filter((f) => !f.event);
  }

  /** The data's annotations, as the figures that date and cite them. */
  private events(): Figure[] {
    return this.ownData!.catalog.data.figures.filter((f) => f.event);
  }

  /** Whether a value is one the `highlight` attribute names; warns of a name no value has. */
  private highlighted(lang: Lang): (figure: Figure) => boolean {
    const names = this.highlight.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
    const labels = this.values().map((f) => f.label![lang]);
    const known = new Set(labels.map((label) => label.toLowerCase()));
    const unknown = names.filter((name) => !known.has(name));
    // The search for the closest labels loads only for a page that names one the data does not have.
    if (unknown.length) {
      this.loader.track(import('../../data/closest.js').then(({ closestMatches }) => {
        for (const name of unknown) {
          const closest = closestMatches(name, labels);
          this.warn(`highlight="${this.highlight}": no value is labelled "${name}"${closest.length ? `; the closest are ${closest.map((c) => `"${c}"`).join(', ')}` : ''}; it is not highlighted.`);
        }
      }));
    }
    return (figure) => names.includes(figure.label![lang].toLowerCase());
  }

  private panels(lang: Lang): BarPanel[] {
    const figures = this.values();
    const noted = figures.find((f) => f.callout);
    return [{
      id: 'data', figures, label: (f) => f.label![lang], highlight: this.highlighted(lang),
      // Shares of a whole on their whole scale, 0 to 100, drawn faintly behind each bar, as the built-in charts draw them.
      max: this.type === 'bar' && figures.every((f) => f.unit === 'percent' && f.value <= 100) ? 100 : undefined,
      callout: noted && { figure: noted.id, text: noted.callout! },
    }];
  }

  private copy(lang: Lang, context: ChartContext): BarCopy {
    const { input, rows } = this.ownData!;
    const figures = context.figures.filter((f) => !f.event);
    return {
      title: input.title ?? '',
      subtitle: input.subtitle,
      notes: rows > figures.length ? [html`<span class="limit-note">${LIMIT_MESSAGES[lang].rowsLeftOut(formatNumber(figures.length, lang), formatNumber(rows, lang))}</span>`] : undefined,
      summary: summarizeExtremes(figures.map((f) => ({ label: f.series ? `${f.label![lang]} · ${f.series}` : f.label![lang], value: f.value, text: formatFigure(f, lang) })), this.type !== 'bar', lang),
    };
  }

  protected override buildModel(context: ChartContext): ChartModel {
    const { lang, figures } = context;
    const parts = this.parts.code;
    if (this.type === 'waffle') return parts!.waffleModel(figures, this.copy(lang, context), context);
    if (parts) return parts.stackModel(figures, this.layout ?? 'stacked', this.copy(lang, context), context);
    if (this.type === 'bar' || this.type === 'map') return barModel(this.panels(lang), this.copy(lang, context), context, { map: this.map.code, mapOnly: true });
    if (this.type === 'column') return this.columns.code!.columnModel(figures, this.highlighted(lang), this.copy(lang, context), context);
    return this.line.code!.lineModel(figures, this.type === 'line', this.copy(lang, context), context);
  }

}

defineElement('cifras-chart', CifrasCustomChart);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-chart': CifrasCustomChart;
  }
}
