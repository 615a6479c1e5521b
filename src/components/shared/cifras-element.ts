import { LitElement } from 'lit';
import { CifrasBase } from './cifras-base.js';
import { blockStyles } from './block.styles.js';
import { themeTokens } from './theme.styles.js';

export type { Theme } from './cifras-base.js';

/** A Cifras element drawn with Lit templates: the charts and cards. */
export class CifrasElement extends CifrasBase(LitElement) {
  static override styles = [themeTokens, blockStyles];
}
