import { capped } from './echo.js';

export type RecordKind = 'figure' | 'table' | 'source' | 'conflict';

/** Thrown for an id the dataset does not have; names it and the close ids its catalog suggests. */
export class UnknownIdError extends Error {
  override readonly name = 'UnknownIdError';

  constructor(readonly kind: RecordKind, readonly id: string, readonly suggestions: string[] = []) {
    super(`Unknown ${kind} id "${capped(id)}".${suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''}`);
  }
}

/**
 * Thrown by a catalog that has not loaded a record yet; `catalog.load(kind, id)`
 * fetches it. Elements catch it, wait, and lay out again.
 */
export class DataPendingError extends Error {
  override readonly name = 'DataPendingError';

  constructor(readonly kind: RecordKind, readonly id: string) {
    super(`The ${kind} "${id}" is still loading.`);
  }
}
