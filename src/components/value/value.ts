import { ID_MESSAGES } from '../../chart/messages.js';
import type { PropertyValues, PropertyDeclarations } from 'lit';
import { defineElement } from '../frame/define.js';
import { locatorText } from '../../chart/footnotes.js';
import { formatFigure } from '../../chart/format.js';
import { formatPeriod } from '../../chart/period.js';
import { citationLabel, referenceText } from '../../data/citation.js';
import { pageCatalog } from '../../data/records-by-id.js';
import type { Figure } from '../../data/types.js';
import { h, type Child } from '../frame/dom.js';
import { CifrasInlineCitation } from '../citations/inline-citation.js';

/**
 * A number from the dataset in running text, formatted for the page's
 * language, with a superscript source marker. Hovering or focusing the marker
 * opens what is measured, the period, the reference, the locator and the
 * quoted evidence — and any other source that gives a different figure.
 * Put the number inside the element as fallback text so nothing moves when
 * the script arrives.
 *
 * @element cifras-value
 * @summary An inline, sourced number for prose.
 *
 * @attr figure - Id of the figure, e.g. `icg.homicides.2019`.
 * @attr lang - `en` or `es`; inherited from the page when absent.
 * @attr theme - `light` (default), `dark` or `auto` (the popover's colours).
 *
 * @slot - Fallback text shown before the script runs (the number as written).
 * @csspart value - The formatted number.
 * @csspart marker - The source marker.
 * @csspart popover - The source popover.
 */
export class CifrasValue extends CifrasInlineCitation {
  static override properties: PropertyDeclarations = {
    figure: {},
    data: { state: true },
  };

  /** Id of the figure to show. */
  figure = '';

  private data?: Figure;

  get citedSources(): string[] {
    return this.data ? [this.data.source] : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('figure') || this.loader.arrived) {
      // The popover says what the other documents give: their figures load with this one.
      this.data = this.loader.lookUp(pageCatalog, () => pageCatalog.figure(this.figure.trim(), true));
    }
    super.willUpdate(changed);
  }

  protected get problem(): string | undefined {
    return this.data ? undefined : ID_MESSAGES[this.resolvedLang].unknownFigure(this.figure);
  }

  protected override leadText(): string | undefined {
    return this.data && formatFigure(this.data, this.resolvedLang);
  }

  protected popoverContent(): Child[] {
    const figure = this.data!;
    const lang = this.resolvedLang;
    const conflict = pageCatalog.conflictFor(figure.id);
    const others = conflict?.figures.filter((id) => id !== figure.id).map((id) => pageCatalog.figure(id)) ?? [];
    return [
      h('span', { class: 'measure' }, `${figure.measure[lang]} · ${formatPeriod(figure.period, lang)}`),
      h('span', { class: 'reference' }, referenceText(pageCatalog.source(figure.source), lang)),
      figure.locator && h('span', { class: 'locator' }, locatorText(figure.locator, lang)),
      figure.evidence && h('q', { class: 'evidence' }, figure.evidence),
      figure.notes && h('span', { class: 'other' }, figure.notes[lang]),
      ...others.map((other) => h('span', { class: 'other' }, other.source === figure.source
        // The same document counting something else: say what.
        ? ID_MESSAGES[lang].sameSourceSays(formatFigure(other, lang), formatPeriod(other.period, lang), other.measure[lang])
        : ID_MESSAGES[lang].otherSourceSays(citationLabel(pageCatalog.source(other.source)), formatFigure(other, lang), formatPeriod(other.period, lang)))),
    ];
  }
}

defineElement('cifras-value', CifrasValue);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-value': CifrasValue;
  }
}
