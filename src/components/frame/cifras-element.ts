import { isServer, LitElement } from 'lit';
import { CifrasBase } from './cifras-base.js';
import { blockStyles } from './block.styles.js';
import { themeTokens } from './theme.styles.js';
import { PageSchemeController, pageSchemeStyles } from './page-scheme.js';

export type { Theme } from './cifras-base.js';

/** A Cifras element drawn with Lit templates: the charts and cards. */
export class CifrasElement extends CifrasBase(LitElement) {
  static override styles = [themeTokens, pageSchemeStyles, blockStyles];

  /** Without a `theme` attribute, the colours that read on the page behind the element. */
  protected readonly scheme = new PageSchemeController(this, isServer ? undefined : this.attachInternals());

  // The attribute, not the property: theme="light" set on a dark page changes no property (light is its default).
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'theme') this.scheme.recheck();
  }
}
