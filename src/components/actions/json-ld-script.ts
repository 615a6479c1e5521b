import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as Writer from './json-ld.js';


/**
 * Keeps an element's schema.org JSON-LD child script in step with what it
 * shows, after each update: written while `wanted`, removed when no longer.
 * The writer loads only for an element that has or had the `json-ld` attribute.
 */
export class JsonLdScript implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly wanted: () => boolean,
    private readonly build: (writer: typeof Writer) => object | undefined,
    /** Makes the element's updateComplete wait for the writing. */
    private readonly track: (work: Promise<unknown>) => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const wanted = this.wanted();
    if (!wanted && !this.host.querySelector(':scope > script[type="application/ld+json"][data-cifras]')) return;
    this.track(import('./json-ld.js').then((writer) => writer.syncJsonLd(this.host, wanted ? this.build(writer) : undefined)));
  }
}
