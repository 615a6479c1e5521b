import { boxesOverlap, textBox, type Box } from './boxes.js';
import { textWidth } from './text.js';

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

/**
 * Places each label (in order of priority) at the first of above, right, left
 * or below its point, then its four corners (each side tried at `x`, then at its `along` points), where it stays inside `bounds` and clear of `obstacles` and
 * of labels already placed. When none is free, one label already placed may move to another of
 * its positions to make room. A label with no free position is left out, never
 * drawn over another: its value stays in the tooltip and the table. It also
 * keeps `clearance` px from the marks of other figures (obstacles with an id;
 * a symbol reaches past its box), so that it does not read as theirs
 * ("25,339 ■ ≥30,000").
 */
export function placeLabels(candidates: LabelCandidate[], obstacles: Obstacle[], bounds: Box, offset = 7, clearance = 5): PlacedLabel[] {
  const positions = (candidate: LabelCandidate): Option[] => {
    const width = textWidth(candidate.text, candidate.fontSize, candidate.bold);
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
    return sides.flatMap(([dx, dy, anchor]) => [candidate.x, ...(candidate.along ?? [])].map((own) => {
      // A centred label near an edge slides inside it, still over its point.
      const x = anchor === 'middle' ? Math.max(bounds.x + width / 2 + 1, Math.min(bounds.x + bounds.width - width / 2 - 1, own)) : own + dx;
      const y = candidate.y + dy;
      return { own, label: { id: candidate.id, text: candidate.text, x, y, anchor, box: textBox(x, y, width, size, anchor) } };
    }));
  };
  const fits = (candidate: LabelCandidate, { own, label: { box } }: Option, taken: Obstacle[]): boolean => {
    const spaced = (c: number) => {
      const side = candidate.sideClearance ?? c;
      const up = Math.max(c, candidate.clearance ?? 0);
      return { x: box.x - side, y: box.y - up, width: box.width + 2 * side, height: box.height + 2 * up };
    };
    const away = (x: number, y: number) => Math.hypot(box.x + box.width / 2 - x, box.y + box.height / 2 - y);
    const inside = box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
    return inside && !taken.some((other) => other.id && other.id !== candidate.id
      ? boxesOverlap(spaced(other.clearance ?? clearance), other) || (other.mark && away(other.x + other.width / 2, other.y + other.height / 2) <= away(own, candidate.y))
      // Labels and ticks keep a few px apart, their halos included.
      : boxesOverlap(box, other, other.id ? 0.5 : -2));
  };
  const firstFit = (candidate: LabelCandidate, taken: Obstacle[]) => positions(candidate).find((option) => fits(candidate, option, taken))?.label;

  const placed: { candidate: LabelCandidate; label: PlacedLabel }[] = [];
  next: for (const candidate of candidates) {
    const label = firstFit(candidate, [...obstacles, ...placed.map((p) => p.label.box)]);
    if (label) {
      placed.push({ candidate, label });
      continue;
    }
    // No room: move one label already placed to another of its positions, if that leaves room for this one.
    for (const other of placed) {
      const others = [...obstacles, ...placed.filter((p) => p !== other).map((p) => p.label.box)];
      for (const option of positions(other.candidate)) {
        const label = fits(other.candidate, option, others) && firstFit(candidate, [...others, option.label.box]);
        if (!label) continue;
        other.label = option.label;
        placed.push({ candidate, label });
        continue next;
      }
    }
  }
  // A centred label over its own mark and another figure's, unlabelled, on one side only, reads as that one's
  // ("33,287" over Elementa's 32,223), and is left out. With marks on both sides, it is centred on its own.
  const labelled = placed.map((p) => p.candidate.id);
  return placed.filter(({ candidate: c, label: { x, anchor, box } }) => {
    const under = obstacles.filter((o) => anchor === 'middle' && o.mark && o.id !== c.id
      && Math.abs(o.x + o.width / 2 - x) < box.width / 2 && Math.abs(o.y + o.height / 2 - c.y) < c.fontSize);
    const side = (o: Obstacle) => Math.sign(o.x + o.width / 2 - c.x);
    return !under.some((o) => !labelled.includes(o.id!) && !under.some((other) => side(other) === -side(o)));
  }).map((p) => p.label);
}
