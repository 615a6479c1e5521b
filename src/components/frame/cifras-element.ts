import { isServer, LitElement, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues } from 'lit';
import { messages, type Messages } from '../../chart/messages.js';
import { CifrasBase } from './cifras-base.js';
import { blockStyles } from './block.styles.js';
import { themeTokens } from './theme.styles.js';
import { PageSchemeController, pageSchemeStyles } from './page-scheme.js';
import { Laziness, type Loading } from './laziness.js';

export type { Theme } from './cifras-base.js';

/**
 * A Cifras element drawn with Lit templates: the charts and the key figure card.
 * It is drawn only when it comes within a screen of the viewport (see `Laziness`),
 * and without a `theme` takes the colours that read on the page behind it.
 *
 * @slot - Shown until the element is drawn: a static snapshot, say.
 * @csspart pending - What is shown until the element is drawn.
 */
export class CifrasElement extends CifrasBase(LitElement) {
  static override styles = [themeTokens, pageSchemeStyles, blockStyles];

  static override properties: PropertyDeclarations = {
    loading: {},
  };

  /** `lazy` (default): drawn only when within a screen of the viewport, like `<img loading>`; `eager`: at once. */
  loading: Loading = 'lazy';

  /** Without a `theme` attribute, the colours that read on the page behind the element. */
  protected readonly scheme = new PageSchemeController(this, isServer ? undefined : this.attachInternals());

  protected readonly laziness = new Laziness(this, () => this.cameNear());

  /** Within a screen of the viewport (or eager, or printing): the element draws itself. */
  protected get near(): boolean {
    return this.laziness.near;
  }

  /** The strings of charts and cards (the inline citation elements, which need few, do without this table). */
  protected get t(): Messages {
    return messages(this.resolvedLang);
  }

  /** Called when the element comes near the viewport (or is printed, or made eager). */
  protected cameNear(): void {}

  /** @internal Called by the page's IntersectionObserver. */
  nearViewportChanged(near: boolean): void {
    this.laziness.changed(near);
  }

  // The attribute, not the property: theme="light" set on a dark page changes no property (light is its default).
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'theme') this.scheme.recheck();
  }

  protected override checkAttributes(changed?: PropertyValues): void {
    super.checkAttributes(changed);
    if (!changed || changed.has('loading')) this.laziness.checkLoading();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.laziness.schedule(() => super.scheduleUpdate(), this.hasUpdated, () => this.checkAttributes());
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    // Called by Lit's constructor too, before the controller exists.
    this.laziness?.woken();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.laziness.addPlaceholder(root, this.hasUpdated);
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    this.laziness.dropPlaceholder();
    super.update(changed);
  }

  /** Also waits to learn whether the element is near the viewport; far from it there is nothing to wait for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return (await this.laziness.settled()) && super.getUpdateComplete();
  }
}
