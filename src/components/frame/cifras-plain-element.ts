import { ReactiveElement } from '@lit/reactive-element';
import { CifrasBase } from './cifras-base.js';
import { themeTokens } from './theme.styles.js';

/**
 * A Cifras element that builds its few nodes itself (see dom.ts) instead of
 * through Lit templates: the inline citations and the source list, which a
 * page may load alone and which must stay small.
 */
export class CifrasPlainElement extends CifrasBase(ReactiveElement) {
  static override styles = [themeTokens];
}
