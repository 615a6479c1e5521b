import { FIGURE_MESSAGES, ID_MESSAGES } from '../../chart/messages.js';
import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { defineElement } from '../frame/define.js';
import { inputsOf } from '../../data/relations.js';
import { pageCatalog } from '../../data/records-by-id.js';
import { UnknownIdError } from '../../data/errors.js';
import type { Figure } from '../../data/types.js';
import { buildFootnotes, withPassages, type FootnoteSet } from '../../chart/footnotes.js';
import { formatFigure, formatValue, qualifierText } from '../../chart/format.js';
import { changeArithmetic, figureChange, formatChange } from '../../chart/change.js';
import { citationLabel } from '../../data/citation.js';
import { byPeriod, formatPeriod } from '../../chart/period.js';
import { placeName } from '../../chart/places.js';
import { CifrasElement } from '../frame/cifras-element.js';
import { renderError, renderSuggestions } from '../frame/error-message.js';
import { errorStyles } from '../frame/error.styles.js';
import { renderFootnotes } from '../citations/footnote-list.js';
import { citations, PageCitations, type CitingElement } from '../citations/citation-registry.js';
import { footnoteStyles } from '../citations/footnotes.styles.js';
import { keyFigureStyles } from './key-figure.styles.js';

export type Variant = 'card' | 'compact' | 'inline';
const VARIANTS: readonly Variant[] = ['card', 'compact', 'inline'];

/**
 * One number from the dataset as a card: the value formatted for the page's
 * language, what it measures, when and where, and a numbered footnote with the
 * source, its locator and the verbatim evidence.
 *
 * @element cifras-key-figure
 * @summary A sourced key figure card.
 *
 * @attr figure - Id of the figure to show, e.g. `icg.homicides.2019`.
 * @attr compare - Id of a second figure: both are shown, the earlier first, with the change from the earlier to the later.
 * @attr variant - `card` (default), `compact` for tight spaces, or `inline` to sit in a sentence.
 * @attr lang - `en` or `es`; inherited from the page when absent.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr loading - `lazy` (default): drawn, and its data loaded, only near the viewport; `eager`: at once.
 *
 * @csspart card - The card.
 * @csspart value - The formatted number.
 * @csspart measure - What the number measures.
 * @csspart meta - Period and place.
 * @csspart change - The change between the two figures (with `compare`).
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
export class CifrasKeyFigure extends CifrasElement implements CitingElement {
  static override styles = [...CifrasElement.styles, footnoteStyles, errorStyles, keyFigureStyles];

  static override properties: PropertyDeclarations = {
    figure: {},
    compare: {},
    variant: { reflect: true, useDefault: true },
    data: { state: true },
    baseline: { state: true },
    problem: { state: true },
    compareProblem: { state: true },
  };

  /** Id of the figure to show. */
  figure = '';

  /** Id of a figure to compare with: the earlier of the two is shown first, with the change to the later (to `figure` when they share a period). */
  compare = '';

  /** Presentation: `card`, `compact` or `inline`. */
  variant: Variant = 'card';

  private data?: Figure;
  private baseline?: Figure;
  /** @internal In the page's numbering while in the document. */
  protected readonly pageCitations = new PageCitations(this);
  private problem?: { message: string; suggestions: string[] };
  /** A `compare` id the dataset does not have, and the close ids it does. */
  private compareProblem?: { message: string; suggestions: string[] };

  /** @internal The documents the card cites, in its reading order (a derived figure cites its inputs' too). */
  get citedSources(): string[] {
    const shown = this.shown()?.filter((f): f is Figure => Boolean(f)) ?? [];
    return [...new Set(shown.flatMap((f) => [f, ...inputsOf(pageCatalog, f)]).map((f) => f.source))];
  }

  /** The figures in the order the card shows them: a change runs forward in time, whichever of the two the page named `figure`. */
  private shown(): [Figure | undefined, Figure] | undefined {
    const named = this.data;
    if (!named) return undefined;
    return this.baseline && byPeriod(this.baseline, named) > 0 ? [named, this.baseline] : [this.baseline, named];
  }

  /** @internal The page renumbered its sources. */
  citationsChanged(): void {
    this.requestUpdate();
  }

  /** @internal Brings the card into view for a back-link from the page's source list. */
  showCitation(): void {
    this.scrollIntoView({ block: 'center' });
    const details = this.renderRoot.querySelector<HTMLDetailsElement>('details.sources');
    if (!details) return;
    details.open = true;
    details.querySelector<HTMLElement>('summary')!.focus();
  }

  protected override checkAttributes(changed?: PropertyValues): void {
    super.checkAttributes(changed);
    if ((!changed || changed.has('variant')) && !VARIANTS.includes(this.variant)) {
      this.warn(`variant="${this.variant}" is not one of ${VARIANTS.join(', ')}; using card.`);
      this.variant = 'card';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('figure') || this.loader.arrived) this.lookUpFigure();
    if (changed.has('compare') || this.loader.arrived) this.lookUpBaseline();
    if (changed.has('figure') || changed.has('compare') || this.loader.arrived) citations.schedule();
  }

  private lookUpBaseline(): void {
    this.baseline = this.compareProblem = undefined;
    const id = this.compare.trim();
    if (!id) return;
    try {
      this.baseline = this.loader.read(pageCatalog, () => pageCatalog.figure(id, true));
    } catch (error) {
      if (!(error instanceof UnknownIdError)) throw error;
      // The figure still shows, and so does why the comparison does not: the page asked for one.
      this.compareProblem = { message: id, suggestions: error.suggestions };
      this.warn(`compare: ${error.message} Showing the figure alone.`);
    }
  }

  private lookUpFigure(): void {
    this.data = undefined;
    this.problem = undefined;
    const id = this.figure.trim();
    if (!id) {
      this.problem = { message: '', suggestions: [] };
      this.warn('the figure attribute is missing.');
      return;
    }
    try {
      this.data = this.loader.read(pageCatalog, () => pageCatalog.figure(id, true));
    } catch (error) {
      if (!(error instanceof UnknownIdError)) throw error;
      this.problem = { message: id, suggestions: error.suggestions };
      this.warn(error.message);
    }
  }

  override render(): TemplateResult {
    const t = this.t;
    const words = FIGURE_MESSAGES[this.resolvedLang];
    if (this.loader.loading) return html`<div class="card loading ${this.variant}" part="card"></div>`;
    if (!this.data) {
      const message = this.loader.failed ? t.loadFailed : this.problem?.message ? ID_MESSAGES[this.resolvedLang].unknownFigure(this.problem.message) : words.missingFigure;
      return renderError(t, html`${message} ${renderSuggestions(t, this.problem?.suggestions)}`);
    }
    const lang = this.resolvedLang;
    const named = this.data;
    const [baseline, figure] = this.shown()!;
    const cited = baseline ? [baseline, figure] : [figure];
    // The page's numbers: one number names one document on the page.
    const notes: FootnoteSet = withPassages(buildFootnotes(cited, pageCatalog, lang, (id) => citations.numberOf(id)), cited, pageCatalog, lang);
    const change = baseline ? figureChange(baseline, figure) : undefined;
    if (baseline && !change) this.warn(`compare="${this.baseline!.id}" is in ${this.baseline!.unit}, figure="${named.id}" in ${named.unit}; no change is calculated.`);
    // "at least" above the number, at the size of text: at the number's size it reads as part of it, and wraps.
    // At that size a long value breaks between its words: the no-break spaces that hold "4.5 billion pesos"
    // together in prose left a narrow card only a break inside a word ("pes / os").
    const value = (f: Figure) => {
      const qualifier = qualifierText(f.qualifier, lang);
      return html`<span class="figure"><span class="number">${qualifier ? html`<span class="qualifier">${`${qualifier} `}</span>` : nothing}${formatValue(f.value, f.unit, lang).replace(/\u00a0/g, ' ')}</span></span>`;
    };
    // Figures that share a measure differ by their label ("Fentanyl", "Rest of the country"), unless it only repeats the period or place.
    const meta = (f: Figure) => {
      const period = formatPeriod(f.period, lang);
      const place = placeName(f.geography, lang);
      const label = f.label?.[lang];
      const distinct = label && label !== period && label !== place;
      // A label that dates the figure itself ("Apr 2024 (military on the streets)") stands for its period.
      return [distinct && label, !(distinct && label.includes(f.period.slice(0, 4))) && period, place].filter(Boolean).join(' · ');
    };
    if (this.variant === 'inline') {
      const source = pageCatalog.source(named.source);
      return html`<span class="inline" part="card"><span class="number">${formatFigure(named, lang)}</span> <span class="meta" part="meta">(${formatPeriod(named.period, lang)}; ${citationLabel(source)})</span></span>`;
    }
    return html`<figure class="card ${this.variant}" part="card">
      ${baseline ? html`<div class="pair">
        <p class="value from" part="value">${value(baseline)}<span class="when">${meta(baseline)}</span></p>
        <div class="step"><span class="arrow" aria-hidden="true">→</span>
          <p class="value to" part="value">${value(figure)}<span class="when">${meta(figure)}</span></p></div>
      </div>
      ${change ? html`<p class="change" part="change"><span class="visually-hidden">${words.change}: </span>${formatChange(change, figure.unit, lang)}</p>` : nothing}`
      : html`<p class="value" part="value">${value(figure)}</p>`}
      <figcaption>
        <p class="measure" part="measure">${figure.measure[lang]}</p>
        ${baseline ? nothing : html`<p class="meta" part="meta">${meta(figure)}</p>`}
      </figcaption>
      ${this.compareProblem ? html`<p class="error" role="note"><code>compare</code>: ${ID_MESSAGES[lang].unknownFigure(this.compareProblem.message)} ${renderSuggestions(t, this.compareProblem.suggestions)}</p>` : nothing}
      ${change && baseline ? html`<p class="change-note">${words.changeCalculated}: ${changeArithmetic(baseline, figure, change, lang)}.</p>` : nothing}
      <div class="footer" part="footer">
        <p class="source-line" part="source-line">${t.sourceLine(notes.notes.map((note) => note.short))}</p>
        <details class="sources" part="sources" ?open=${isServer}><summary>${t.sourcesAndNotes}</summary>${renderFootnotes(notes.notes, t, !isServer)}</details>
      </div>
    </figure>`;
  }
}

defineElement('cifras-key-figure', CifrasKeyFigure);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-key-figure': CifrasKeyFigure;
  }
}
