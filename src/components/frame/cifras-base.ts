import type { PropertyDeclarations, PropertyValues, ReactiveElement } from 'lit';
import type { Lang } from '../../chart/locale.js';
import { resolveLang } from './resolve-lang.js';
import { DataLoader } from './data-loader.js';
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
  /** Data and code the element waits for. */
  protected readonly loader: DataLoader;
  refreshLang(): void;
  protected willUpdate(changed: PropertyValues): void;
  protected checkAttributes(changed?: PropertyValues): void;
  protected getUpdateComplete(): Promise<boolean>;
  warn(message: string): void;
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
    };

    /** Language: `en` or `es` (`es-MX` formatting). Inherited from the page when absent. */
    override lang = '';

    /** Colour theme: `light`, `dark`, or `auto` to follow the reader's setting. Without it, the element takes the colours that read on the page behind it (light text on a dark page). */
    theme: Theme = 'light';

    /** The language resolved for this render. */
    protected resolvedLang: Lang = 'en';

    protected readonly loader = new DataLoader(this);

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

    /** Resolves once the element has rendered with all the data it asked for. */
    protected override getUpdateComplete(): Promise<boolean> {
      return this.loader.settle(() => super.getUpdateComplete());
    }

    warn(message: string): void {
      warnOnce(`<${this.localName}>: ${message}`);
    }
  }
  return Cifras as unknown as (abstract new (...args: any[]) => CifrasMembers) & T;
}
