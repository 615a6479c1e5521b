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
  /** The conflict group of each figure the documents disagree on, by id: known before the group itself is loaded. */
  private readonly conflictOf = new Map<string, string>();
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
        const known = this.maps[kind].get(record.id) as Figure | undefined;
        // A figure loaded slim gets its evidence in place: whatever holds it sees the whole record.
        if (known?.slim && !(record as Figure).slim) {
          delete known.slim;
          Object.assign(known, record);
        }
        if (known) continue;
        this.maps[kind].set(record.id, record);
        into.push(record);
      }
    };
    take('figure', part.figures, this.data.figures);
    take('table', part.tables, this.data.tables);
    take('source', part.sources, this.data.sources);
    take('conflict', part.conflicts, this.data.conflicts);
    for (const conflict of part.conflicts) for (const id of conflict.figures) this.conflictOf.set(id, conflict.id);
    for (const [figure, conflict] of Object.entries(part.conflictIndex ?? {})) this.conflictOf.set(figure, conflict);
  }

  /** Adds a data module bundled with an element (JSON in the shape of a Dataset). */
  provide(part: unknown): void {
    this.add(part as Dataset);
  }

  /** Whether the record is loaded. */
  has(kind: RecordKind, id: string): boolean {
    return this.maps[kind].has(id);
  }

  figure(id: string): Figure { return this.get('figure', id) as Figure; }
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

  /** The id of the conflict group a figure belongs to, if any: known before the group itself is loaded. */
  conflictIdOf(figureId: string): string | undefined {
    return this.conflictOf.get(figureId);
  }

  /** The conflict group a figure belongs to, if any (pending, like any record, where only its id is loaded). */
  conflictFor(figureId: string): Conflict | undefined {
    const id = this.conflictOf.get(figureId);
    if (id === undefined) return undefined;
    // The figure's bucket holds its group: loading the whole figure brings it.
    if (!this.maps.conflict.has(id) && this.loader) throw new DataPendingError('figure', figureId);
    return this.conflict(id);
  }

  /**
   * The figure, once all that its provenance names is loaded (pending until
   * then, like any record): its evidence, its inputs' and its primary sources,
   * its conflict group and the figures in it. A chart loads only what it draws
   * at first; a value or key figure asks for the whole.
   */
  withProvenance(figure: Figure): Figure {
    if (figure.slim && this.loader) throw new DataPendingError('figure', figure.id);
    for (const cited of [figure, ...this.inputsOf(figure)]) if (cited.primarySource) this.source(cited.primarySource);
    for (const other of this.conflictFor(figure.id)?.figures ?? []) this.figure(other);
    return figure;
  }

  /** The figures a derived figure is computed from. */
  inputsOf(figure: Figure): Figure[] {
    return figure.derived ? Object.values(figure.derived.inputs).map((id) => this.figure(id)) : [];
  }

  private get(kind: RecordKind, id: string): Figure | Table | Source | Conflict {
    const record = this.maps[kind].get(id);
    if (record) return record;
    if (this.loader && !this.missing.has(`${kind}:${id}`)) throw new DataPendingError(kind, id);
    throw new UnknownIdError(kind, id, this.loader ? this.loader.suggest(kind, id) : this.suggest?.(id, this.maps[kind].keys()));
  }
}
