import type { PropertyDeclarations, PropertyValues } from 'lit';
import { CifrasBarPanels } from '../shared/bar-panels.js';

const VIEWS = ['bars', 'map'] as const;

/**
 * A chart of panels of bars, one of them by state, that can draw that panel
 * as a tile map of the 32 states (`view="map"`): the states the source names
 * coloured by value, the others marked as not broken down by the source, with
 * their total. The map's code loads when a map is first asked for.
 */
export abstract class CifrasStatePanels extends CifrasBarPanels {
  static override properties: PropertyDeclarations = {
    chartView: { attribute: 'view' },
  };

  /** @internal Loads the map view's code, when a map is first asked for. */
  static override loadMapView = () => import('./map-view.js');

  /** How the figures by state are drawn: `bars` (default), or `map`, a tile map of the 32 states. */
  chartView: (typeof VIEWS)[number] = 'bars';

  protected override drawsMap(): boolean {
    return this.chartView === 'map';
  }

  protected override checkAttributes(changed?: PropertyValues): void {
    super.checkAttributes(changed);
    if ((!changed || changed.has('chartView')) && !VIEWS.includes(this.chartView)) {
      this.warn(`view="${this.chartView}" is not one of ${VIEWS.join(', ')}; drawing bars.`);
      this.chartView = 'bars';
    }
  }
}
