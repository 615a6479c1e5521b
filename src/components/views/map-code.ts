import type { DataLoader } from '../frame/data-loader.js';
import { adoptLazyStyles } from '../frame/lazy-styles.js';

export type MapView = typeof import('./map-view.js');

/** The map view's code, once a chart on the page has asked for a map. */
let loaded: MapView | undefined;

/**
 * The code that draws a tile map of the states, for a chart that can draw one:
 * loaded when the chart is first asked for a map (the chart waits for it, as
 * for its data), its styles adopted by each chart that draws one.
 */
export class MapCode {
  constructor(
    private readonly host: { readonly shadowRoot: ShadowRoot | null },
    private readonly loader: DataLoader,
    /** Whether the chart draws a map now. */
    private readonly wanted: () => boolean,
    /** Imports map-view.js: named in the files of the charts that draw maps, so that only theirs name its chunk. */
    private readonly load: () => Promise<MapView>,
  ) {}

  /** Whether a chart that draws a map has its code (false while it loads: the chart lays out once it is in); true for one that draws none. */
  ready(): boolean {
    if (!this.wanted()) return true;
    if (!loaded) {
      this.loader.waitFor(this.load().then((code) => { loaded = code; }));
      return false;
    }
    adoptLazyStyles(this.host.shadowRoot, loaded.mapStyles);
    return true;
  }

  /** The map's code, where the chart draws a map and the code is in. */
  get code(): MapView | undefined {
    return this.wanted() ? loaded : undefined;
  }
}
