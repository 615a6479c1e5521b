import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { FootnoteSet } from '../../chart/footnotes.js';
import type { Lang } from '../../chart/locale.js';
import type { Messages } from '../../chart/messages.js';
import type { Catalog } from '../../data/lookup.js';
import type { Figure } from '../../data/types.js';
import type { ActionPanels } from './chart-action-panels.js';
import type { ChartModel } from '../frame/chart-types.js';

export type Action = 'table' | 'cite' | 'data' | 'image' | 'embed';
export const ACTIONS: readonly Action[] = ['table', 'cite', 'data', 'image', 'embed'];
export type Panel = Exclude<Action, 'table'>;

/** What the actions need to know about the chart they serve. */
export interface ChartActionsHost {
  host: HTMLElement & { requestUpdate(): void; updateComplete: Promise<boolean> };
  lang: Lang;
  t: Messages;
  catalog: Catalog;
  title: string;
  subtitle?: string;
  figures: Figure[];
  labels: Map<string, string>;
  notes: FootnoteSet;
  headingLevel: number;
  /** The chart laid out afresh at a width, for a saved image. */
  relayout: (width: number) => ChartModel;
  /** Loads what the panels quote of the chart's documents (primary sources, disagreements), where it loads apart. */
  provenance: () => Promise<unknown>;
}

/**
 * The chart's action bar. Its panels — cite (citeproc-js loaded on first
 * open), download data (CSV, JSON), save image (SVG, PNG), embed snippets —
 * load on the first click, so a page that never opens one never pays for
 * them. One panel is open at a time; results are announced in a live region.
 */
export class ChartActions implements ReactiveController {
  private open?: Panel;
  private status = '';
  private panels?: ActionPanels;
  private panelsFailed = false;
  private provenance?: () => Promise<unknown>;
  /** Set while the panels' code loads; the host's updateComplete waits for it. */
  pending?: Promise<unknown>;

  constructor(private readonly host: ChartActionsHost['host']) {
    (host as unknown as { addController(c: ReactiveController): void }).addController(this);
  }

  hostDisconnected(): void {
    this.open = undefined;
  }

  /** The buttons for the enabled actions, and the open panel. */
  /** The footer's row of quiet text buttons: `lead` (the frame's own, such as Sources and notes) and the enabled tools, in the order readers expect of a news graphic. */
  render(context: ChartActionsHost, enabled: Set<Action>, lead: TemplateResult, tableButton: TemplateResult): TemplateResult {
    const { t } = context;
    this.provenance = context.provenance;
    const button = (panel: Panel, label: string) => enabled.has(panel) ? html`<button type="button" class="action" data-action=${panel}
      aria-expanded=${this.open === panel ? 'true' : 'false'} aria-controls="cifras-panel" @click=${() => this.toggle(panel)}>${label}</button>` : nothing;
    return html`<div class="actions" part="actions" role="group" aria-label=${t.actionsLabel}>
        ${lead}${enabled.has('table') ? tableButton : nothing}
        ${button('data', t.downloadData)}${button('cite', t.cite)}${button('embed', t.embed)}${button('image', t.saveImage)}
      </div>
      ${this.open ? html`<section class="panel" part="panel" id="cifras-panel" aria-labelledby="cifras-panel-title" @keydown=${this.onPanelKey}>
        ${this.panels ? this.panels.render(this.open, context) : html`<p class="loading" id="cifras-panel-title">${this.panelsFailed ? t.loadFailed : t.loading}</p>`}
        <button type="button" class="action close" @click=${this.close}>${t.closePanel}</button>
      </section>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.status}</p>`;
  }

  /** Resolves once the panels' code is loaded (a no-op after the first time). */
  async ready(): Promise<ActionPanels> {
    if (!this.panels) {
      const { ActionPanels } = await import('./chart-action-panels.js');
      this.panels ??= new ActionPanels(this.host, (text) => { this.status = text; this.host.requestUpdate(); });
    }
    return this.panels;
  }

  private toggle(panel: Panel): void {
    this.open = this.open === panel ? undefined : panel;
    this.status = '';
    if (this.open) {
      const open = this.open;
      const pending = Promise.all([this.ready(), this.provenance?.()]).then(([panels]) => panels.opened(open), () => { this.panelsFailed = true; }).finally(() => {
        if (this.pending === pending) this.pending = undefined;
        this.host.requestUpdate();
      });
      this.pending = pending;
    }
    this.host.requestUpdate();
  }

  /** Closes the open panel and hands focus back to its button, which Escape and the panel's Close both do. */
  private close = () => {
    const panel = this.open!;
    this.toggle(panel);
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLButtonElement>(`[data-action="${panel}"]`)?.focus());
  };

  private onPanelKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.open) this.close();
  };
}
