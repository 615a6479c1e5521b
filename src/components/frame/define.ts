/**
 * Registers a custom element unless the tag is taken — by a second copy of
 * Cifras on the page (a CMS loading the script twice, two builds), which must
 * do no harm. The first definition wins.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
