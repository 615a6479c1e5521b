import { closestMatches } from './closest.js';

export type RecordKind = 'figure' | 'table' | 'source' | 'conflict';

/** Thrown for an id the dataset does not have; names it and suggests close ids. */
export class UnknownIdError extends Error {
  override readonly name = 'UnknownIdError';
  readonly suggestions: string[];

  constructor(readonly kind: RecordKind, readonly id: string, known: Iterable<string>) {
    const suggestions = closestMatches(id, known);
    super(`Unknown ${kind} id "${id}".${suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''}`);
    this.suggestions = suggestions;
  }
}
