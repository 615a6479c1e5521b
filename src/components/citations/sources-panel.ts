import { css, html, type TemplateResult } from 'lit';
import { withPassages, type FootnoteSet } from '../../chart/footnotes.js';
import type { Lang } from '../../chart/locale.js';
import type { Messages } from '../../chart/messages.js';
import type { Catalog } from '../../data/lookup.js';
import type { Figure } from '../../data/types.js';
import { renderDisagreements } from './disagreements.js';
import { renderFootnotes } from './footnote-list.js';
import { footnoteStyles } from './footnotes.styles.js';

/** The panel's styles, adopted with its code (a server render has them among the chart's own). */
export const sourcesPanelStyles = css`${footnoteStyles}
  .sources { margin-top: 0.5em; padding-top: 0.25em; border-top: 1px solid var(--_rule); }
`;

/**
 * A chart's sources and notes, as the footer opens them: where the sources
 * disagree, then every document with its full reference, address, locators,
 * verbatim quotes and the arithmetic of derived figures. Its code loads on
 * first use (or when the page is idle, so that printing finds it), since most
 * readers never open it.
 */
export function renderSourcesPanel(catalog: Catalog, figures: Figure[], notes: FootnoteSet, lang: Lang, t: Messages, unfolded: boolean): TemplateResult {
  return html`${renderDisagreements(catalog, figures, notes, lang, t)}${renderFootnotes(withPassages(notes, figures, catalog, lang).notes, t, unfolded)}`;
}
