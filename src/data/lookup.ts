import { dataset } from './dataset.js';
import { UnknownIdError, type RecordKind } from './errors.js';
import type { Conflict, Dataset, Figure, Source, Table } from './types.js';

function index<T extends { id: string }>(records: T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

/** Id-keyed access to one dataset; `defaultCatalog` wraps the bundled one. */
export class Catalog {
  readonly figures: ReadonlyMap<string, Figure>;
  readonly tables: ReadonlyMap<string, Table>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly conflicts: ReadonlyMap<string, Conflict>;
  private readonly conflictOf = new Map<string, Conflict>();

  constructor(readonly data: Dataset) {
    this.figures = index(data.figures);
    this.tables = index(data.tables);
    this.sources = index(data.sources);
    this.conflicts = index(data.conflicts);
    for (const conflict of data.conflicts) for (const id of conflict.figures) this.conflictOf.set(id, conflict);
  }

  figure(id: string): Figure { return this.get('figure', this.figures, id); }
  table(id: string): Table { return this.get('table', this.tables, id); }
  source(id: string): Source { return this.get('source', this.sources, id); }
  conflict(id: string): Conflict { return this.get('conflict', this.conflicts, id); }

  /** The figures of a table, in the table's order. */
  tableFigures(id: string): Figure[] {
    return this.table(id).figures.map((figureId) => this.figure(figureId));
  }

  /** The conflict group a figure belongs to, if any. */
  conflictFor(figureId: string): Conflict | undefined {
    return this.conflictOf.get(figureId);
  }

  /** The conflict groups that any of these figures belongs to, in order of first use. */
  conflictsAmong(figures: Figure[]): Conflict[] {
    return [...new Set(figures.map((figure) => this.conflictOf.get(figure.id)).filter((c): c is Conflict => c !== undefined))];
  }

  /** The figures a derived figure is computed from. */
  inputsOf(figure: Figure): Figure[] {
    return figure.derived ? Object.values(figure.derived.inputs).map((id) => this.figure(id)) : [];
  }

  /** The figures whose evidence is from the given document. */
  figuresFrom(sourceId: string): Figure[] {
    return this.data.figures.filter((figure) => figure.source === sourceId);
  }

  private get<T>(kind: RecordKind, map: ReadonlyMap<string, T>, id: string): T {
    const record = map.get(id);
    if (!record) throw new UnknownIdError(kind, id, map.keys());
    return record;
  }
}

export const defaultCatalog = new Catalog(dataset);
