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

/**
 * Something a label must keep clear of; `id` names the figure it draws, whose own label may come closer.
 * `clearance` overrides placeLabels' own for this obstacle.
 */
export type Obstacle = Box & { id?: string; clearance?: number };

/**
 * Places each label (in order of priority) at the first of above, right, left
 * or below its point (each side tried at `x`, then at its `along` points) where it stays inside `bounds` and clear of `obstacles` and
 * of labels already placed. A label with no free position is left out, never
 * drawn over another: its value stays in the tooltip and the table. It also
 * keeps `clearance` px from the marks of other figures (obstacles with an id;
 * a symbol reaches past its box), so that it does not read as theirs
 * ("25,339 ■ ≥30,000").
 */
export function placeLabels(candidates: LabelCandidate[], obstacles: Obstacle[], bounds: Box, offset = 7, clearance = 5): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Obstacle[] = [...obstacles];
  for (const candidate of candidates) {
    const width = textWidth(candidate.text, candidate.fontSize, candidate.bold);
    const size = candidate.fontSize;
    const xs = [candidate.x, ...(candidate.along ?? [])];
    const sides: ((x: number) => [number, number, Anchor])[] = [
      (x) => [x, candidate.y - offset, 'middle'],
      (x) => [x + offset, candidate.y + size * 0.35, 'start'],
      (x) => [x - offset, candidate.y + size * 0.35, 'end'],
      (x) => [x, candidate.y + offset + size * 0.8, 'middle'],
    ];
    const options = sides.flatMap((side) => xs.map(side));
    for (const [x, y, anchor] of options) {
      const box = textBox(x, y, width, size, anchor);
      const inside = box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
      const spaced = (c: number) => {
        const side = candidate.sideClearance ?? c;
        return { x: box.x - side, y: box.y - c, width: box.width + 2 * side, height: box.height + 2 * c };
      };
      if (!inside || taken.some((other) => boxesOverlap(other.id && other.id !== candidate.id ? spaced(other.clearance ?? clearance) : box, other))) continue;
      placed.push({ id: candidate.id, text: candidate.text, x, y, anchor, box });
      taken.push(box);
      break;
    }
  }
  return placed;
}
