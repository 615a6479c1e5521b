// How records relate: the figures a derived one is computed from, and the groups whose documents disagree.
import type { Catalog } from './lookup.js';
import type { Conflict, Figure } from './types.js';

/** The conflict groups that any of these figures belongs to, in order of first use (slim ones too: see `Conflict.slim`). */
export function conflictsAmong(catalog: Catalog, figures: Figure[]): Conflict[] {
  return [...new Set(figures.map((figure) => catalog.conflictFor(figure.id)).filter((c): c is Conflict => c !== undefined))];
}

/** The figures a derived figure is computed from. */
export function inputsOf(catalog: Catalog, figure: Figure): Figure[] {
  return figure.derived ? Object.values(figure.derived.inputs).map((id) => catalog.figure(id)) : [];
}
