import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isDark, parseColor } from '../../chart/contrast.js';

/** The element's parent across shadow roots: the page around a chart may be another component's shadow tree. */
function composedParent(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
}

/**
 * Whether the page behind an element is dark: the nearest painted background
 * (an ancestor's, else the canvas the page's colour scheme gives), or where
 * none is painted, a light inherited text colour.
 */
export function pageIsDark(element: Element): boolean {
  for (let node = composedParent(element); node; node = composedParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color && color.a >= 0.5) return isDark(color);
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  if (/\bdark\b/.test(scheme) && (!/\blight\b/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches)) return true;
  const text = parseColor(getComputedStyle(element).color);
  return Boolean(text && !isDark(text));
}

type SchemeHost = ReactiveControllerHost & HTMLElement & { theme: string };

/**
 * A chart or card with no `theme` attribute takes the colours that read on the
 * page it lands on: on a dark page, light text and the dark palette (as the
 * custom state `page-dark`, so the host's attributes stay the page's). It looks
 * again when the reader's colour scheme changes and when `recheck()` is called.
 */
export class PageSchemeController implements ReactiveController {
  private readonly states?: Set<string>;
  private readonly media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;

  constructor(private readonly host: SchemeHost, internals: ElementInternals | undefined) {
    // CustomStateSet: a Set of strings in every browser that has it.
    this.states = internals?.states as Set<string> | undefined;
    host.addController(this);
  }

  hostConnected(): void {
    this.media?.addEventListener('change', this.recheck);
    this.recheck();
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.recheck);
  }

  /** Looks at the page behind the element again. */
  recheck = (): void => {
    if (!this.states) return;
    const dark = !this.host.hasAttribute('theme') && pageIsDark(this.host);
    if (dark === this.states.has('page-dark')) return;
    if (dark) this.states.add('page-dark');
    else this.states.delete('page-dark');
  };
}
