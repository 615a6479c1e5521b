import type { Catalog } from './lookup.js';
import type { Conflict, Figure } from './types.js';

/** The ids of the conflict groups that any of these figures belongs to, in order of first use: known before the groups are loaded. */
export function conflictIdsAmong(catalog: Catalog, figures: Figure[]): string[] {
  return [...new Set(figures.map((figure) => catalog.conflictIdOf(figure.id)).filter((id): id is string => id !== undefined))];
}

/** The conflict groups that any of these figures belongs to, in order of first use. */
export function conflictsAmong(catalog: Catalog, figures: Figure[]): Conflict[] {
  return conflictIdsAmong(catalog, figures).map((id) => catalog.conflict(id));
}
