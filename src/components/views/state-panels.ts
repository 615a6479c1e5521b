import type { PropertyDeclarations, PropertyValues } from 'lit';
import { CifrasChart } from '../frame/chart-element.js';
import { mapCode } from './map-code.js';

const VIEWS = ['bars', 'map'] as const;

/**
 * A chart of panels of bars, one of them by state, that can draw that panel
 * as a tile map of the 32 states (`view="map"`): the states the source names
 * coloured by value, the others marked as not broken down by the source, with
 * their total. The map's code loads when a map is first asked for.
 */
export class CifrasStatePanels extends CifrasChart {
  static override properties: PropertyDeclarations = {
    chartView: { attribute: 'view' },
  };

  /** How the figures by state are drawn: `bars` (default), or `map`, a tile map of the 32 states. */
  chartView: (typeof VIEWS)[number] = 'bars';

  /** @internal The map's code, for `barChart`'s layout. */
  readonly map = mapCode(this, this.loader, () => this.drawsMap(), () => import('./map-view.js'));

  /** @internal Whether the panel of states is drawn as a map (the other panels stay bars). */
  drawsMap(): boolean {
    return this.chartView === 'map';
  }

  protected override readLayout<T>(read: () => T): T | undefined {
    return this.map.ready() ? super.readLayout(read) : undefined;
  }

  protected override checkAttributes(changed?: PropertyValues): void {
    super.checkAttributes(changed);
    if ((!changed || changed.has('chartView')) && !VIEWS.includes(this.chartView)) {
      this.warn(`view="${this.chartView}" is not one of ${VIEWS.join(', ')}; drawing bars.`);
      this.chartView = 'bars';
    }
  }
}
