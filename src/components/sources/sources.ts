import { SOURCES_MESSAGES } from '../../chart/messages.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { defineElement } from '../frame/define.js';
import { UnknownIdError } from '../../data/errors.js';
import { pageCatalog } from '../../data/records-by-id.js';
import { referenceText } from '../../data/citation.js';
import { CifrasPlainElement } from '../frame/cifras-plain-element.js';
import { h } from '../frame/dom.js';
import { citations, type CitingElement, type SourceList } from '../citations/citation-registry.js';
import { JsonLdScript } from '../actions/json-ld-script.js';
import type { Source } from '../../data/types.js';
import { blockStyles } from '../frame/block.styles.js';
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
 * @attr theme - `light` (default), `dark` or `auto`.
 *
 * @csspart heading - The heading.
 * @csspart list - The numbered list.
 * @csspart backlink - Each link back to a citation.
 *
 * @cssprop --cifras-padding - Room inside the list: 0 by default, 0.75em in the dark theme, which paints its own background.
 */
export class CifrasSources extends CifrasPlainElement implements SourceList {
  static override styles = [...CifrasPlainElement.styles, blockStyles, sourcesStyles];

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

  protected readonly jsonLdScript = new JsonLdScript(this, () => this.jsonLd, (writer) => writer.sourcesJsonLd(
    citations.entries().map((e) => this.recordOf(e)).filter((s): s is Source => Boolean(s)), this.resolvedLang === 'es' ? 'es-MX' : 'en'), (work) => this.loader.track(work));

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

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // The list is built anew; whatever had the focus in it (an entry, a back-link) gets it back.
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    const item = focused?.closest('li');
    const backlink = item ? [...item.querySelectorAll('button')].indexOf(focused as HTMLButtonElement) : -1;
    this.renderRoot.replaceChildren(this.renderList());
    if (!item) return;
    const again = this.renderRoot.querySelector<HTMLElement>(`li[data-source="${CSS.escape(item.dataset.source ?? '')}"]`);
    (again?.querySelectorAll('button')[backlink] ?? again)?.focus();
  }

  private renderList(): HTMLElement {
    const words = SOURCES_MESSAGES[this.resolvedLang];
    const entries = citations.entries();
    const level = Math.min(6, Math.max(1, this.headingLevel || 2));
    return h('section', { class: 'sources', 'aria-labelledby': 'heading' },
      h('div', { id: 'heading', class: 'heading', part: 'heading', role: 'heading', 'aria-level': level }, this.heading || words.sourcesTitle),
      entries.length
        ? h('ol', { class: 'list', part: 'list' }, entries.map((entry) => {
          const source = this.recordOf(entry);
          return h('li', { value: entry.number, 'data-source': entry.sourceId, tabindex: -1 },
            h('span', { class: 'reference' }, source ? referenceText(source, this.resolvedLang) : entry.sourceId),
            source?.URL && ' ',
            source?.URL && h('a', { class: 'url', href: source.URL, rel: 'noopener noreferrer', target: '_blank' }, source.URL),
            h('span', { class: 'backlinks' }, entry.citers.map((citer, i) => this.backLink(citer, entry.number, i, entry.citers.length))));
        }))
        : h('p', { class: 'empty' }, words.noCitations));
  }

  /** The entry's record: a custom chart's own, else the bundled dataset's (loaded if need be); undefined when neither has it. */
  private recordOf({ sourceId, citers }: { sourceId: string; citers: CitingElement[] }): Source | undefined {
    for (const citer of citers) {
      const own = citer.sourceRecord?.(sourceId);
      if (own) return own;
    }
    try {
      return this.loader.read(pageCatalog, () => pageCatalog.source(sourceId));
    } catch (error) {
      if (error instanceof UnknownIdError) return undefined;
      throw error;
    }
  }

  private backLink(citer: CitingElement, n: number, i: number, count: number): HTMLElement {
    const letter = LETTERS[i] ?? i + 1;
    const label = count > 1 ? `${SOURCES_MESSAGES[this.resolvedLang].backTo(n)}, ${letter}` : SOURCES_MESSAGES[this.resolvedLang].backTo(n);
    return h('button', { type: 'button', class: 'backlink', part: 'backlink', 'aria-label': label, '@click': () => citer.showCitation() }, '↩', count > 1 && h('sup', null, letter));
  }
}

defineElement('cifras-sources', CifrasSources);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-sources': CifrasSources;
  }
}
