import type { Box } from './boxes.js';
import type { FrameSizes } from './layout.js';
import { classBreaks, classOf } from './scale/classes.js';
import { stateShortName } from './state-names.js';
import type { TextMeasure } from './text.js';

/**
 * Each state's tile, [column, row] on an 8 × 6 grid with the north-west at
 * 0, 0: one equal tile per state, so that Mexico City, Tlaxcala and Morelos
 * read as well as Chihuahua. Neighbours stay roughly where readers expect
 * them: the Baja California peninsula down the left, the border states along
 * the top, the centre around Mexico City, the Yucatán peninsula bottom right.
 */
export const TILE_GRID: Readonly<Record<string, readonly [number, number]>> = {
  'MX-BCN': [0, 0], 'MX-SON': [1, 0], 'MX-CHH': [2, 0], 'MX-COA': [3, 0], 'MX-NLE': [4, 0],
  'MX-BCS': [0, 1], 'MX-SIN': [1, 1], 'MX-DUR': [2, 1], 'MX-ZAC': [3, 1], 'MX-SLP': [4, 1], 'MX-TAM': [5, 1],
  'MX-NAY': [1, 2], 'MX-AGU': [2, 2], 'MX-GUA': [3, 2], 'MX-QUE': [4, 2], 'MX-HID': [5, 2],
  'MX-JAL': [1, 3], 'MX-MIC': [2, 3], 'MX-MEX': [3, 3], 'MX-CMX': [4, 3], 'MX-TLA': [5, 3], 'MX-VER': [6, 3],
  'MX-COL': [1, 4], 'MX-GRO': [2, 4], 'MX-MOR': [3, 4], 'MX-PUE': [4, 4], 'MX-OAX': [5, 4], 'MX-TAB': [6, 4], 'MX-YUC': [7, 4],
  'MX-CHP': [5, 5], 'MX-CAM': [6, 5], 'MX-ROO': [7, 5],
};

export const tileMapDefaults = {
  columns: 8,
  rows: 6,
  /** The largest tile: at 1,000 px the map is 8 × 64 px wide, a graphic rather than a wall. */
  maxTile: 64,
  gap: 2,
  /** Classes the colour ramp tells apart, at most: with breaks of 1, 2 or 5 times a power of ten, five would often leave three. */
  maxClasses: 6,
  /** Shades in the ramp (the view's styles): fewer classes take shades spread across it. */
  shades: 6,
  labelSize: 12,
  /** A tile at least this big carries its value under its name. */
  valueTile: 48,
  /** Room around a tile's text. */
  inset: 3,
  swatchHeight: 12,
  /** Between the key's class swatches and the break under each boundary. */
  breakGap: 4,
  /** Space between the key's two entries, and under the key. */
  keyGap: 14,
};

/** A state's value, as the map colours and writes it. */
export interface TileValue {
  /** ISO 3166-2:MX code: MX-MIC. */
  code: string;
  value: number;
  /** The value as a tile writes it: a number and nothing else. */
  valueText: string;
}

export interface TileMapInput {
  values: TileValue[];
  /** A break as the key writes it: 100, 10%. */
  breakText: (value: number) => string;
  /** The key's words for the states without a value: "No data", or the group the source does not break down. */
  missingText: string;
}

export interface MapTile {
  code: string;
  column: number;
  row: number;
  /** The tile, in chart coordinates. */
  box: Box;
  /** The state's short name, or its code where names do not fit; empty where not even the codes fit. */
  name: string;
  /** Whether the name is bold: where even the codes are tight (a phone's 280 px), they are set in the regular weight. */
  bold: boolean;
  nameY: number;
  /** For a state with a value: the value, its class and the shade of the ramp that draws it. */
  value?: TileValue & { step: number; shade: number; textY?: number };
  /** Index (in `tiles`) of the nearest tile above and below, for the arrow keys. */
  up?: number;
  down?: number;
}

export interface MapKey {
  /** One swatch per class, side by side, with the breaks under their boundaries. */
  swatches: (Box & { shade: number })[];
  breaks: { x: number; text: string }[];
  breakY: number;
  /** The entry for the states without a value: a tile-like square and its words. */
  missing?: { swatch: Box; lines: string[]; x: number; y: number; lineHeight: number; box: Box };
}

export interface TileMapLayout {
  width: number;
  height: number;
  labelSize: number;
  /** Round class breaks, lowest first: a value v is in class i when breaks[i] ≤ v < breaks[i + 1] (the top class holds its top). */
  breaks: number[];
  key: MapKey;
  /** Every state's tile, in geographic order: row by row from the north-west, west to east. */
  tiles: MapTile[];
}

/** The shade of the ramp for class `step` of `classes`: spread across the ramp, so that three classes differ as much as five. */
export function shadeOf(step: number, classes: number, shades: number = tileMapDefaults.shades): number {
  return classes < 2 ? Math.floor(shades / 2) : Math.round((step * (shades - 1)) / (classes - 1));
}

/** The geographic order of the states: row by row from the north-west. */
export function geographicOrder(): string[] {
  return Object.keys(TILE_GRID).sort((a, b) => TILE_GRID[a][1] - TILE_GRID[b][1] || TILE_GRID[a][0] - TILE_GRID[b][0]);
}

/** The nearest tile in the rows past `row` in direction `dir` (the closest row first, then the closest column, westward on a tie). */
function nearestAcross(tiles: { column: number; row: number }[], at: number, dir: 1 | -1): number | undefined {
  const { column, row } = tiles[at];
  const distance = (t: { column: number; row: number }) => (t.row - row) * dir;
  let best: number | undefined;
  tiles.forEach((tile, i) => {
    if (distance(tile) <= 0) return;
    const b = best === undefined ? undefined : tiles[best];
    const closer = !b || distance(tile) < distance(b)
      || (distance(tile) === distance(b) && Math.abs(tile.column - column) < Math.abs(b.column - column));
    if (closer) best = i;
  });
  return best;
}

/** The key above the map: the class swatches with the breaks under them, and the entry for states without a value. */
function layOutKey(breaks: number[], input: TileMapInput, width: number, withMissing: boolean, measure: TextMeasure): { key: MapKey; height: number } | undefined {
  const { labelSize, swatchHeight, breakGap, keyGap } = tileMapDefaults;
  const texts = breaks.map(input.breakText);
  const widths = texts.map((text) => measure.width(text, labelSize));
  // Each swatch wider than any break, so that neighbouring breaks never touch.
  const swatchWidth = Math.max(36, Math.ceil(Math.max(...widths)) + 8);
  const x0 = Math.ceil(widths[0] / 2);
  const barEnd = x0 + swatchWidth * (breaks.length - 1);
  if (barEnd + widths[widths.length - 1] / 2 > width) return undefined;
  const swatches = breaks.slice(1).map((_, i) => ({ x: x0 + i * swatchWidth, y: 0, width: swatchWidth, height: swatchHeight, shade: shadeOf(i, breaks.length - 1) }));
  const breakY = swatchHeight + breakGap + labelSize;
  const bandHeight = breakY + 4;
  const key: MapKey = { swatches, breaks: texts.map((text, i) => ({ x: x0 + i * swatchWidth, text })), breakY };
  if (!withMissing) return { key, height: bandHeight };
  const lineHeight = Math.round(labelSize * 1.3);
  const size = swatchHeight;
  // Beside the swatches where the words fit in two lines, else on a line of their own under them.
  const besideX = barEnd + widths[widths.length - 1] / 2 + keyGap;
  const beside = width - besideX - size - 6 >= 140 ? measure.wrap(input.missingText, width - besideX - size - 6, labelSize, 2) : undefined;
  const fits = beside && beside.length <= 2 && !beside.some((line) => line.endsWith('…'));
  const x = fits ? besideX : 0;
  const y = fits ? 0 : bandHeight + 6;
  const lines = fits ? beside : measure.wrap(input.missingText, width - size - 6, labelSize, 4);
  const textWidthUsed = Math.max(...lines.map((line) => measure.width(line, labelSize)));
  key.missing = {
    swatch: { x, y, width: size, height: size },
    lines, x: x + size + 6, y: y + labelSize - 1, lineHeight,
    box: { x, y, width: size + 6 + textWidthUsed, height: Math.max(size, lines.length * lineHeight) },
  };
  return { key, height: Math.max(bandHeight, y + lines.length * lineHeight) };
}

/**
 * Lays out a tile-grid map of the 32 states for `sizes.width`: the key (class
 * swatches with round breaks, and the entry for states without a value), then
 * one equal tile per state with its short name, and its value where the tile
 * has room. Tiles come in geographic order, each with its neighbours above and
 * below for the arrow keys.
 */
export function layOutTileMap(input: TileMapInput, sizes: FrameSizes): TileMapLayout {
  const { columns, rows, maxTile, gap, labelSize, valueTile, inset, keyGap } = tileMapDefaults;
  const width = sizes.width;
  const byCode = new Map(input.values.map((v) => [v.code, v]));
  const withMissing = geographicOrder().some((code) => !byCode.has(code));
  // As many classes as the key has room for: long breaks on a phone take fewer.
  let breaks = classBreaks(input.values.map((v) => v.value), tileMapDefaults.maxClasses);
  let keyed = layOutKey(breaks, input, width, withMissing, sizes.measure);
  for (let most = breaks.length - 2; !keyed && most >= 1; most--) {
    breaks = classBreaks(input.values.map((v) => v.value), most);
    keyed = layOutKey(breaks, input, width, withMissing, sizes.measure);
  }
  const { key, height: keyHeight } = keyed ?? layOutKey(breaks, input, Infinity, withMissing, sizes.measure)!;
  const pitch = Math.min(maxTile + gap, Math.floor((width + gap) / columns));
  const size = pitch - gap;
  const top = Math.ceil(keyHeight + keyGap);

  const order = geographicOrder();
  const room = size - 2 * inset;
  const fit = (name: (code: string) => string, bold: boolean, space = room) => order.every((code) => sizes.measure.width(name(code), labelSize, bold) <= space);
  const isoCode = (code: string) => code.replace(/^MX-/, '');
  const shortNames = fit(stateShortName, true);
  const bold = shortNames || fit(isoCode, true);
  // In a wide typeface on the narrowest screens even the codes may not fit: then the tiles go unnamed
  // (their names are in the tooltips and the table) rather than names running into one another.
  const named = bold || fit(isoCode, false, size - 2);
  const withValues = size >= valueTile && input.values.every((v) => sizes.measure.width(v.valueText, labelSize) <= room);
  const classes = breaks.length - 1;
  const tiles: MapTile[] = order.map((code) => {
    const [column, row] = TILE_GRID[code];
    const box = { x: column * pitch, y: top + row * pitch, width: size, height: size };
    const given = byCode.get(code);
    const middle = box.y + size / 2;
    const twoLines = withValues && given !== undefined;
    // Two lines 1.5 em apart: a serif's line box is about 1.4 em tall.
    const value = given && { ...given, step: classOf(given.value, breaks), shade: 0, textY: twoLines ? Math.round(middle + labelSize + 2) : undefined };
    if (value) value.shade = shadeOf(value.step, classes);
    return {
      code, column, row, box,
      name: !named ? '' : shortNames ? stateShortName(code) : isoCode(code),
      bold,
      // A cap height's worth under the middle centres one line; two lines sit either side of it.
      nameY: Math.round(twoLines ? middle - 4 : middle + labelSize * 0.36),
      value,
    };
  });
  tiles.forEach((tile, i) => {
    tile.up = nearestAcross(tiles, i, -1);
    tile.down = nearestAcross(tiles, i, 1);
  });
  return { width, height: top + rows * pitch - gap, labelSize, breaks, key, tiles };
}
