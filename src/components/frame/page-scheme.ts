import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { darkTokens } from './dark-tokens.styles.js';

/** The dark palette for a dark page behind an element with no theme: the page's background shows, only the colours change. */
export const pageSchemeStyles = css`
  :host(:state(page-dark)) { ${darkTokens} }
  :host(:state(page-dark)) { --_background: var(--cifras-color-background, transparent); --_inset: var(--cifras-padding, 0); }
`;

/** The element's parent across shadow roots: the page around a chart may be another component's shadow tree. */
function composedParent(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
}

/** Whether a computed `rgb()`/`rgba()` colour is painted (mostly opaque), and whether it is dark; undefined where it is not painted. */
function darkness(color: string): boolean | undefined {
  const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (b === undefined || a < 0.5) return undefined;
  // Relative luminance (WCAG) below 0.18: light text reads better on it than dark.
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) < 0.18;
}

/**
 * Whether the page behind an element is dark: the nearest painted background
 * (an ancestor's, else the canvas the page's colour scheme gives), or where
 * none is painted, a light inherited text colour.
 */
export function pageIsDark(element: Element): boolean {
  for (let node = composedParent(element); node; node = composedParent(node)) {
    const dark = darkness(getComputedStyle(node).backgroundColor);
    if (dark !== undefined) return dark;
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  if (/dark/.test(scheme) && (!/light/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches)) return true;
  return darkness(getComputedStyle(element).color) === false;
}

type SchemeHost = ReactiveControllerHost & HTMLElement;

/**
 * A chart or card with no `theme` attribute takes the colours that read on the
 * page it lands on: on a dark page, light text and the dark palette (as the
 * custom state `page-dark`, so the host's attributes stay the page's). It looks
 * again when the reader's colour scheme changes and when `recheck()` is called.
 */
export class PageSchemeController implements ReactiveController {
  private readonly media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;

  constructor(private readonly host: SchemeHost, private readonly internals: ElementInternals | undefined) {
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
    // CustomStateSet: a set of strings, where the browser has it.
    const states = this.internals?.states as Set<string> | undefined;
    if (!states) return;
    if (!this.host.hasAttribute('theme') && pageIsDark(this.host)) states.add('page-dark');
    else states.delete('page-dark');
  };
}
