import { boxesOverlap, textBox, type Box } from './boxes.js';
import { textMeasure, type TextMeasure } from './text.js';

export interface LabelCandidate {
  id: string;
  text: string;
  /** The point the label belongs to. */
  x: number;
  y: number;
  fontSize: number;
  bold?: boolean;
  /** Other x positions the label may take (along a band), tried in order after `x`. */
  along?: number[];
  /** Room to keep beside other figures' marks, when more than above and below them. */
  sideClearance?: number;
  /** Room to keep above and below other figures' marks, when more than `clearance`. */
  clearance?: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

type Anchor = PlacedLabel['anchor'];
/** A position for a label, and the x of the point it names there (a band's label may sit along it). */
type Option = { own: number; label: PlacedLabel };

/**
 * Something a label must keep clear of; `id` names the figure it draws, whose own label may come closer.
 * `clearance` overrides placeLabels' own for this obstacle. A `mark` is a point: a label must sit
 * nearer its own point than any other figure's mark, or it reads as that mark's.
 */
export type Obstacle = Box & { id?: string; clearance?: number; mark?: boolean };

/** A label placed so far, in the order it was placed, and its box among what is taken. */
type Placed = { candidate: LabelCandidate; label: PlacedLabel; order: number; box?: Taken };
/** What labels keep clear of: the obstacles, and the boxes of the labels placed (`owner`). */
type Taken = Obstacle & { owner?: Placed };
/** Width in px of the buckets over x that hold what is taken. */
const BUCKET = 24;

/**
 * Places each label (in order of priority) at the first of above, right, left
 * or below its point, then its four corners (each side tried at `x`, then at its `along` points), where it stays inside `bounds` and clear of `obstacles` and
 * of labels already placed. When none is free, one label already placed may move to another of
 * its positions to make room. A label with no free position is left out, never
 * drawn over another: its value stays in the tooltip and the table. It also
 * keeps `clearance` px from the marks of other figures (obstacles with an id;
 * a symbol reaches past its box), so that it does not read as theirs
 * ("25,339 ■ ≥30,000").
 *
 * Each label is checked only against what lies near it along x (a grid of
 * buckets), so the cost grows with the number of labels, not its square.
 * `counter`, when given, counts those checks.
 */
export function placeLabels(
  candidates: LabelCandidate[], obstacles: Obstacle[], bounds: Box, measure: TextMeasure = textMeasure(), offset = 7, clearance = 5, counter?: { checks: number },
): PlacedLabel[] {
  const options = new Map<LabelCandidate, Option[]>();
  const positions = (candidate: LabelCandidate): Option[] => {
    const known = options.get(candidate);
    if (known) return known;
    const width = measure.width(candidate.text, candidate.fontSize, candidate.bold);
    const size = candidate.fontSize;
    // Above keeps `offset` px between the point and the label's box, its descent included;
    // the corners keep clear of a mark's ±5 px box.
    const descent = size * 0.27;
    const sides: [number, number, Anchor][] = [
      [0, -offset - descent, 'middle'], [offset, size * 0.35, 'start'], [-offset, size * 0.35, 'end'], [0, offset + size * 0.98, 'middle'],
      [5, -5 - descent, 'start'], [-5, -5 - descent, 'end'], [5, 5 + size * 0.98, 'start'], [-5, 5 + size * 0.98, 'end'],
      // Clear of neighbours a few px lower, over a cluster of marks.
      [0, -2 * offset - descent, 'middle'],
    ];
    const list = sides.flatMap(([dx, dy, anchor]) => [candidate.x, ...(candidate.along ?? [])].map((own) => {
      // A centred label near an edge slides inside it, still over its point.
      const x = anchor === 'middle' ? Math.max(bounds.x + width / 2 + 1, Math.min(bounds.x + bounds.width - width / 2 - 1, own)) : own + dx;
      const y = candidate.y + dy;
      return { own, label: { id: candidate.id, text: candidate.text, x, y, anchor, box: textBox(x, y, width, size, anchor) } };
    }));
    options.set(candidate, list);
    return list;
  };

  // Obstacles and the labels placed so far, in buckets over x (an edge bucket takes what lies beyond it too):
  // a label is checked only against what is near it.
  const buckets: Taken[][] = Array.from({ length: Math.ceil(bounds.width / BUCKET) + 1 }, () => []);
  const bucket = (x: number) => Math.max(0, Math.min(buckets.length - 1, Math.floor((x - bounds.x) / BUCKET))) || 0;
  const take = (item: Taken) => {
    for (let b = bucket(Math.min(item.x, item.x + item.width)); b <= bucket(Math.max(item.x, item.x + item.width)); b++) buckets[b].push(item);
  };
  /** What lies in the buckets from x1 to x2, but for the boxes that labels have moved away from, and `except`. */
  const nearby = ([x1, x2]: number[], except?: Taken) => buckets.slice(bucket(x1), bucket(x2) + 1).flat()
    .filter((o) => o !== except && (!o.owner || o.owner.box === o));
  obstacles.forEach(take);
  const widest = obstacles.reduce((max, o) => Math.max(max, o.clearance ?? clearance), clearance);
  /** How far along x anything that could keep this option from its place may lie. */
  const reach = (candidate: LabelCandidate, { own, label: { box } }: Option): [number, number] => {
    const side = Math.max(2, candidate.sideClearance ?? widest);
    // A mark nearer the label than its own point sits within that distance of the label's centre.
    const away = Math.hypot(box.x + box.width / 2 - own, box.y + box.height / 2 - candidate.y);
    return [Math.min(box.x - side, box.x + box.width / 2 - away) - 1, Math.max(box.x + box.width + side, box.x + box.width / 2 + away) + 1];
  };
  const fits = (candidate: LabelCandidate, option: Option, extra?: Box, except?: Taken): boolean => {
    const { own, label: { box } } = option;
    const spaced = (c: number) => {
      const side = candidate.sideClearance ?? c;
      const up = Math.max(c, candidate.clearance ?? 0);
      return { x: box.x - side, y: box.y - up, width: box.width + 2 * side, height: box.height + 2 * up };
    };
    const away = (x: number, y: number) => Math.hypot(box.x + box.width / 2 - x, box.y + box.height / 2 - y);
    const blocks = (other: Obstacle) => {
      if (counter) counter.checks++;
      return other.id && other.id !== candidate.id
        ? boxesOverlap(spaced(other.clearance ?? clearance), other) || (other.mark && away(other.x + other.width / 2, other.y + other.height / 2) <= away(own, candidate.y))
        // Labels and ticks keep a few px apart, their halos included.
        : boxesOverlap(box, other, other.id ? 0.5 : -2);
    };
    const inside = box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
    return inside && !nearby(reach(candidate, option), except).some(blocks) && !(extra && blocks(extra));
  };
  const firstFit = (candidate: LabelCandidate, extra?: Box, except?: Taken) => positions(candidate).find((option) => fits(candidate, option, extra, except))?.label;

  const placed: Placed[] = [];
  const put = (entry: Placed) => {
    take(entry.box = { ...entry.label.box, owner: entry });
  };
  next: for (const candidate of candidates) {
    const label = firstFit(candidate);
    if (label) {
      const entry = { candidate, label, order: placed.length };
      put(entry);
      placed.push(entry);
      continue;
    }
    // No room: move one label already placed to another of its positions, if that leaves room for this one.
    // Only a label near one of this one's positions can be in its way.
    const near = new Set(positions(candidate).flatMap((option) => nearby(reach(candidate, option)).flatMap((o) => (o.owner ? [o.owner] : []))));
    for (const other of [...near].sort((a, b) => a.order - b.order)) {
      for (const option of positions(other.candidate)) {
        const label = fits(other.candidate, option, undefined, other.box) && firstFit(candidate, option.label.box, other.box);
        if (!label) continue;
        other.label = option.label;
        put(other);
        const entry = { candidate, label, order: placed.length };
        put(entry);
        placed.push(entry);
        continue next;
      }
    }
  }
  // A centred label over its own mark and another figure's, unlabelled, on one side only, reads as that one's
  // ("33,287" over Elementa's 32,223), and is left out. With marks on both sides, it is centred on its own.
  const labelled = new Set(placed.map((p) => p.candidate.id));
  return placed.filter(({ candidate: c, label: { x, anchor, box } }) => {
    const under = anchor !== 'middle' ? [] : nearby([x - box.width / 2 - 1, x + box.width / 2 + 1]).filter((o) => {
      if (counter) counter.checks++;
      return !o.owner && o.mark && o.id !== c.id && Math.abs(o.x + o.width / 2 - x) < box.width / 2 && Math.abs(o.y + o.height / 2 - c.y) < c.fontSize;
    });
    const side = (o: Obstacle) => Math.sign(o.x + o.width / 2 - c.x);
    return !under.some((o) => !labelled.has(o.id!) && !under.some((other) => side(other) === -side(o)));
  }).map((p) => p.label);
}
