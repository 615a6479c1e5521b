import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CITATION_MESSAGES } from '../../chart/messages.js';
import { placePopover } from '../../chart/popover.js';
import { CifrasElement } from './cifras-element.js';
import { citations, type CitingElement } from './citation-registry.js';
import { inlineCitationStyles } from './inline-citation.styles.js';
import { setStyle } from './set-style.js';

const POPOVER_WIDTH = 320;

/**
 * What <cifras-value> and <cifras-cite> share: a superscript marker numbered by
 * the page, and a popover with the source that opens on hover or focus, closes
 * with Escape, stays open while the pointer is over it and stays inside the
 * viewport. The popover is fixed-positioned, so it never moves the text.
 */
export abstract class CifrasInlineCitation extends CifrasElement implements CitingElement {
  static override styles = [...CifrasElement.styles, inlineCitationStyles];

  static override properties: PropertyDeclarations = {
    popoverOpen: { state: true },
    position: { state: true },
  };

  /** @internal Inline citations always show the page's numbers. */
  readonly pageNumbered = true;

  protected popoverOpen = false;
  private position?: { left: number; top: number; width: number };
  private closeTimer?: ReturnType<typeof setTimeout>;

  /** Ids of the sources this element cites. */
  abstract get citedSources(): string[];

  /** The popover's content. */
  protected abstract renderPopover(): TemplateResult;

  override connectedCallback(): void {
    super.connectedCallback();
    citations.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    citations.remove(this);
    this.popoverOpen = false;
  }

  /** @internal */
  citationsChanged(): void {
    this.requestUpdate();
  }

  /** @internal */
  showCitation(): void {
    this.scrollIntoView({ block: 'center' });
    this.renderRoot.querySelector<HTMLElement>('.marker')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ([...changed.keys()].some((key) => key !== 'popoverOpen' && key !== 'position')) citations.schedule();
  }

  /** The marker's number on this page. */
  protected get number(): number | undefined {
    const [first] = this.citedSources;
    return first === undefined ? undefined : citations.numberOf(first);
  }

  protected renderMarker(): TemplateResult {
    const n = this.number;
    const label = CITATION_MESSAGES[this.resolvedLang].footnoteLink(n ?? 0);
    return html`<sup class="marker-wrap"><button type="button" class="marker" part="marker"
        aria-expanded=${this.popoverOpen ? 'true' : 'false'} aria-controls=${ifDefined(this.popoverOpen ? 'popover' : undefined)} aria-label=${label}
        @focus=${this.open} @blur=${this.scheduleClose} @click=${this.onMarkerClick} @keydown=${this.onKeydown}
        @pointerenter=${this.open} @pointerleave=${this.scheduleClose}>${n ?? '·'}</button></sup>${this.popoverOpen ? html`<span
        id="popover" class="popover" part="popover" role="note" aria-label=${label}
        style=${setStyle(this.position ? { left: `${this.position.left}px`, top: `${this.position.top}px`, width: `${this.position.width}px`, visibility: '' } : { visibility: 'hidden' })}
        @pointerenter=${this.keepOpen} @pointerleave=${this.scheduleClose}>${this.renderPopover()}</span>` : nothing}`;
  }

  private open = async () => {
    this.keepOpen();
    if (this.popoverOpen) return;
    this.popoverOpen = true;
    this.position = undefined;
    await this.updateComplete;
    const marker = this.renderRoot.querySelector('.marker')!.getBoundingClientRect();
    const popover = this.renderRoot.querySelector<HTMLElement>('.popover')!;
    const width = Math.min(POPOVER_WIDTH, document.documentElement.clientWidth - 16);
    popover.style.width = `${width}px`;
    this.position = placePopover(marker, { width, height: popover.offsetHeight }, { width: document.documentElement.clientWidth, height: window.innerHeight });
  };

  private keepOpen = () => {
    clearTimeout(this.closeTimer);
  };

  private scheduleClose = () => {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => { this.popoverOpen = false; }, 250);
  };

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.popoverOpen) {
      event.stopPropagation();
      clearTimeout(this.closeTimer);
      this.popoverOpen = false;
    }
  }

  /** A click jumps to the page's source list, or toggles the popover where there is none (touch). */
  private onMarkerClick(): void {
    const [first] = this.citedSources;
    if (first !== undefined && citations.showSource(first)) return;
    if (this.popoverOpen) this.popoverOpen = false;
    else void this.open();
  }
}
