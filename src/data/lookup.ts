import { DataPendingError, UnknownIdError, type RecordKind } from './errors.js';
import type { Conflict, Dataset, Figure, Source, Table } from './types.js';

/** Where a catalog that holds only part of the dataset finds the rest. */
export interface DataLoader {
  /** Loads what holds the record (and all it needs) into the catalog. */
  load(catalog: Catalog, kind: RecordKind, id: string): Promise<void>;
  /** Ids close to one that `load()` found the dataset does not have. */
  suggest(kind: RecordKind, id: string): string[];
}

/** Ids close to an unknown one, among those a catalog holds: `closestMatches`. */
export type Suggest = (id: string, known: Iterable<string>) => string[];

/**
 * Id-keyed access to a dataset. It may hold only part of one and grow: a
 * catalog with a loader reports a record it has not loaded yet with
 * `DataPendingError`, and `load()` fetches it.
 */
export class Catalog {
  readonly data: Dataset;
  private readonly maps: Record<RecordKind, Map<string, Figure | Table | Source | Conflict>> = {
    figure: new Map(), table: new Map(), source: new Map(), conflict: new Map(),
  };
  private readonly conflictOf = new Map<string, Conflict>();
  private readonly missing = new Set<string>();

  /**
   * `suggest` names close ids in the error for an unknown one (pass
   * `closestMatches`); it is left out of the elements, whose catalog's loader
   * brings it with the list of every id, only when an id is unknown.
   */
  constructor(data: Dataset, private loader?: DataLoader, private readonly suggest?: Suggest) {
    this.data = { version: data.version, released: data.released, figures: [], tables: [], sources: [], conflicts: [] };
    this.add(data);
  }

  /** From now on, fetches a record it does not hold with this loader (until then, such a record is unknown). */
  useLoader(loader: DataLoader): this {
    this.loader = loader;
    return this;
  }

  get figures(): ReadonlyMap<string, Figure> { return this.maps.figure as Map<string, Figure>; }
  get tables(): ReadonlyMap<string, Table> { return this.maps.table as Map<string, Table>; }
  get sources(): ReadonlyMap<string, Source> { return this.maps.source as Map<string, Source>; }
  get conflicts(): ReadonlyMap<string, Conflict> { return this.maps.conflict as Map<string, Conflict>; }

  /** Adds the records this catalog does not have yet. */
  add(part: Dataset): void {
    if (!this.data.version) Object.assign(this.data, { version: part.version, released: part.released });
    const take = <T extends Figure | Table | Source | Conflict>(kind: RecordKind, records: T[], into: T[]) => {
      for (const record of records) {
        const known = this.maps[kind].get(record.id) as Figure | Conflict | undefined;
        if (known) {
          // A record loaded slim gets the rest in place: whatever holds it sees the whole record.
          if (known.slim) Object.assign(known, record, { slim: (record as Figure | Conflict).slim });
          continue;
        }
        this.maps[kind].set(record.id, record);
        into.push(record);
      }
    };
    take('figure', part.figures, this.data.figures);
    take('table', part.tables, this.data.tables);
    take('source', part.sources, this.data.sources);
    take('conflict', part.conflicts, this.data.conflicts);
    for (const conflict of this.data.conflicts) for (const id of conflict.figures) this.conflictOf.set(id, conflict);
  }

  /** Whether the record is loaded. */
  has(kind: RecordKind, id: string): boolean {
    return this.maps[kind].has(id);
  }

  /**
   * A figure by id. `whole`: pending while only what a chart draws of it is
   * loaded (a slim record, without its evidence); a whole figure comes with all
   * its provenance names (its inputs, primary sources, conflict group).
   */
  figure(id: string, whole = false): Figure {
    const figure = this.get('figure', id) as Figure;
    if (whole && figure.slim && this.loader) throw new DataPendingError('figure', id);
    return figure;
  }
  table(id: string): Table { return this.get('table', id) as Table; }
  source(id: string): Source { return this.get('source', id) as Source; }
  conflict(id: string): Conflict { return this.get('conflict', id) as Conflict; }

  /** Fetches a record this catalog reported as pending; resolves once it is in (or known not to exist). */
  async load(kind: RecordKind, id: string): Promise<void> {
    const known = this.maps[kind].get(id) as Figure | undefined;
    if (!this.loader || (known && !known.slim)) return;
    await this.loader.load(this, kind, id);
    if (!this.maps[kind].has(id)) this.missing.add(`${kind}:${id}`);
  }

  /** The figures of a table, in the table's order. */
  tableFigures(id: string): Figure[] {
    return this.table(id).figures.map((figureId) => this.figure(figureId));
  }

  /** The conflict group a figure belongs to, if any (slim, without its words, until its chart's provenance or the whole figure is loaded). */
  conflictFor(figureId: string): Conflict | undefined {
    return this.conflictOf.get(figureId);
  }


  private get(kind: RecordKind, id: string): Figure | Table | Source | Conflict {
    const record = this.maps[kind].get(id);
    if (record) return record;
    if (this.loader && !this.missing.has(`${kind}:${id}`)) throw new DataPendingError(kind, id);
    throw new UnknownIdError(kind, id, this.loader ? this.loader.suggest(kind, id) : this.suggest?.(id, this.maps[kind].keys()));
  }
}
