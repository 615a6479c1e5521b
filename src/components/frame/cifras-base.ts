import type { PropertyDeclarations, PropertyValues, ReactiveElement } from 'lit';
import type { Lang } from '../../chart/locale.js';
import { resolveLang } from './resolve-lang.js';
import { DataPendingError, UnknownIdError } from '../../data/errors.js';
import type { Catalog } from '../../data/lookup.js';
import { restyleMoved } from './lazy-styles.js';
import { warnOnce } from './warn.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

// `any[]`: the constructor shape TypeScript requires of a mixin's base.
type ElementClass = abstract new (...args: any[]) => ReactiveElement;

/** What `CifrasBase` adds to an element, as its subclasses see it (TypeScript cannot export a mixin's protected members otherwise). */
export declare class CifrasMembers {
  lang: string;
  theme: Theme;
  protected resolvedLang: Lang;
  protected dataEpoch: number;
  /** Data this element waited for could not be loaded. */
  protected dataFailed: boolean;
  refreshLang(): void;
  protected willUpdate(changed: PropertyValues): void;
  protected checkAttributes(changed?: PropertyValues): void;
  protected readData<T>(catalog: Catalog, read: () => T): T | undefined;
  protected lookUp<T>(catalog: Catalog, read: () => T): T | undefined;
  protected waitFor(data: Promise<void>): void;
  protected track(work: Promise<unknown> | undefined, done?: () => void): void;
  protected dataArrived(changed: Map<PropertyKey, unknown>): boolean;
  protected get loadingData(): boolean;
  protected getUpdateComplete(): Promise<boolean>;
  protected warn(message: string): void;
}

/**
 * What every Cifras element shares, on top of Lit's LitElement (the charts)
 * or ReactiveElement (the inline citations, which build their few nodes
 * themselves and so carry no template engine): the language it speaks (from
 * its own `lang`, an ancestor's, or the document's), the theme, data that may
 * still be loading, and one-time warnings.
 */
export function CifrasBase<T extends ElementClass>(Base: T) {
  abstract class Cifras extends Base {
    static properties: PropertyDeclarations = {
      lang: {},
      theme: { reflect: true, useDefault: true },
      resolvedLang: { state: true },
      dataEpoch: { state: true },
    };

    /** Language: `en` or `es` (`es-MX` formatting). Inherited from the page when absent. */
    override lang = '';

    /** Colour theme: `light`, `dark`, or `auto` to follow the reader's setting. Without it, the element takes the colours that read on the page behind it (light text on a dark page). */
    theme: Theme = 'light';

    /** The language resolved for this render. */
    protected resolvedLang: Lang = 'en';

    /** Bumped when data this element waited for has arrived: look up again. */
    protected dataEpoch = 0;
    protected dataFailed = false;
    private readonly pendingData = new Set<Promise<void>>();

    override connectedCallback(): void {
      super.connectedCallback();
      this.refreshLang();
    }

    /** Moved into another document (a same-origin frame's): its styles are made again there (the browser drops them). */
    adoptedCallback(): void {
      void restyleMoved(this.shadowRoot);
    }

    protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
      if (changed.has('lang')) this.refreshLang();
      this.checkAttributes(changed);
    }

    /** Warns about, and replaces, attribute values it cannot use: the changed ones, or all without `changed`. */
    protected checkAttributes(changed?: PropertyValues): void {
      if (changed && !changed.has('theme')) return;
      if (THEMES.includes(this.theme)) return;
      this.warn(`theme="${this.theme}" is not one of ${THEMES.join(', ')}; using light.`);
      this.theme = 'light';
    }

    /** Re-reads the inherited language, e.g. after the page's `lang` changed. */
    refreshLang(): void {
      const { lang, unsupported } = resolveLang(this);
      if (unsupported) this.warn(`lang="${unsupported}" is not supported (en, es); using English.`);
      this.resolvedLang = lang;
    }

    /**
     * Reads records from a catalog that may not hold them yet: returns undefined
     * while they load, and updates the element (bumping `dataEpoch`) once they
     * have. Unknown ids still throw `UnknownIdError`.
     */
    protected readData<T>(catalog: Catalog, read: () => T): T | undefined {
      try {
        return read();
      } catch (error) {
        if (!(error instanceof DataPendingError)) throw error;
        if (!this.dataFailed) this.waitFor(catalog.load(error.kind, error.id));
        return undefined;
      }
    }

    /** Like `readData`, but an unknown id gives undefined and a console warning naming the closest ids. */
    protected lookUp<T>(catalog: Catalog, read: () => T): T | undefined {
      try {
        return this.readData(catalog, read);
      } catch (error) {
        if (!(error instanceof UnknownIdError)) throw error;
        this.warn(error.message);
        return undefined;
      }
    }

    /**
     * Updates the element (bumping `dataEpoch`) once the data being loaded is in. A load that failed
     * (offline, a file gone after a deploy) sets `dataFailed` and is not asked for again: it would fail
     * again at once, and the updates in between would hang the page.
     */
    protected waitFor(data: Promise<void>): void {
      this.track(data.catch(() => { this.dataFailed = true; }), () => { this.dataEpoch++; });
    }

    /** Makes `updateComplete` wait for work the element started (loading data or code), then runs `done`. */
    protected track(work: Promise<unknown> | undefined, done?: () => void): void {
      if (!work) return;
      // Off the pending list before `done` asks for an update, so that the update sees the data as in.
      const pending: Promise<void> = work.then(() => undefined, () => undefined).finally(() => {
        this.pendingData.delete(pending);
        done?.();
      });
      this.pendingData.add(pending);
    }

    /** Whether this update follows the arrival of data the element waited for. */
    protected dataArrived(changed: Map<PropertyKey, unknown>): boolean {
      return changed.has('dataEpoch');
    }

    /** Whether data this element needs is still loading. */
    protected get loadingData(): boolean {
      return this.pendingData.size > 0;
    }

    /** Resolves once the element has rendered with all the data it asked for. */
    protected override async getUpdateComplete(): Promise<boolean> {
      let complete = await super.getUpdateComplete();
      while (this.pendingData.size) {
        await Promise.allSettled(this.pendingData);
        complete = await super.getUpdateComplete();
      }
      return complete;
    }

    protected warn(message: string): void {
      warnOnce(`<${this.localName}>: ${message}`);
    }
  }
  return Cifras as unknown as (abstract new (...args: any[]) => CifrasMembers) & T;
}
