import { watchRefusedPolicy } from './refused-policy.js';

/**
 * Registers a custom element unless the tag is taken — by a second copy of
 * Cifras on the page (a CMS loading the script twice, two builds), which must
 * do no harm. The first definition wins.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  // A single element's file too explains a later copy refused its Trusted Types policy.
  watchRefusedPolicy();
  if (!customElements.get(tag)) customElements.define(tag, element);
}
