import { SOURCES_MESSAGES } from '../../chart/messages.js';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { defineElement } from '../shared/define.js';
import { UnknownIdError } from '../../data/errors.js';
import { pageCatalog } from '../../data/records-by-id.js';
import { referenceText } from '../../data/citation.js';
import { CifrasElement } from '../shared/cifras-element.js';
import { citations, type CitingElement, type SourceList } from '../shared/citation-registry.js';
import { updateJsonLd } from '../shared/json-ld-lazy.js';
import type { Source } from '../../data/types.js';
import { sourcesStyles } from './sources.styles.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The page's source list: every source cited by any Cifras element on the page
 * (charts, values, cites — inside shadow roots too), numbered in order of
 * first citation, with back-links to each place that cites it. While it is on
 * the page, charts number their footnotes the same way; the list updates as
 * elements come and go. It prints as endnotes.
 *
 * @element cifras-sources
 * @summary The numbered list of every source cited on the page.
 *
 * @attr heading - Replaces the heading ("Sources").
 * @attr heading-level - Outline level of the heading (default 2).
 * @attr json-ld - Adds schema.org JSON-LD citing every source on the page.
 * @attr lang - `en` or `es`; inherited from the page when absent.
 *
 * @csspart heading - The heading.
 * @csspart list - The numbered list.
 * @csspart backlink - Each link back to a citation.
 */
export class CifrasSources extends CifrasElement implements SourceList {
  static override styles = [...CifrasElement.styles, sourcesStyles];

  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    jsonLd: { attribute: 'json-ld', type: Boolean },
    version: { state: true },
  };

  /** Replaces the heading. */
  heading = '';

  /** Outline level of the heading. */
  headingLevel = 2;

  /** Adds schema.org JSON-LD citing every source on the page, as a child script. */
  jsonLd = false;

  private version = 0;

  protected override updated(): void {
    const sources = citations.entries().map((e) => this.sourceOf(e.sourceId)).filter((s): s is Source => Boolean(s));
    this.track(updateJsonLd(this, this.jsonLd, (writer) => writer.sourcesJsonLd(sources, this.resolvedLang === 'es' ? 'es-MX' : 'en')));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    citations.addList(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    citations.removeList(this);
  }

  /** @internal */
  citationsChanged(): void {
    this.version++;
  }

  /** @internal Focuses the entry for a source. */
  showSource(sourceId: string): void {
    const item = this.renderRoot.querySelector<HTMLElement>(`li[data-source="${CSS.escape(sourceId)}"]`);
    item?.scrollIntoView({ block: 'center' });
    item?.focus();
  }

  override render(): TemplateResult {
    const words = SOURCES_MESSAGES[this.resolvedLang];
    const entries = citations.entries();
    const level = Math.min(6, Math.max(1, this.headingLevel || 2));
    return html`<section class="sources" aria-labelledby="heading">
      <div id="heading" class="heading" part="heading" role="heading" aria-level=${level}>${this.heading || words.sourcesTitle}</div>
      ${entries.length ? html`<ol class="list" part="list">
        ${entries.map((entry) => {
          const source = this.sourceOf(entry.sourceId);
          return html`<li value=${entry.number} data-source=${entry.sourceId} tabindex="-1">
            <span class="reference">${source ? referenceText(source) : entry.sourceId}</span>
            ${source?.URL ? html` <a class="url" href=${source.URL} rel="noopener noreferrer" target="_blank">${source.URL}</a>` : nothing}
            <span class="backlinks">${entry.citers.map((citer, i) => this.backLink(citer, entry.number, i, entry.citers.length))}</span>
          </li>`;
        })}
      </ol>` : html`<p class="empty">${words.noCitations}</p>`}
    </section>`;
  }

  /** The source's record, loading it if need be; undefined for one the dataset lacks (a custom chart's). */
  private sourceOf(id: string): Source | undefined {
    try {
      return this.readData(pageCatalog, () => pageCatalog.source(id));
    } catch (error) {
      if (error instanceof UnknownIdError) return undefined;
      throw error;
    }
  }

  private backLink(citer: CitingElement, n: number, i: number, count: number): TemplateResult {
    const label = count > 1 ? `${SOURCES_MESSAGES[this.resolvedLang].backTo(n)}, ${LETTERS[i] ?? i + 1}` : SOURCES_MESSAGES[this.resolvedLang].backTo(n);
    return html`<button type="button" class="backlink" part="backlink" aria-label=${label} @click=${() => citer.showCitation()}>↩${count > 1 ? html`<sup>${LETTERS[i] ?? i + 1}</sup>` : nothing}</button>`;
  }
}

defineElement('cifras-sources', CifrasSources);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-sources': CifrasSources;
  }
}
