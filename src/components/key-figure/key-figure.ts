import { html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { defaultCatalog } from '../../data/lookup.js';
import { UnknownIdError } from '../../data/errors.js';
import type { Figure } from '../../data/types.js';
import { buildFootnotes, type FootnoteSet } from '../../chart/footnotes.js';
import { formatFigure } from '../../chart/format.js';
import { formatPeriod } from '../../chart/period.js';
import { placeName } from '../../chart/places.js';
import { CifrasElement } from '../shared/cifras-element.js';
import { renderError } from '../shared/error-message.js';
import { errorStyles } from '../shared/error.styles.js';
import { renderFootnoteRef, renderFootnotes } from '../shared/footnotes-view.js';
import { footnoteStyles } from '../shared/footnotes.styles.js';
import { keyFigureStyles } from './key-figure.styles.js';

/**
 * One number from the dataset as a card: the value formatted for the page's
 * language, what it measures, when and where, and a numbered footnote with the
 * source, its locator and the verbatim evidence.
 *
 * @element cifras-key-figure
 * @summary A sourced key figure card.
 *
 * @attr figure - Id of the figure to show, e.g. `icg.homicides.2019`.
 * @attr lang - `en` or `es`; inherited from the page when absent.
 * @attr theme - `light` (default), `dark` or `auto`.
 *
 * @csspart card - The card.
 * @csspart value - The formatted number.
 * @csspart measure - What the number measures.
 * @csspart meta - Period and place.
 * @csspart footnotes - The source notes.
 * @csspart error - The message shown for a missing or unknown figure id.
 *
 * @cssprop --cifras-color-text - Text colour.
 * @cssprop --cifras-color-muted - Secondary text colour.
 * @cssprop --cifras-color-accent - Colour of the number.
 * @cssprop --cifras-color-link - Link and focus colour.
 * @cssprop --cifras-color-background - Background (transparent by default).
 * @cssprop --cifras-font-family - Font stack.
 * @cssprop --cifras-font-size - Base font size (16px).
 */
@customElement('cifras-key-figure')
export class CifrasKeyFigure extends CifrasElement {
  static override styles = [...CifrasElement.styles, footnoteStyles, errorStyles, keyFigureStyles];

  /** Id of the figure to show. */
  @property() figure = '';

  @state() private data?: Figure;
  @state() private problem?: { message: string; suggestions: string[] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('figure')) this.lookUp();
  }

  private lookUp(): void {
    this.data = undefined;
    this.problem = undefined;
    const id = this.figure.trim();
    if (!id) {
      this.problem = { message: '', suggestions: [] };
      this.warn('the figure attribute is missing.');
      return;
    }
    try {
      this.data = defaultCatalog.figure(id);
    } catch (error) {
      if (!(error instanceof UnknownIdError)) throw error;
      this.problem = { message: id, suggestions: error.suggestions };
      this.warn(error.message);
    }
  }

  override render(): TemplateResult {
    const t = this.t;
    if (!this.data) {
      const message = this.problem?.message ? t.unknownFigure(this.problem.message) : t.missingFigure;
      return renderError(t, message, this.problem?.suggestions);
    }
    const lang = this.resolvedLang;
    const figure = this.data;
    const notes: FootnoteSet = buildFootnotes([figure], defaultCatalog, lang);
    return html`<figure class="card" part="card">
      <p class="value" part="value"><span class="number">${formatFigure(figure, lang)}</span>${renderFootnoteRef(notes.numberOf.get(figure.id), t)}</p>
      <figcaption>
        <p class="measure" part="measure">${figure.measure[lang]}</p>
        <p class="meta" part="meta">${formatPeriod(figure.period, lang)} · ${placeName(figure.geography, lang)}</p>
      </figcaption>
      ${renderFootnotes(notes.notes, t)}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cifras-key-figure': CifrasKeyFigure;
  }
}
