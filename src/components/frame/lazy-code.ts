import type { CSSResult } from 'lit';
import type { DataLoader } from './data-loader.js';
import { adoptLazyStyles } from './lazy-styles.js';

/** Each piece of code, once a chart on the page has loaded it, by name (a server render, which cannot wait, is given it all first). */
export const loadedCode = new Map<string, unknown>();

/**
 * Code a chart needs only for some of what it can draw (a map, a line): loaded
 * when the chart is first asked to draw it, while the chart waits as it waits
 * for its data; its styles adopted by each chart that draws with it.
 */
export class LazyCode<T extends { styles?: CSSResult }> {
  constructor(
    readonly name: string,
    private readonly host: { readonly shadowRoot: ShadowRoot | null },
    private readonly loader: DataLoader,
    /** Whether the chart draws with this code now. */
    private readonly wanted: () => boolean,
    /** The import, written in the files of the charts that draw with it, so that only theirs name its chunk. */
    private readonly load: () => Promise<T>,
  ) {}

  /** Whether the chart has the code it draws with (false while it loads: it lays out once it is in); true when it needs none. */
  ready(): boolean {
    if (!this.wanted()) return true;
    const code = loadedCode.get(this.name) as T | undefined;
    if (!code) {
      this.loader.waitFor(this.load().then((module) => { loadedCode.set(this.name, module); }));
      return false;
    }
    if (code.styles) adoptLazyStyles(this.host.shadowRoot, code.styles);
    return true;
  }

  /** The code, where the chart draws with it and it is in. */
  get code(): T | undefined {
    return this.wanted() ? loadedCode.get(this.name) as T | undefined : undefined;
  }
}
