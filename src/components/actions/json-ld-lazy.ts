import type * as Writer from './json-ld.js';

/**
 * Writes (or removes) an element's JSON-LD child script. The writer loads only
 * for an element that has or had the `json-ld` attribute.
 */
export function updateJsonLd(host: HTMLElement, wanted: boolean, build: (writer: typeof Writer) => object | undefined): Promise<void> | undefined {
  if (!wanted && !host.querySelector(':scope > script[type="application/ld+json"][data-cifras]')) return undefined;
  return import('./json-ld.js').then((writer) => writer.syncJsonLd(host, wanted ? build(writer) : undefined));
}
