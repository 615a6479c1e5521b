import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Box } from '../../chart/boxes.js';

/** What the controller needs of the chart it serves. */
export interface MarkFocusHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Which mark has the reader's attention, and its tooltip: one mark in the tab
 * order (a roving tabindex), the arrow keys, Home and End to move between
 * marks, Enter for the mark's source, Escape (anywhere on the page, WCAG
 * 1.4.13) to hide the tooltip; hovering shows it too. It places the tooltip
 * beside its mark through the CSSOM, which a strict Content-Security-Policy
 * allows where it blocks a style="" string.
 */
export class MarkFocus implements ReactiveController {
  /** The mark that is in the tab order, and whose tooltip shows. */
  active = 0;
  /** Whether the tooltip shows. */
  open = false;

  constructor(
    private readonly host: MarkFocusHost,
    private readonly marks: () => { hits: Box[]; width: number; vertical?: (readonly [number | undefined, number | undefined])[] } | undefined,
    private readonly enter: (index: number) => void,
    /** Places a drawn tooltip by its mark: the tooltip's code does (tooltip-view.ts), once it is in. */
    private readonly placeTip: (box: HTMLElement, hit: Box, chartWidth: number) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.hide();
  }

  hostUpdated(): void {
    this.place();
  }

  /** Keeps the active mark among those drawn after a new layout. */
  clamp(count: number): void {
    this.active = Math.min(this.active, Math.max(0, count - 1));
  }

  show(index: number): void {
    this.active = index;
    this.open = true;
    document.addEventListener('keydown', this.dismiss);
    this.host.requestUpdate();
  }

  hide = (): void => {
    this.open = false;
    document.removeEventListener('keydown', this.dismiss);
    this.host.requestUpdate();
  };

  /** Escape hides the tooltip wherever focus is: one opened by hovering has no focus in the chart. */
  private dismiss = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.hide();
  };

  keydown = async (event: KeyboardEvent): Promise<void> => {
    const count = this.marks()?.hits.length ?? 0;
    if (count === 0) return;
    // On a grid (a map's tiles) up and down go to the mark above and below; left and right keep the reading order.
    const [up, down] = this.marks()?.vertical?.[this.active] ?? [];
    const moves: Record<string, number> = {
      ArrowRight: this.active + 1, ArrowDown: down ?? this.active + 1, ArrowLeft: this.active - 1, ArrowUp: up ?? this.active - 1,
      Home: 0, End: count - 1,
    };
    if (event.key === 'Escape') { this.hide(); return; }
    if (event.key === 'Enter') { this.enter(this.active); event.preventDefault(); return; }
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.active = Math.max(0, Math.min(count - 1, moves[event.key]));
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<SVGRectElement>('rect.hit[tabindex="0"]')?.focus();
  };

  /** Places the tooltip at the size it is drawn (short content makes it narrower than its max-width), before the frame is painted. */
  private place(): void {
    const box = this.host.renderRoot.querySelector<HTMLElement>('.tooltip');
    const marks = this.marks();
    if (box && marks?.hits[this.active]) this.placeTip(box, marks.hits[this.active], marks.width);
  }

}
