import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../../chart/locale.js';
import { messages, type Messages } from '../../chart/messages.js';
import { resolveLang } from './resolve-lang.js';
import { themeStyles } from './theme.styles.js';
import { warnOnce } from './warn.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * What every Cifras element shares: the language it speaks (from its own
 * `lang`, an ancestor's, or the document's), the theme, and one-time warnings.
 */
export class CifrasElement extends LitElement {
  static override styles = [themeStyles];

  /** Language: `en` or `es` (`es-MX` formatting). Inherited from the page when absent. */
  @property() override lang = '';

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the reader's setting. */
  @property({ reflect: true }) theme: Theme = 'light';

  /** The language resolved for this render. */
  @state() protected resolvedLang: Lang = 'en';

  protected get t(): Messages {
    return messages(this.resolvedLang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshLang();
    window.addEventListener('beforeprint', this.openForPrint);
    window.addEventListener('afterprint', this.closeAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.openForPrint);
    window.removeEventListener('afterprint', this.closeAfterPrint);
  }

  private openedForPrint: HTMLDetailsElement[] = [];

  /** Paper has no clicks: every quote and disagreement prints in full. */
  private openForPrint = () => {
    this.openedForPrint = [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of this.openedForPrint) details.open = true;
  };

  private closeAfterPrint = () => {
    for (const details of this.openedForPrint) details.open = false;
    this.openedForPrint = [];
  };

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('lang')) this.refreshLang();
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      this.warn(`theme="${this.theme}" is not one of ${THEMES.join(', ')}; using light.`);
      this.theme = 'light';
    }
  }

  /** Re-reads the inherited language, e.g. after the page's `lang` changed. */
  refreshLang(): void {
    const { lang, unsupported } = resolveLang(this);
    if (unsupported) this.warn(`lang="${unsupported}" is not supported (en, es); using English.`);
    this.resolvedLang = lang;
  }

  protected warn(message: string): void {
    warnOnce(`<${this.localName}>: ${message}`);
  }
}
