import type { Box } from './boxes.js';
import type { FrameSizes } from './layout.js';

/** One square of a 10 × 10 waffle: `fill` is the filled share of it, 0 to 1. */
export interface WaffleCell extends Box {
  fill: number;
}

export interface WafflePanelInput {
  id: string;
  heading: string;
  /** "about", "cerca de": set at the heading's size before the number, which it would otherwise shrink. */
  qualifierText?: string;
  valueText: string;
  /** Percentage, 0–100: one cell per percentage point. */
  percent: number;
}

export interface WafflePanel extends WafflePanelInput {
  box: Box;
  headingY: number;
  valueY: number;
  headingLines: string[];
  /** Where the qualifier has a line of its own: its baseline. */
  qualifierY?: number;
  cells: WaffleCell[];
}

export interface WaffleLayout {
  width: number;
  height: number;
  panels: WafflePanel[];
  cellSize: number;
  valueSize: number;
}

/**
 * `maxCell`: 44 px squares make two waffles about 460 px tall at 1000 px, as tall as a
 * graphic can stand beside its text; `minCell`: below 10 px a square reads as a dot.
 */
export const waffleDefaults = { columns: 10, rows: 10, maxCell: 44, minCell: 10, cellGap: 2, panelGap: 32, headingSize: 14, valueSize: 28 };

/**
 * 10 × 10 waffles in equal columns across the whole width, as many side by side
 * as keep a square at least `minCell` px, in rows as even as they can be (five
 * waffles: three and two, aligned to the columns above); one cell per
 * percentage point, filled from the bottom row up so that levels compare at a
 * glance; a fractional point fills part of its cell. Each waffle grows to fill
 * its column, up to `maxCell` px squares.
 */
export function layoutWaffles(inputs: WafflePanelInput[], sizes: FrameSizes): WaffleLayout {
  const { columns, rows, maxCell, minCell, cellGap, panelGap, headingSize } = waffleDefaults;
  const baseValueSize = sizes.compact ? 22 : waffleDefaults.valueSize;
  const between = sizes.compact ? panelGap / 2 : panelGap;
  const cellFor = (perRow: number) => {
    const panelWidth = (sizes.width - between * (perRow - 1)) / perRow;
    return { panelWidth, cellSize: Math.min(maxCell, Math.floor((panelWidth - cellGap * (columns - 1)) / columns)) };
  };
  let fit = Math.max(1, inputs.length);
  while (fit > 1 && cellFor(fit).cellSize < minCell) fit--;
  const panelRows = Math.ceil(inputs.length / fit);
  const perRow = Math.ceil(inputs.length / panelRows);
  // Each waffle at the start of its column, so that the columns of every row line up.
  const { panelWidth, cellSize } = cellFor(perRow);
  const gridWidth = cellSize * columns + cellGap * (columns - 1);
  const qualifierWidth = (input: WafflePanelInput) => (input.qualifierText ? sizes.measure.width(`${input.qualifierText} `, headingSize, true) : 0);
  const scaleToFit = (room: (input: WafflePanelInput) => number) => Math.min(...inputs.map((input) => room(input) / sizes.measure.width(`${input.valueText}0`, baseValueSize, true)));
  // A qualifier goes on a line of its own above the number where beside it the number would have to shrink.
  const qualifierAbove = inputs.some((input) => input.qualifierText) && scaleToFit((input) => panelWidth - qualifierWidth(input)) < 1;
  // The big number shrinks (not below 14 px) until the widest one fits its panel.
  const scale = scaleToFit((input) => panelWidth - (qualifierAbove ? 0 : qualifierWidth(input)));
  const valueSize = Math.max(14, Math.min(baseValueSize, Math.floor(baseValueSize * scale)));
  const gridHeight = cellSize * rows + cellGap * (rows - 1);
  const lineHeight = Math.round(headingSize * 1.3);
  const headingLines = inputs.map((input) => sizes.measure.wrap(input.heading, Math.max(gridWidth, panelWidth), headingSize, 2, true));
  const headingBlock = Math.max(...headingLines.map((lines) => lines.length)) * lineHeight;
  // The big number's ascent: room under the heading.
  // A qualifier on a line of its own keeps a gap from the heading, so it reads with the number below it and not as more heading.
  const qualifierGap = 5;
  const valueTop = headingBlock + (qualifierAbove ? qualifierGap + lineHeight : 0) + Math.round(valueSize * 0.35);
  const headerHeight = valueTop + valueSize + 10;
  const panelHeight = headerHeight + gridHeight;

  const panels = inputs.map((input, i): WafflePanel => {
    const column = i % perRow;
    const row = Math.floor(i / perRow);
    const x = column * (panelWidth + between);
    const y = row * (panelHeight + panelGap);
    const cells: WaffleCell[] = [];
    for (let k = 0; k < columns * rows; k++) {
      const cellRow = rows - 1 - Math.floor(k / columns);
      const cellColumn = k % columns;
      cells.push({
        x: x + cellColumn * (cellSize + cellGap), y: y + headerHeight + cellRow * (cellSize + cellGap),
        width: cellSize, height: cellSize,
        fill: Math.max(0, Math.min(1, input.percent - k)),
      });
    }
    return {
      ...input, cells, headingLines: headingLines[i],
      box: { x, y, width: Math.max(gridWidth, qualifierWidth(input), (qualifierAbove ? 0 : qualifierWidth(input)) + sizes.measure.width(input.valueText, valueSize, true)), height: panelHeight },
      headingY: y + headingSize, valueY: y + valueTop + valueSize * 0.85,
      qualifierY: qualifierAbove ? y + headingSize + headingBlock + qualifierGap : undefined,
    };
  });
  return { width: sizes.width, height: panelRows * panelHeight + (panelRows - 1) * panelGap, panels, cellSize, valueSize };
}

/**
 * The cells as one SVG path, each cell's `share` (0–1) of it from the left:
 * drawn as two paths per waffle, not two hundred rects, which cost the page a
 * node and Lit a template each.
 */
export function cellsPath(cells: WaffleCell[], share: (cell: WaffleCell) => number): string {
  return cells.map((cell) => {
    const width = Math.round(cell.width * share(cell) * 100) / 100;
    return width > 0 ? `M${cell.x} ${cell.y}h${width}v${cell.height}h${-width}z` : '';
  }).join('');
}
