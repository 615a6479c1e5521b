import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataPendingError, UnknownIdError } from '../../data/errors.js';
import type { Catalog } from '../../data/lookup.js';

/**
 * Data and code an element waits for: records read from a catalog that may
 * not hold them yet, a table view's module, a panel's provenance. The element
 * updates once they are in (`arrived` is true for that update), and its
 * `updateComplete` waits for them (`settle`).
 */
export class DataLoader implements ReactiveController {
  /** A load this element waited for failed: it is not asked for again. */
  failed = false;
  /** This update follows the arrival of data the element waited for. */
  arrived = false;
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly host: ReactiveControllerHost & { warn(message: string): void }) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.arrived = false;
  }

  /** Whether data the element needs is still loading. */
  get loading(): boolean {
    return this.pending.size > 0;
  }

  /**
   * Reads records from a catalog that may not hold them yet: undefined while
   * they load, and the element updates once they have. Unknown ids still throw `UnknownIdError`.
   */
  read<T>(catalog: Catalog, read: () => T): T | undefined {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof DataPendingError)) throw error;
      if (!this.failed) this.waitFor(catalog.load(error.kind, error.id));
      return undefined;
    }
  }

  /** Like `read`, but an unknown id gives undefined and a console warning naming the closest ids. */
  lookUp<T>(catalog: Catalog, read: () => T): T | undefined {
    try {
      return this.read(catalog, read);
    } catch (error) {
      if (!(error instanceof UnknownIdError)) throw error;
      this.host.warn(error.message);
      return undefined;
    }
  }

  /**
   * Updates the element once the data being loaded is in. A load that failed
   * (offline, a file gone after a deploy) sets `failed` and is not asked for again: it would fail
   * again at once, and the updates in between would hang the page.
   */
  waitFor(data: Promise<void>): void {
    this.track(data.catch(() => { this.failed = true; }), () => {
      this.arrived = true;
      this.host.requestUpdate();
    });
  }

  /** Makes `updateComplete` wait for work the element started (loading data or code), then runs `done`. */
  track(work: Promise<unknown> | undefined, done?: () => void): void {
    if (!work) return;
    // Off the pending list before `done` asks for an update, so that the update sees the data as in.
    const pending: Promise<void> = work.then(() => undefined, () => undefined).finally(() => {
      this.pending.delete(pending);
      done?.();
    });
    this.pending.add(pending);
  }

  /** Resolves once nothing is pending, running `update` (the element's own updateComplete) after each round. */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let complete = await update();
    while (this.pending.size) {
      await Promise.allSettled(this.pending);
      complete = await update();
    }
    return complete;
  }
}
