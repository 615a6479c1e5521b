import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TextMeasurer } from '../../chart/text.js';
import { canvasMeasurer } from './measure-text.js';

/** What the controller needs of the chart it serves. */
export interface WidthHost extends ReactiveControllerHost, Element {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly isConnected: boolean;
}

/**
 * The width a chart is laid out for, and its text, measured. It watches a zero-height sizer
 * rather than the host: the host's height changes with every layout, and
 * observing it would loop (and report a ResizeObserver error on the page). Far
 * from the viewport a chart does no work on resize: the width waits until it
 * comes near.
 */
export class ChartWidth implements ReactiveController {
  private observer?: ResizeObserver;
  private observing = false;
  private far = 0;
  private font?: string;

  constructor(private readonly host: WidthHost, private readonly near: () => boolean, private readonly apply: (width: number) => void) {
    host.addController(this);
  }

  hostConnected(): void {
    this.font = undefined;
    this.observe();
  }

  hostUpdated(): void {
    // An update may run after the element left the page: it watches nothing then.
    if (!this.observing && this.host.isConnected) this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observing = false;
  }

  /** The chart came near the viewport: it takes the width measured while it was far. */
  cameNear(): void {
    if (this.far) this.apply(this.far);
    this.far = 0;
  }

  /** The theme changed: the drawing font may have. */
  forgetFont(): void {
    this.font = undefined;
  }

  /**
   * Measures text in the font the chart draws with: an inner element's, which the page's CSS
   * cannot reach (the host's it can). Read once per connection and theme:
   * getComputedStyle forces a style recalculation.
   */
  measurer(): TextMeasurer | undefined {
    // Before the first render the placeholder is the inner element: a chart drawn in its first update measures with it.
    this.font ??= getComputedStyle(this.host.renderRoot.querySelector('.sizer, .pending') ?? this.host).fontFamily;
    return canvasMeasurer(this.font);
  }

  private observe(): void {
    const sizer = this.host.renderRoot.querySelector('.sizer');
    if (!sizer) return;
    this.observer ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      if (this.near()) {
        this.far = 0;
        this.apply(width);
      } else this.far = width;
    });
    this.observer.observe(sizer);
    this.observing = true;
  }
}
