import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { unwatchNearViewport, watchNearViewport } from './near-viewport.js';

export const LOADING = ['lazy', 'eager'] as const;
export type Loading = (typeof LOADING)[number];

/** What the laziness controller needs of its element. */
export interface LazyHost extends ReactiveElement {
  nearViewportChanged(near: boolean): void;
  loading: Loading;
  warn(message: string): void;
}

/**
 * Draws its element only when it comes within a screen of the viewport, like
 * `<img loading="lazy">`. Until then the element is not rendered at all: its
 * shadow root holds only a slot, so the page's fallback content shows, and a
 * page with many widgets upgrades them in its first task without rendering each
 * one. Printing draws it wherever it is, with every `<details>` open.
 *
 * The element hands it its update hooks (`schedule`, `woken`, `addPlaceholder`,
 * `dropPlaceholder`, `settled`): a controller cannot hold back an update by itself.
 */
export class Laziness implements ReactiveController {
  /** Within a screen of the viewport (or eager, or printing): the element draws itself. */
  near = false;
  /** Settles once the page has said whether the element is near the viewport. */
  private sighted?: Promise<void>;
  private markSighted?: () => void;
  /** Starts the first update, held back while the element is far from the viewport. */
  private wake?: () => void;
  /** What the light DOM shows through until the first render. */
  private placeholder?: HTMLElement;
  private openedForPrint: HTMLDetailsElement[] = [];

  constructor(private readonly host: LazyHost, private readonly cameNear: () => void) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.loading !== 'eager' && !this.near) {
      this.sighted = new Promise((resolve) => { this.markSighted = resolve; });
      if (!watchNearViewport(this.host)) this.changed(true);
    }
    window.addEventListener('beforeprint', this.drawForPrint);
    window.addEventListener('afterprint', this.closeAfterPrint);
  }

  hostDisconnected(): void {
    unwatchNearViewport(this.host);
    this.markSighted?.();
    window.removeEventListener('beforeprint', this.drawForPrint);
    window.removeEventListener('afterprint', this.closeAfterPrint);
  }

  /** The page's IntersectionObserver says the element came near the viewport, or left. */
  changed(near: boolean): void {
    this.markSighted?.();
    // A chart drawn on upgrade hears again from the observer's first report.
    if (this.host.loading === 'eager' || near === this.near) return;
    this.setNear(near);
  }

  private setNear(near: boolean): void {
    this.near = near;
    // Named, so that the update counts it as a change (a chart lays out again for it).
    this.host.requestUpdate('near', !near);
    if (near) this.cameNear();
  }

  /** Paper shows every element, near the viewport or not, and has no clicks: every quote and disagreement prints in full. */
  private drawForPrint = () => {
    this.setNear(true);
    this.openedForPrint = [...this.host.renderRoot.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of this.openedForPrint) details.open = true;
  };

  private closeAfterPrint = () => {
    for (const details of this.openedForPrint) details.open = false;
    this.openedForPrint = [];
  };

  /** Checks the `loading` attribute; eager draws at once. */
  checkLoading(): void {
    if (!LOADING.includes(this.host.loading)) {
      this.host.warn(`loading="${this.host.loading}" is not one of ${LOADING.join(', ')}; using lazy.`);
      this.host.loading = 'lazy';
    }
    if (this.host.loading === 'eager') {
      unwatchNearViewport(this.host);
      this.markSighted?.();
      if (!this.near) this.setNear(true);
    }
  }

  private get drawable(): boolean {
    return this.near || this.host.loading === 'eager' || isServer;
  }

  /** The element's `scheduleUpdate`: the first one waits until the element is drawable. */
  schedule(update: () => void | Promise<unknown>, hasUpdated: boolean, checkAttributes: () => void): void | Promise<unknown> {
    if (hasUpdated || this.drawable) return update();
    // Its attributes are still checked now, so that a mistake shows in the console at once.
    checkAttributes();
    return new Promise<void>((resolve) => { this.wake = resolve; }).then(update);
  }

  /** After each `requestUpdate`: a held first update starts once the element is drawable. */
  woken(): void {
    if (this.wake && this.drawable) {
      this.wake();
      this.wake = undefined;
    }
  }

  /** The light DOM's fallback, shown through a slot until the first render. */
  addPlaceholder(root: HTMLElement | DocumentFragment, hasUpdated: boolean): void {
    if (hasUpdated || isServer) return;
    const placeholder = document.createElement('div');
    placeholder.className = 'pending';
    placeholder.part.add('pending');
    placeholder.append(document.createElement('slot'));
    root.append((this.placeholder = placeholder));
  }

  dropPlaceholder(): void {
    this.placeholder?.remove();
    this.placeholder = undefined;
  }

  /**
   * The width the first render will have, measured on the placeholder before
   * it goes (or on the element's `.sizer` after): a chart that came near is
   * drawn in that update, not a frame later. 0 for an eager chart, which takes
   * its ResizeObserver's first report (one layout for a page of them, not one each).
   */
  firstRenderWidth(): number {
    const box = this.host.loading !== 'eager' && (this.placeholder ?? this.host.renderRoot.querySelector('.sizer'));
    return box ? Math.round(box.getBoundingClientRect().width) : 0;
  }

  /** Waits to learn whether the element is near the viewport: false while it is far (nothing to wait for). */
  async settled(): Promise<boolean> {
    await this.sighted;
    return !this.wake;
  }
}
