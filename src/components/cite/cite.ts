import { ID_MESSAGES } from '../../chart/messages.js';
import type { PropertyValues, PropertyDeclarations } from 'lit';
import { defineElement } from '../frame/define.js';
import { referenceText } from '../../data/citation.js';
import { pageCatalog } from '../../data/records-by-id.js';
import type { Source } from '../../data/types.js';
import { h, type Child } from '../frame/dom.js';
import { CifrasInlineCitation } from '../citations/inline-citation.js';

/**
 * An inline citation marker for any claim: a bracketed superscript number ("[1]", shared with
 * the page's other citations) and a popover with the reference and locator.
 *
 * @element cifras-cite
 * @summary An inline source marker for prose.
 *
 * @attr source - Id of a source in the dataset, e.g. `icg-2024`.
 * @attr locator - Where in the source: `p. 12`, `section III.B`.
 * @attr lang - `en` or `es`; inherited from the page when absent.
 *
 * @csspart marker - The source marker.
 * @csspart popover - The source popover.
 */
export class CifrasCite extends CifrasInlineCitation {
  static override properties: PropertyDeclarations = {
    source: {},
    locator: {},
    data: { state: true },
  };

  /** Id of the source cited. */
  source = '';

  /** Where in the source the claim is. */
  locator = '';

  private data?: Source;

  get citedSources(): string[] {
    return this.data ? [this.data.id] : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source') || this.loader.arrived) this.data = this.loader.lookUp(pageCatalog, () => pageCatalog.source(this.source.trim()));
    super.willUpdate(changed);
  }

  protected get problem(): string | undefined {
    return this.data ? undefined : ID_MESSAGES[this.resolvedLang].unknownSource(this.source);
  }

  protected popoverContent(): Child[] {
    return [h('span', { class: 'reference' }, referenceText(this.data!, this.resolvedLang)), this.locator && h('span', { class: 'locator' }, this.locator)];
  }
}

defineElement('cifras-cite', CifrasCite);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-cite': CifrasCite;
  }
}
