import type { Box } from './boxes.js';

/** Width of one bucket, in px: a few label widths' worth of queries visit a handful of buckets. */
const BUCKET = 24;

/**
 * A uniform grid of buckets over x: each box sits in every bucket its x-extent
 * touches, so boxes near a query are found without looking at the others.
 * Positions outside `[from, to]` fall in the first or last bucket. A box can be
 * taken out for a while (`remove`, `restore`); a query lists each box once.
 */
export class XGrid<T extends Box> {
  private readonly buckets: number[][];
  private readonly items: T[] = [];
  private readonly alive: boolean[] = [];
  private readonly stamps: number[] = [];
  private stamp = 0;

  constructor(private readonly from: number, to: number) {
    this.buckets = Array.from({ length: Math.max(1, Math.ceil((to - from) / BUCKET)) }, () => []);
  }

  private bucket(x: number): number {
    // NaN (a box that overlaps nothing) lands in the first bucket.
    return Math.max(0, Math.min(this.buckets.length - 1, Math.floor((x - this.from) / BUCKET))) || 0;
  }

  /** Adds a box; returns its index, for `remove`. */
  add(item: T): number {
    const index = this.items.push(item) - 1;
    this.alive.push(true);
    this.stamps.push(0);
    const [x1, x2] = [item.x, item.x + item.width].sort((a, b) => a - b);
    for (let b = this.bucket(x1); b <= this.bucket(x2); b++) this.buckets[b].push(index);
    return index;
  }

  remove(index: number): void {
    this.alive[index] = false;
  }

  restore(index: number): void {
    this.alive[index] = true;
  }

  /** Every box whose x-extent may meet [x1, x2] (and perhaps a few more), each once. */
  near(x1: number, x2: number): T[] {
    const stamp = ++this.stamp;
    const found: T[] = [];
    for (let b = this.bucket(x1); b <= this.bucket(x2); b++) {
      for (const index of this.buckets[b]) {
        if (this.stamps[index] === stamp || !this.alive[index]) continue;
        this.stamps[index] = stamp;
        found.push(this.items[index]);
      }
    }
    return found;
  }
}
