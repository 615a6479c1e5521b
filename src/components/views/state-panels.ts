import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { SpecCode } from '../frame/chart-spec.js';
import type { Lang } from '../../chart/locale.js';
import type { Messages } from '../../chart/messages.js';
import type { Figure } from '../../data/types.js';
import { CifrasChart } from '../frame/chart-element.js';

const VIEWS = ['bars', 'map'] as const;

/** A state's name as its figure gives it (the documents' own), and the other states together as such. */
export const stateName = (figure: Figure, lang: Lang, t: Messages): string => (figure.geography === 'MX-other' ? t.otherStates : figure.label?.[lang] ?? figure.geography);

/** The tile map's code, which a by-state widget's spec names: loaded when a map is first asked for. */
export const MAP_CODE: SpecCode = { name: 'map', load: () => import('./map-view.js'), wanted: (host: CifrasStatePanels) => host.chartView === 'map' };

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

  protected override checkAttributes(changed?: PropertyValues): void {
    super.checkAttributes(changed);
    if ((!changed || changed.has('chartView')) && !VIEWS.includes(this.chartView)) {
      this.warn(`view="${this.chartView}" is not one of ${VIEWS.join(', ')}; drawing bars.`);
      this.chartView = 'bars';
    }
  }
}
