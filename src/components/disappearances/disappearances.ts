import { defineElement } from '../frame/define.js';
import { CifrasChart } from '../frame/chart-element.js';
import { disappearancesSpec } from './spec.js';

/**
 * The national registry of people disappeared and not located, as each
 * document counts it on its date, beside the government's census of December
 * 2023, and those registered during López Obrador's term; the latest count,
 * 116,305 in May 2024, highlighted.
 *
 * @element cifras-disappearances
 * @summary The registry of the disappeared, with every source's count.
 */
export class CifrasDisappearances extends CifrasChart {
  // Its data named here, in the element's own module, where the build puts it inline.
  static override spec = {
    ...disappearancesSpec,
    data: () => import('../../data/shards/widgets/disappearances.json'),
    provenance: () => import('../../data/shards/widgets/disappearances.provenance.json'),
  };
}

defineElement('cifras-disappearances', CifrasDisappearances);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-disappearances': CifrasDisappearances;
  }
}
