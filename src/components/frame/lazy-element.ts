import { isServer, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues } from 'lit';
import { messages, type Messages } from '../../chart/messages.js';
import { CifrasElement } from './cifras-element.js';
import { unwatchNearViewport, watchNearViewport, type NearViewportTarget } from './near-viewport.js';

const LOADING = ['lazy', 'eager'] as const;

/**
 * An element that is drawn only when it comes within a screen of the
 * viewport, like `<img loading="lazy">`. Until then it is not rendered at all:
 * its shadow root holds only a slot, so the page's fallback content shows,
 * and a page with many widgets upgrades them in its first task without
 * rendering each one. Printing draws it wherever it is.
 *
 * @slot - Shown until the element is drawn: a static snapshot, say.
 * @csspart pending - What is shown until the element is drawn.
 */
export class CifrasLazyElement extends CifrasElement implements NearViewportTarget {
  static override properties: PropertyDeclarations = {
    loading: {},
    near: { state: true },
  };

  /** `lazy` (default): drawn only when within a screen of the viewport, like `<img loading>`; `eager`: at once. */
  loading: (typeof LOADING)[number] = 'lazy';

  /** Within a screen of the viewport (or eager, or printing): the element draws itself. */
  protected near = false;
  /** Settles once the page has said whether the element is near the viewport. */
  private sighted?: Promise<void>;
  private markSighted?: () => void;
  /** Starts the first update, held back while the element is far from the viewport. */
  private wake?: () => void;
  /** What the light DOM shows through until the first render. */
  private placeholder?: HTMLElement;

  /** The strings of charts and cards (the inline citation elements, which need few, do without this table). */
  protected get t(): Messages {
    return messages(this.resolvedLang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loading !== 'eager' && !this.near) {
      this.sighted = new Promise((resolve) => { this.markSighted = resolve; });
      if (!watchNearViewport(this)) this.nearViewportChanged(true);
    }
    window.addEventListener('beforeprint', this.drawForPrint);
    window.addEventListener('afterprint', this.closeAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchNearViewport(this);
    this.markSighted?.();
    window.removeEventListener('beforeprint', this.drawForPrint);
    window.removeEventListener('afterprint', this.closeAfterPrint);
  }

  /** @internal Called by the page's IntersectionObserver. */
  nearViewportChanged(near: boolean): void {
    this.markSighted?.();
    // A chart drawn on upgrade hears again from the observer's first report.
    if (this.loading === 'eager' || near === this.near) return;
    this.near = near;
    if (near) this.cameNear();
  }

  /** Called when the element comes near the viewport (or is printed, or made eager). */
  protected cameNear(): void {}

  private openedForPrint: HTMLDetailsElement[] = [];

  /** Paper shows every element, near the viewport or not, and has no clicks: every quote and disagreement prints in full. */
  private drawForPrint = () => {
    this.near = true;
    this.cameNear();
    this.openedForPrint = [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of this.openedForPrint) details.open = true;
  };

  private closeAfterPrint = () => {
    for (const details of this.openedForPrint) details.open = false;
    this.openedForPrint = [];
  };

  protected override checkAttributes(changed?: PropertyValues): void {
    super.checkAttributes(changed);
    if (changed && !changed.has('loading')) return;
    if (!LOADING.includes(this.loading)) {
      this.warn(`loading="${this.loading}" is not one of ${LOADING.join(', ')}; using lazy.`);
      this.loading = 'lazy';
    }
    if (this.loading === 'eager') {
      unwatchNearViewport(this);
      this.markSighted?.();
      this.near = true;
      this.cameNear();
    }
  }

  private get drawable(): boolean {
    return this.near || this.loading === 'eager' || isServer;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || this.drawable) return super.scheduleUpdate();
    // Its attributes are still checked now, so that a mistake shows in the console at once.
    this.checkAttributes();
    return new Promise<void>((resolve) => { this.wake = resolve; }).then(() => super.scheduleUpdate());
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (this.wake && this.drawable) {
      this.wake();
      this.wake = undefined;
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!this.hasUpdated && !isServer) {
      const placeholder = document.createElement('div');
      placeholder.className = 'pending';
      placeholder.part.add('pending');
      placeholder.append(document.createElement('slot'));
      root.append((this.placeholder = placeholder));
    }
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    this.placeholder?.remove();
    this.placeholder = undefined;
    super.update(changed);
  }

  /**
   * The width the first render will have, measured on the placeholder before
   * it goes (or on the element's `.sizer` after): a chart that came near is
   * drawn in that update, not a frame later. 0 for an eager chart, which takes
   * its ResizeObserver's first report (one layout for a page of them, not one each).
   */
  protected firstRenderWidth(): number {
    const box = this.loading !== 'eager' && (this.placeholder ?? this.renderRoot.querySelector('.sizer'));
    return box ? Math.round(box.getBoundingClientRect().width) : 0;
  }

  /** Also waits to learn whether the element is near the viewport; far from it there is nothing to wait for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.sighted;
    if (this.wake) return false;
    return super.getUpdateComplete();
  }
}
