import { html, isServer, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Messages } from '../../chart/messages.js';
import { loadDataModule, type DataModule } from '../../data/page-catalog.js';
import { showFootnote } from './footnotes-view.js';
import { whenIdle } from '../frame/when-idle.js';
import { adoptLazyStyles } from '../frame/lazy-styles.js';

type SourcesPanelCode = typeof import('./sources-panel.js');

/** What the controller needs of the chart it serves. */
export interface SourcesHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shadowRoot: ShadowRoot | null;
}

/**
 * A chart's sources and notes, folded under its footer until a reader opens
 * them (or the page is printed). What they show loads then: the panel's code,
 * once for every chart, and the chart's provenance module (the disagreements,
 * the primary sources, the words each figure is quoted in). The page also
 * loads both when it is idle, since printing has no time to wait.
 */
export class SourcesPanel implements ReactiveController {
  /** @internal The panel's code once loaded; a server render (the static snapshots) sets it beforehand. */
  static code?: SourcesPanelCode;
  /** @internal */
  static loadCode = (): Promise<SourcesPanelCode> => import('./sources-panel.js');

  open = false;
  /** Settles once what the panel shows is in; the chart's updateComplete waits for it. */
  pending?: Promise<unknown>;
  private ready = false;
  private failed = false;

  constructor(private readonly host: SourcesHost, private readonly provenance: () => DataModule | undefined, private readonly printing: () => boolean) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = false;
  }

  /** Whether the panel is in the page: opened, printed, or rendered on a server. */
  get shown(): boolean {
    return this.open || this.printing() || isServer;
  }

  toggle = (): void => {
    this.open = !this.open;
    if (this.open) void this.load();
    this.host.requestUpdate();
  };

  /** Loads it when the page is idle. */
  preload(): void {
    // Held weakly until then: a chart removed before the page is idle (a busy page may not be for seconds) is not kept alive for it.
    const ref = new WeakRef(this);
    if (!isServer) whenIdle(() => { const self = ref.deref(); if (self?.host.isConnected) void self.load(); });
  }

  /** Opens the panel at footnote `n`. */
  async reveal(n: number): Promise<void> {
    this.open = true;
    this.host.requestUpdate();
    await this.load();
    await this.host.updateComplete;
    showFootnote(this.host.renderRoot as ShadowRoot, n);
  }

  /** Loads what the panel and the tools quote of the chart's documents. */
  load(): Promise<unknown> {
    const module = this.provenance();
    const done: Promise<unknown> = Promise.all([
      SourcesPanel.code ?? SourcesPanel.loadCode().then((code) => { SourcesPanel.code ??= code; }),
      module && loadDataModule(module),
    ]).then(() => {
      adoptLazyStyles(this.host.shadowRoot, SourcesPanel.code!.sourcesPanelStyles);
      this.ready = true;
    }, () => { this.failed = true; }).finally(() => {
      if (this.pending === done) this.pending = undefined;
      this.host.requestUpdate();
    });
    this.pending = done;
    return done;
  }

  /** The panel's content, or what it says while it loads. */
  render(content: (code: SourcesPanelCode) => TemplateResult, t: Messages): TemplateResult {
    const code = SourcesPanel.code;
    if (!code || !(this.ready || isServer)) return html`<p class="loading" role="status">${this.failed ? t.loadFailed : t.loading}</p>`;
    return content(code);
  }
}
