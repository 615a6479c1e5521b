import { html, nothing, isServer, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { FootnoteSet } from '../../chart/footnotes.js';
import { frameSizes, type FrameSizes } from '../../chart/layout.js';
import { fontMetricsWidth } from '../../chart/font-metrics.js';
import type { Lang } from '../../chart/locale.js';
import type { Messages } from '../../chart/messages.js';
import type { Catalog } from '../../data/lookup.js';
import { conflictsAmong } from '../../data/relations.js';
import { loadDataModule, pageCatalog } from '../../data/page-catalog.js';
import { UnknownIdError } from '../../data/errors.js';
import type { Figure } from '../../data/types.js';
import { CifrasElement } from './cifras-element.js';
import type { ChartModel } from './chart-types.js';
import type { ChartSpec, SpecContext } from './chart-spec.js';
import { messages } from '../../chart/messages.js';
import { adoptLazyStyles } from './lazy-styles.js';
import { LazyCode } from './lazy-code.js';
import { unbrokenRanges } from '../citations/footnotes-view.js';
import { footnoteStyles } from '../citations/footnotes.styles.js';
import { frameStyles } from './frame.styles.js';
import { ACTIONS, ChartActions, type Action } from '../actions/chart-actions.js';
import type { CitingElement } from '../citations/citation-registry.js';
import { JsonLdScript } from '../actions/json-ld-script.js';
import { ChartCitations } from '../citations/chart-citations.js';
import { ChartWidth } from './width-controller.js';
import { renderPlot, type TooltipView } from '../views/plot-view.js';
import { whenIdle } from './when-idle.js';
import { MarkFocus } from './mark-focus.js';
import { PrintState } from './print-state.js';
import { SourcesPanel } from '../citations/sources-controller.js';

/** What a chart gets to lay itself out. */
export interface ChartContext {
  lang: Lang;
  t: Messages;
  sizes: FrameSizes;
  notes: FootnoteSet;
  figures: Figure[];
}

/** A problem with the element's input, shown in place of the chart. */
export class ChartInputError extends Error {}

/** What `cifras-rendered` carries. */
export interface RenderedDetail {
  /** How many marks the chart drew. */
  marks: number;
}

declare global {
  interface HTMLElementEventMap {
    'cifras-rendered': CustomEvent<RenderedDetail>;
  }
}


/** The tooltip's code, once a chart on the page has shown one (or the page was idle). */
let tooltipView: TooltipView | undefined;
let tooltipLoading: Promise<unknown> | undefined;
const importTooltip = () => (tooltipLoading ??= import('../views/tooltip-view.js').then((view) => { tooltipView = view; }, () => { tooltipLoading = undefined; }));
/** Whether the page has asked to load the tooltip's code when it is idle: once, holding on to no chart. */
let tooltipPreloaded = false;

/** The error box's code, once a chart on the page has had a problem to show: bad input is rare, its code need not come with every chart. */
let errorView: ErrorView | undefined;
let errorLoading: Promise<unknown> | undefined;
type ErrorView = typeof import('./error-view.js');

/** State that changes what is shown but not the layout. */
const VIEW_STATE = new Set<PropertyKey>(['view']);

/**
 * The frame every Cifras chart shares: title, subtitle, the chart, notes,
 * numbered source footnotes and the actions row. It measures its own width,
 * makes every mark reachable by pointer and keyboard (roving tabindex, arrow
 * keys, Enter jumps to the mark's footnote) and swaps the chart for a real
 * table on request. Subclasses supply the figures and lay out the drawing.
 *
 * @slot title - Replaces the title.
 * @slot subtitle - Replaces the subtitle.
 *
 * @csspart frame - The figure.
 * @csspart title - The title.
 * @csspart subtitle - The subtitle.
 * @csspart actions - The row of tools (table, cite, data, image, embed).
 * @csspart panel - The open tool's panel.
 * @csspart legend - The key to the series, where there is one.
 * @csspart chart - The plot area.
 * @csspart marks - The drawing.
 * @csspart tooltip - The tooltip.
 * @csspart notes - Annotations under the chart.
 * @csspart disagreements - Where the sources disagree.
 * @csspart table - The data table.
 * @csspart footnotes - The numbered source notes.
 * @csspart error - The message shown for bad input.
 *
 * @fires cifras-rendered - After the chart has drawn its marks (again after a new layout: width, language, attributes). `detail.marks` is their number.
 *
 * @cssprop --cifras-color-text - Text colour.
 * @cssprop --cifras-color-muted - Secondary text and axes.
 * @cssprop --cifras-color-accent - Accent (highlights, filled squares).
 * @cssprop --cifras-color-mark - Bars and marks.
 * @cssprop --cifras-color-highlight - Highlighted marks.
 * @cssprop --cifras-color-rule - Rules, grid lines and borders.
 * @cssprop --cifras-color-link - Links and focus rings.
 * @cssprop --cifras-color-background - Background (transparent by default).
 * @cssprop --cifras-color-canvas - Tooltip and panel background.
 * @cssprop --cifras-color-surface - Card and panel surface.
 * @cssprop --cifras-font-family - Font stack.
 * @cssprop --cifras-font-size - Base font size (16px).
 * @cssprop --cifras-radius - Corner radius.
 * @cssprop --cifras-padding - Room inside the element: 0 by default, 0.75em in the dark theme, which paints its own background.
 */
export class CifrasChart extends CifrasElement implements CitingElement {
  // The sources panel's styles come with its code in a browser; a server render (a static snapshot) draws the panel at once.
  static override styles = [...CifrasElement.styles, ...(isServer ? [footnoteStyles] : []), frameStyles];

  static override properties: PropertyDeclarations = {
    chartTitle: { attribute: 'chart-title' },
    chartSubtitle: { attribute: 'chart-subtitle' },
    actions: {},
    jsonLd: { attribute: 'json-ld', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
    width: { state: true },
    view: { state: true },
  };

  /** The widget this element draws: its data, words, figures and layout. */
  static spec?: ChartSpec;

  /** @internal Loads the table view's code, when a reader first asks for the table. */
  static loadTableView = () => import('../views/table-view.js');

  /** Width in px that charts are laid out for on the server, where nothing can be measured (the static snapshots set it). */
  static serverWidth = 640;

  /** Replaces the chart's title. */
  chartTitle = '';

  /** Replaces the chart's subtitle. */
  chartSubtitle = '';

  /** Which tools to offer: `all` (default), `none`, or a list such as `cite,data` (table, cite, data, image, embed). */
  actions = 'all';

  /** Adds schema.org JSON-LD (a Dataset citing its sources) as a child script, for search engines and fact-checkers. */
  jsonLd = false;

  /** Level of the title heading in the page outline (1–6, default 2). */
  headingLevel = 2;

  /** Width the chart is laid out for; measured. */
  protected width = 0;
  protected view: 'chart' | 'table' = 'chart';

  protected model?: ChartModel;
  private readonly toolbar = new ChartActions(this);
  private readonly cited = new ChartCitations(this, (id) => this.sourceKey(id));
  protected readonly jsonLdScript = new JsonLdScript(this, () => Boolean(this.jsonLd && this.model && this.notes), (writer) => this.jsonLdWith(writer), (work) => this.loader.track(work));
  private readonly print = new PrintState(this);
  private readonly sources = new SourcesPanel(this, () => this.ownClass.spec?.provenance, () => this.print.printing);
  private readonly markFocus = new MarkFocus(this, () => this.model && {
    hits: this.model.marks.map((mark) => mark.hit), width: this.model.width, vertical: this.model.marks.map((mark) => [mark.up, mark.down] as const),
  }, (i) => this.revealSource(i), (box, hit, width) => tooltipView?.placeTip(box, hit, width));
  /** Code the spec draws with, loaded on first layout. */
  private readonly specCode = (this.ownClass.spec?.code ?? []).map((code) => new LazyCode(code.name, this, this.loader, () => code.wanted?.(this as never) ?? true, code.load));
  private readonly measured = new ChartWidth(this, () => this.near, (width) => { if (width > 0 && width !== this.width) this.width = width; });
  private dataTable?: typeof import('../views/table-view.js');
  private tableFailed = false;
  private enabledActions = new Set<Action>(ACTIONS);
  protected figures: Figure[] = [];
  protected problem?: ChartInputError;
  private drawn = false;

  /** The documents this chart cites, in its reading order (a derived figure cites its inputs' too), as the page's source list names them. */
  get citedSources(): string[] {
    return this.problem ? [] : this.cited.sources(this.figures, this.catalog);
  }

  /** The chart's numbered notes, once it is laid out. */
  protected get notes(): FootnoteSet | undefined {
    return this.cited.notes;
  }

  /** The page-wide name of one of the chart's sources: its id in the bundled dataset. */
  protected sourceKey(id: string): string {
    return id;
  }

  /** Where the chart's figures and sources come from: the bundled dataset unless a chart brings its own. */
  protected get catalog(): Catalog {
    return pageCatalog;
  }

  private get ownClass(): typeof CifrasChart {
    return this.constructor as typeof CifrasChart;
  }

  /** What the spec's functions are given. */
  protected specContext(lang = this.resolvedLang): SpecContext<unknown, this> {
    const spec = this.ownClass.spec!;
    return { lang, t: messages(lang), words: spec.words[lang], host: this, code: Object.fromEntries(this.specCode.map((code) => [code.name, code.code])) };
  }

  /** The figures the chart shows, in reading order (it numbers the footnotes). */
  protected chartFigures(): Figure[] {
    return this.ownClass.spec!.figures(this.specContext());
  }

  /** Lays out the chart for the context's width and language. */
  protected buildModel(context: ChartContext): ChartModel {
    return this.ownClass.spec!.model(this.specContext(context.lang), context);
  }

  protected override cameNear(): void {
    this.measured.cameNear();
  }

  /** @internal The page renumbered its sources: drawn again only if this chart's notes change. */
  citationsChanged(): void {
    this.cited.renumber();
  }

  /** @internal Brings the chart into view for a back-link from the page's source list. */
  showCitation(): void {
    this.scrollIntoView({ block: 'start' });
    this.renderRoot.querySelector<HTMLElement>('.frame')?.focus();
  }

  /** Also waits for a panel's code and data. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.toolbar.pending ?? this.sources.pending; pending; pending = this.toolbar.pending ?? this.sources.pending) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    // A mark was pointed at or reached: the tooltip shows once its code is in (another chart may have loaded it).
    if (this.markFocus.open && !tooltipView) this.loadTooltip();
    if (this.model && !this.drawn) {
      this.drawn = true;
      this.sources.preload();
      if (!isServer && !tooltipPreloaded) {
        tooltipPreloaded = true;
        whenIdle(importTooltip);
      }
      this.dispatchEvent(new CustomEvent<RenderedDetail>('cifras-rendered', { bubbles: true, composed: true, detail: { marks: this.model.marks.length } }));
    }
  }

  /** Loads the error box's code and styles, once for the page. */
  private loadErrorView(): void {
    errorLoading ??= import('./error-view.js').then((view) => { errorView = view; }, () => { errorLoading = undefined; });
    this.loader.track(errorLoading, () => {
      if (errorView) adoptLazyStyles(this.shadowRoot, errorView.errorStyles);
      this.requestUpdate();
    });
  }

  /** Loads the tooltip's code and styles, once for the page; the chart shows its tooltip when they are in. */
  private loadTooltip(): void {
    this.loader.track(importTooltip(), () => {
      if (tooltipView) adoptLazyStyles(this.shadowRoot, tooltipView.styles);
      this.requestUpdate();
    });
  }

  /** The chart as schema.org JSON-LD: a Dataset citing the documents it draws on (undefined until it is laid out). */
  async toJsonLd(): Promise<object | undefined> {
    return this.jsonLdWith(await import('../actions/json-ld.js'));
  }

  private jsonLdWith(writer: typeof import('../actions/json-ld.js')): object | undefined {
    return this.model && this.notes ? writer.chartJsonLdOf({
      title: this.chartTitle || this.model.title, summary: this.model.summary, catalog: this.catalog, lang: this.resolvedLang, figures: this.figures, notes: this.notes,
    }) : undefined;
  }


  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Styled before it is drawn: the tooltip is placed by its drawn size as soon as it is rendered,
    // also the first time in a chart whose page loaded the tooltip's code for another.
    if (this.markFocus.open && tooltipView) adoptLazyStyles(this.shadowRoot, tooltipView.styles);
    if (changed.has('theme')) this.measured.forgetFont();
    // Data in, or the page's numbers changed: laid out again, though no property changed.
    if (!this.loader.arrived && !this.cited.renumbered && [...changed.keys()].every((key) => VIEW_STATE.has(key))) return;
    if (this.near || isServer) this.layOut();
  }

  protected override checkAttributes(changed?: PropertyValues): void {
    super.checkAttributes(changed);
    if (!this.headingLevel || this.headingLevel < 1 || this.headingLevel > 6) {
      this.warn(`heading-level="${this.getAttribute('heading-level') ?? this.headingLevel}" is not 1–6; using 2.`);
      this.headingLevel = 2;
    }
    if (!changed || changed.has('actions')) this.enabledActions = this.parseActions();
  }

  private parseActions(): Set<Action> {
    const value = this.actions.trim().toLowerCase();
    if (value === '' || value === 'all') return new Set(ACTIONS);
    if (value === 'none') return new Set();
    const names = value.split(/[\s,]+/).filter(Boolean);
    const known = names.filter((name): name is Action => ACTIONS.includes(name as Action));
    const unknown = names.filter((name) => !known.includes(name as Action));
    // Nothing it knows (a typo, say) is not "none": the reader keeps the tools.
    if (unknown.length) this.warn(`actions="${this.actions}": ignoring ${unknown.map((u) => `"${u}"`).join(', ')}, not among all, none, ${ACTIONS.join(', ')}${known.length ? '' : '; showing all'}.`);
    return new Set(known.length ? known : ACTIONS);
  }

  private layOut(): void {
    this.problem = undefined;
    this.model = undefined;
    const dataModule = this.ownClass.spec?.data;
    try {
      if (this.loader.failed) throw new ChartInputError(this.t.loadFailed);
      // A server render is synchronous: the renderer puts the whole dataset in the page catalog first.
      const loading = !isServer && dataModule && loadDataModule(dataModule);
      if (loading) this.loader.waitFor(loading);
      // While a record is still loading there is nothing to lay out yet.
      if (loading || !this.readLayout(() => this.layOutNow())) {
        this.figures = [];
        this.cited.notes = undefined;
      }
    } catch (error) {
      // An unknown id's message names the close ids itself: the box does not list them again.
      if (error instanceof UnknownIdError) this.problem = new ChartInputError(error.message);
      else if (error instanceof ChartInputError) this.problem = error;
      else throw error;
      this.warn(this.problem.message);
      if (!errorView && !isServer) this.loadErrorView();
    }
  }

  /** Reads what the layout needs from the catalog: undefined while a record loads (the chart updates once it is in). */
  protected readLayout<T>(read: () => T): T | undefined {
    // Each piece of code asked for at once (not one after another), and the layout only once all are in.
    const ready = this.specCode.map((code) => code.ready());
    return ready.every(Boolean) ? this.loader.read(this.catalog, read) : undefined;
  }

  private layOutNow(): true {
    this.figures = this.chartFigures();
    // Footnotes take the page's numbers: one number names one document on the page.
    const notes = this.cited.number(this.figures, this.catalog, this.resolvedLang);
    // Measured only now that there is something to draw: a chart still waiting for its data
    // would force a layout of the page in the task that upgraded it, for nothing.
    const width = isServer ? CifrasChart.serverWidth : (this.width ||= this.laziness.firstRenderWidth());
    if (width > 0) {
      // The server has no canvas and no styles; there the layout estimates text widths from font metrics
      // (which the browser bundles, where isServer is false, leave out).
      const sizes = frameSizes(width, isServer ? fontMetricsWidth : this.measured.measurer());
      this.model = this.buildModel({ lang: this.resolvedLang, t: this.t, sizes, notes, figures: this.figures });
      this.drawn = false;
      this.markFocus.clamp(this.model.marks.length);
    }
    return true;
  }

  override render(): TemplateResult {
    // One template, so that the sizer the ResizeObserver watches stays the same element.
    // Under a problem, what the page put inside (a static snapshot, say) still shows.
    return html`<div class="sizer"></div>${this.problem ? html`${errorView ? errorView.renderError(this.t, this.problem.message)
      // Until the error box's code is in (or if it cannot load): the message alone, still announced.
      : html`<p class="error" part="error" role="alert">${this.problem.message}</p>`}<slot></slot>`
      : this.model ? this.renderFrame()
      // Until it is laid out (far from the viewport, or its data loading) the chart shows what the page put inside it: a static snapshot, say.
      : html`<div class="pending" part="pending"><slot></slot></div>`}`;
  }

  private renderFrame(): TemplateResult {
    const t = this.t;
    // Laid out: the model and its notes are there.
    const model = this.model!;
    const notes = this.notes!;
    // A mark that stands in for a group (a map's state the source does not break down) does not name the group's figure.
    const labels = new Map(model.marks.flatMap((mark) => (mark.figure && !mark.instead ? [[mark.figure.id, mark.label] as const] : [])));
    const conflicts = conflictsAmong(this.catalog, this.figures).length;
    const sourcesShown = this.sources.shown;
    // Anatomy of a news graphic: title, subtitle, key, the chart, short notes, then a one-line footer
    // with the sources' short names and the tools; the full references open from the footer, in place.
    return html`<figure class="frame" part="frame" aria-labelledby="cifras-title" tabindex="-1">
      <div class="head">
        <div class="title" part="title" id="cifras-title" role="heading" aria-level=${this.headingLevel}>
          <slot name="title">${unbrokenRanges(this.chartTitle || model.title)}</slot>
        </div>
        <p class="subtitle" part="subtitle"><slot name="subtitle">${unbrokenRanges(this.chartSubtitle || model.subtitle || '')}</slot></p>
      </div>
      ${this.view === 'chart' && model.legend ? model.legend : nothing}
      ${this.view === 'table' ? this.renderTable(model, labels, notes) : renderPlot(model, notes, this.resolvedLang, this.t, this.markFocus, tooltipView)}
      <p class="summary-text" id="cifras-summary" hidden>${model.summary}</p>
      ${model.notes?.length || conflicts ? html`<ul class="notes" part="notes">
        ${(model.notes ?? []).map((note) => html`<li>${note}</li>`)}
        ${conflicts ? html`<li class="disagree-note">${t.disagreeNote(conflicts)}</li>` : nothing}
      </ul>` : nothing}
      <div class="footer" part="footer">
        <p class="source-line" part="source-line">${t.sourceLine(notes.notes.map((note) => note.short))}<span class="credit"> · ${t.credit}</span></p>
        ${this.toolbar.render({
          host: this, lang: this.resolvedLang, t, catalog: this.catalog,
          title: this.chartTitle || model.title, subtitle: this.chartSubtitle || model.subtitle,
          figures: this.figures, labels,
          notes, headingLevel: this.headingLevel, relayout: (width) => this.relayout(width), provenance: () => this.sources.load(),
        }, this.enabledActions,
        html`<button type="button" class="action" data-action="sources" aria-expanded=${sourcesShown ? 'true' : 'false'}
          aria-controls="cifras-sources" @click=${this.sources.toggle}>${t.sourcesAndNotes}</button>`,
        html`<button type="button" class="action" data-action="table" aria-pressed=${this.view === 'table' ? 'true' : 'false'} @click=${this.toggleView}>${t.table}</button>`)}
      </div>
      ${sourcesShown ? html`<div class="sources" part="sources" id="cifras-sources">${this.sources.render((code) =>
        code.renderSourcesPanel(this.catalog, this.figures, notes, this.resolvedLang, t, this.print.printing), t)}</div>` : nothing}
    </figure>`;
  }

  /** The chart laid out afresh at `width` (a saved image lays it out for its card). */
  private relayout(width: number): ChartModel {
    return this.buildModel({ lang: this.resolvedLang, t: this.t, sizes: frameSizes(width, this.measured.measurer()), notes: this.notes!, figures: this.figures });
  }

  private renderTable(model: ChartModel, labels: Map<string, string>, notes: FootnoteSet): TemplateResult {
    return html`<div class="table-view" part="table-view">
      <p class="table-summary">${model.summary}</p>
      ${this.dataTable
        ? this.dataTable.renderDataTable(this.chartTitle || model.title, this.figures, labels, notes, this.resolvedLang, this.t)
        : html`<p class="loading" role="status">${this.tableFailed ? this.t.loadFailed : this.t.loading}</p>`}
    </div>`;
  }

  private toggleView(): void {
    this.view = this.view === 'chart' ? 'table' : 'chart';
    this.markFocus.open = false;
    // The table's code loads when a reader first asks for it; updateComplete waits for it.
    if (this.view === 'table' && !this.dataTable) {
      this.tableFailed = false;
      this.loader.track((this.constructor as typeof CifrasChart).loadTableView().then((module) => {
        adoptLazyStyles(this.shadowRoot, module.tableStyles);
        this.dataTable = module;
      }, () => { this.tableFailed = true; }), () => this.requestUpdate());
    }
  }

  /** Enter on a mark: its source, in the opened sources panel. */
  private revealSource(index: number): void {
    const mark = this.model?.marks[index];
    const n = mark?.figure && this.notes?.numberOf.get(mark.figure.id);
    if (n !== undefined) void this.sources.reveal(n);
  }
}
