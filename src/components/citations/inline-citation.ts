import type { PropertyDeclarations, PropertyValues } from 'lit';
import { CITATION_MESSAGES } from '../../chart/messages.js';
import { placePopover, union } from '../../chart/popover.js';
import { CifrasPlainElement } from '../frame/cifras-plain-element.js';
import { citations, PageCitations, type CitingElement } from './citation-registry.js';
import { h, nodes, setAttributes, type Child } from '../frame/dom.js';
import { inlineCitationStyles } from './inline-citation.styles.js';

const POPOVER_WIDTH = 320;

/**
 * What <cifras-value> and <cifras-cite> share: a superscript marker numbered by
 * the page, and a popover with the source that opens on hover or focus, closes
 * with Escape, stays open while the pointer is over it and stays inside the
 * viewport. The popover is fixed-positioned, so it never moves the text.
 */
export abstract class CifrasInlineCitation extends CifrasPlainElement implements CitingElement {
  static override styles = [...CifrasPlainElement.styles, inlineCitationStyles];

  static override properties: PropertyDeclarations = {
    popoverOpen: { state: true },
    position: { state: true },
  };

  protected popoverOpen = false;
  /** @internal In the page's numbering while in the document. */
  protected readonly pageCitations = new PageCitations(this);
  private position?: { left: number; top: number; width: number };
  private closeTimer?: ReturnType<typeof setTimeout>;
  /** For a touch or pen press, whether the popover was open when it began: the tap focuses the marker, which opens it, before its click. */
  private openAtPress?: boolean;
  /** The text before the marker (the value), the marker and its popover: kept from one update to the next, so the marker keeps its focus. */
  private lead?: HTMLElement;
  private marker?: HTMLButtonElement;
  private markerWrap?: HTMLElement;
  private popoverEl?: HTMLElement;

  /** Ids of the sources this element cites. */
  abstract get citedSources(): string[];

  /** Why there is nothing to cite (an unknown id), or undefined. */
  protected abstract get problem(): string | undefined;

  /** The text shown before the marker, if any: <cifras-value>'s number. */
  protected leadText(): string | undefined {
    return undefined;
  }

  /** The popover's content. */
  protected abstract popoverContent(): Child[];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.popoverOpen = false;
  }

  /** @internal */
  citationsChanged(): void {
    this.requestUpdate();
  }

  /** @internal */
  showCitation(): void {
    this.scrollIntoView({ block: 'center' });
    this.marker?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ([...changed.keys()].some((key) => key !== 'popoverOpen' && key !== 'position')) citations.schedule();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const root = this.renderRoot;
    // Loading, or offline: the page's own text stands.
    const waiting = this.loader.loading || this.loader.failed;
    const problem = waiting ? undefined : this.problem;
    if (waiting || problem !== undefined) {
      this.markerWrap = this.marker = this.popoverEl = undefined;
      // The page's own text (the number as written) stays while the figure loads, and beside a problem.
      root.replaceChildren(...nodes([h('slot', null), problem !== undefined && h('span', { class: 'error', role: 'note' }, ` ⚠ ${problem}`)]));
      return;
    }
    if (this.markerWrap?.parentNode !== root) this.buildMarker();
    const lead = this.leadText();
    if (lead !== undefined && this.lead) this.lead.textContent = lead;
    this.updateMarker(changed);
  }

  /** The marker's number on this page. */
  protected get number(): number | undefined {
    const [first] = this.citedSources;
    return first === undefined ? undefined : citations.numberOf(first);
  }

  private buildMarker(): void {
    this.marker = h('button', {
      type: 'button', class: 'marker', part: 'marker',
      '@focus': this.open, '@blur': this.scheduleClose, '@click': this.onMarkerClick, '@keydown': this.onKeydown,
      '@pointerenter': this.hover, '@pointerleave': this.scheduleClose,
      '@pointerdown': (event: Event) => { if ((event as PointerEvent).pointerType !== 'mouse') this.openAtPress = this.popoverOpen; },
    });
    this.markerWrap = h('sup', { class: 'marker-wrap' }, this.marker);
    this.lead = this.leadText() === undefined ? undefined : h('span', { class: 'value', part: 'value' });
    this.popoverEl = undefined;
    this.renderRoot.replaceChildren(...nodes([this.lead, this.markerWrap]));
  }

  private updateMarker(changed: PropertyValues<this>): void {
    const n = this.number;
    const label = CITATION_MESSAGES[this.resolvedLang].footnoteLink(n ?? 0);
    const marker = this.marker!;
    setAttributes(marker, { 'aria-expanded': String(this.popoverOpen), 'aria-controls': this.popoverOpen && 'popover', 'aria-label': label });
    // In brackets, as Wikipedia and Distill write them: a bare superscript after a number reads as an exponent ("100,000²"), and copied text would run the digits together.
    marker.textContent = n === undefined ? '·' : `[${n}]`;
    if (!this.popoverOpen) {
      this.popoverEl?.remove();
      this.popoverEl = undefined;
      return;
    }
    const fresh = !this.popoverEl;
    this.popoverEl ??= h('span', { id: 'popover', class: 'popover', part: 'popover', role: 'note', '@pointerenter': this.keepOpen, '@pointerleave': this.scheduleClose });
    const { position, popoverEl: popover } = this;
    popover.setAttribute('aria-label', label);
    // Through the CSSOM, which a strict Content-Security-Policy allows where it blocks a style="" string.
    for (const [name, value] of Object.entries(position ? { left: `${position.left}px`, top: `${position.top}px`, width: `${position.width}px`, visibility: '' } : { visibility: 'hidden' })) popover.style.setProperty(name, value);
    if (fresh || [...changed.keys()].some((key) => key !== 'position')) popover.replaceChildren(...nodes(this.popoverContent()));
    if (fresh) this.markerWrap!.after(popover);
  }

  private open = async () => {
    this.keepOpen();
    if (this.popoverOpen) return;
    this.popoverOpen = true;
    this.position = undefined;
    await this.updateComplete;
    if (!this.marker || !this.popoverEl) return;
    // Anchored on the number and its marker together, so that the popover never covers the number.
    const anchor = union(this.getBoundingClientRect(), this.marker.getBoundingClientRect());
    const width = Math.min(POPOVER_WIDTH, document.documentElement.clientWidth - 16);
    this.popoverEl.style.width = `${width}px`;
    this.position = placePopover(anchor, { width, height: this.popoverEl.offsetHeight }, { width: document.documentElement.clientWidth, height: window.innerHeight });
  };

  /** Hovering opens the popover for a mouse only: on a touch screen the tap's own click does. */
  private hover = (event: Event) => {
    if ((event as PointerEvent).pointerType === 'mouse') void this.open();
  };

  private keepOpen = () => {
    clearTimeout(this.closeTimer);
  };

  private scheduleClose = () => {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => { this.popoverOpen = false; }, 250);
  };

  private onKeydown = (event: Event) => {
    if ((event as KeyboardEvent).key === 'Escape' && this.popoverOpen) {
      event.stopPropagation();
      clearTimeout(this.closeTimer);
      this.popoverOpen = false;
    }
  };

  /**
   * A click jumps to the page's source list, or toggles the popover where there is none.
   * A tap on a closed marker opens the popover: a touch screen has no hover to show it.
   */
  private onMarkerClick = () => {
    const [first] = this.citedSources;
    const tappedClosed = this.openAtPress === false;
    this.openAtPress = undefined;
    if (!tappedClosed && first !== undefined && citations.showSource(first)) return;
    if (this.popoverOpen && !tappedClosed) this.popoverOpen = false;
    else void this.open();
  };
}
