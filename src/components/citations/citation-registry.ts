import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Source } from '../../data/types.js';

/** An element that cites sources on the page: a chart, a key figure, a <cifras-value>, a <cifras-cite>. */
export interface CitingElement extends HTMLElement {
  /** Ids of the sources it cites, in its own reading order. */
  readonly citedSources: string[];
  /** Called when the page's numbering changes. */
  citationsChanged(): void;
  /** Brings the element into view and focuses its marker or itself. */
  showCitation(): void;
  /** The element's own record for one of its citedSources, when it is not the bundled dataset's (a custom chart's). */
  sourceRecord?(key: string): Source | undefined;
}

/** The page's source list, when there is one. */
export interface SourceList extends HTMLElement {
  citationsChanged(): void;
  showSource(sourceId: string): void;
}

/** Document order across shadow roots: an element inside a shadow root sits where its host is. */
export function composedCompare(a: Element, b: Element): number {
  const chain = (el: Element) => {
    const out: Element[] = [el];
    let root = el.getRootNode();
    while (root instanceof ShadowRoot) {
      out.push(root.host);
      root = root.host.getRootNode();
    }
    return out;
  };
  const ca = chain(a);
  const cb = chain(b);
  for (const x of ca) {
    for (const y of cb) {
      if (x.getRootNode() !== y.getRootNode()) continue;
      if (x === y) return ca.indexOf(x) - cb.indexOf(y) > 0 ? 1 : -1;
      return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }
  }
  return 0;
}

/**
 * Every citing element on the page, numbering the sources in the order they are
 * first cited. One per page, shared through a global symbol so that two copies
 * of the library on one page number together.
 */
export class CitationRegistry {
  readonly citers = new Set<CitingElement>();
  readonly lists = new Set<SourceList>();
  /** The page's numbers as last counted, and whether a change since calls for counting again. */
  private numbers = new Map<string, number>();
  private stale = false;
  /** The numbers the citing elements were last told of. */
  private announced = new Map<string, number>();
  private scheduled = false;

  add(element: CitingElement): void { this.citers.add(element); this.schedule(); }
  remove(element: CitingElement): void { this.citers.delete(element); this.schedule(); }
  addList(list: SourceList): void { this.lists.add(list); this.schedule(); }
  removeList(list: SourceList): void { this.lists.delete(list); this.schedule(); }

  /**
   * The page number of a source, if any element cites it: counted now if the page changed, so that an
   * element laid out in the same task as its neighbours numbers its notes right the first time.
   */
  numberOf(sourceId: string): number | undefined { return this.current().get(sourceId); }

  private current(): Map<string, number> {
    if (this.stale) {
      this.stale = false;
      this.numbers = new Map(this.entries().map((e) => [e.sourceId, e.number]));
    }
    return this.numbers;
  }

  /** The citing elements in document order. */
  ordered(): CitingElement[] {
    return [...this.citers].filter((el) => el.isConnected).sort(composedCompare);
  }

  /** Sources in the order of first citation, each with the elements that cite it. */
  entries(): { sourceId: string; number: number; citers: CitingElement[] }[] {
    const bySource = new Map<string, CitingElement[]>();
    for (const el of this.ordered()) {
      for (const id of el.citedSources) bySource.set(id, [...(bySource.get(id) ?? []), el]);
    }
    return [...bySource].map(([sourceId, citers], i) => ({ sourceId, number: i + 1, citers: [...new Set(citers)] }));
  }

  /**
   * Renumbers after the current task, once for any number of changes. One number names one document on
   * the whole page, list or no list: an inline [1] and a chart's note 1 are the same document.
   */
  schedule(): void {
    this.stale = true;
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      const next = this.current();
      const changed = next.size !== this.announced.size || [...next].some(([id, n]) => this.announced.get(id) !== n);
      this.announced = next;
      // Lists show back-links, so they hear of every change; citers only of renumbering.
      for (const list of this.lists) list.citationsChanged();
      if (!changed) return;
      for (const el of this.citers) el.citationsChanged();
    });
  }

  /** Focuses the entry for a source in the page's list; false when there is none. */
  showSource(sourceId: string): boolean {
    const [list] = this.lists;
    if (!list) return false;
    list.showSource(sourceId);
    return true;
  }
}

const KEY = Symbol.for('cifras.citation-registry.v1');
type Global = typeof globalThis & { [KEY]?: CitationRegistry };

/** The page's registry (created by whichever copy of Cifras loads first). */
export const citations: CitationRegistry = ((globalThis as Global)[KEY] ??= new CitationRegistry());

/**
 * Whether notes numbered by an element differ from the page's numbers for their sources: it must number
 * them again. `key` gives a note's page-wide source id (a custom chart's own sources have their own).
 * A function rather than a method: the registry may be another copy's, of another version.
 */
export function renumbered(notes: readonly { sourceId: string; number: number }[], key: (sourceId: string) => string = (id) => id): boolean {
  return notes.some((note) => {
    const page = citations.numberOf(key(note.sourceId));
    return page !== undefined && page !== note.number;
  });
}

/** Enters an element in the page's numbering while it is in the document. */
export class PageCitations implements ReactiveController {
  constructor(private readonly host: CitingElement & ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void { citations.add(this.host); }

  hostDisconnected(): void { citations.remove(this.host); }
}
