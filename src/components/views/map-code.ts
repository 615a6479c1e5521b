import type { DataLoader } from '../frame/data-loader.js';
import { LazyCode } from '../frame/lazy-code.js';

export type MapView = typeof import('./map-view.js');

/** The code that draws a tile map of the states, for a chart that can draw one: loaded when it is first asked for a map. */
export const mapCode = (host: { readonly shadowRoot: ShadowRoot | null }, loader: DataLoader, wanted: () => boolean, load: () => Promise<MapView>): LazyCode<MapView> =>
  new LazyCode('map', host, loader, wanted, load);

export type MapCode = LazyCode<MapView>;
