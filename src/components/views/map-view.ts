import { css, svg, type SVGTemplateResult } from 'lit';
import { formatFigure, formatTick } from '../../chart/format.js';
import type { FrameSizes } from '../../chart/layout.js';
import type { Lang } from '../../chart/locale.js';
import { MAP_MESSAGES, summarizeMap } from '../../chart/map-messages.js';
import type { Messages } from '../../chart/messages.js';
import { placeName } from '../../chart/places.js';
import { stateCodes, stateResolver } from '../../chart/state-names.js';
import { layOutTileMap } from '../../chart/tile-map.js';
import { closestMatches } from '../../data/closest.js';
import type { StateNames } from '../../data/custom-data.js';
import type { Figure } from '../../data/types.js';
import type { ChartMark } from '../frame/chart-types.js';
import { darkMap } from './dark-map.styles.js';

/**
 * The map's styles, adopted by a chart's shadow root when it first draws a map.
 * The ramp darkens with the value on a light background (lightens on a dark
 * one): one hue, purple, away from the red of the highlight, whose order reads
 * in every kind of colour vision and in greyscale; each shade 3:1 against the
 * background and 1.3:1 against the next for all of them, and a tile's words
 * 4.5:1 on it.
 */
export const styles = css`
  :host {
    --_map-0: var(--cifras-map-1, #a079cc);
    --_map-1: var(--cifras-map-2, #8860b8);
    --_map-2: var(--cifras-map-3, #714aa2);
    --_map-3: var(--cifras-map-4, #593788);
    --_map-4: var(--cifras-map-5, #402669);
    --_map-5: var(--cifras-map-6, #24133f);
    --_map-ink-0: #1d1d1f;
    --_map-ink: #ffffff;
  }
  :host([theme='dark']), :host(:state(page-dark)) { ${darkMap} }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) { ${darkMap} }
  }
  .map-0 { --_tile: var(--_map-0); --_ink: var(--_map-ink-0); }
  .map-1 { --_tile: var(--_map-1); --_ink: var(--_map-ink); }
  .map-2 { --_tile: var(--_map-2); --_ink: var(--_map-ink); }
  .map-3 { --_tile: var(--_map-3); --_ink: var(--_map-ink); }
  .map-4 { --_tile: var(--_map-4); --_ink: var(--_map-ink); }
  .map-5 { --_tile: var(--_map-5); --_ink: var(--_map-ink); }
  .visual .tile-fill, .visual .class-swatch { fill: var(--_tile); }
  .visual .tile text { fill: var(--_ink); text-anchor: middle; }
  .visual .tile-name.bold { font-weight: 700; }
  .visual .tile-value { font-variant-numeric: tabular-nums; }
  /* A state without a value of its own: outlined and lightly hatched on the background, never a pale shade of the ramp. */
  .visual .missing .tile-fill, .visual .missing-swatch { fill: url(#cifras-map-missing); stroke: var(--_muted); stroke-width: 1px; }
  /* Its name recedes (muted, regular) behind the states with a value, and keeps 4.5:1 over the hatching on its halo. */
  .visual .tile.missing text { fill: var(--_muted); font-weight: 400; paint-order: stroke; stroke: var(--_canvas); stroke-width: 3px; stroke-linejoin: round; }
  .map-missing line { stroke: var(--_rule); stroke-width: 1.5px; }
  .visual .tile.highlight .tile-fill { stroke: var(--_text); stroke-width: 2.5px; }
  .visual .map-key .break { fill: var(--_muted); font-variant-numeric: tabular-nums; text-anchor: middle; }
  .visual .map-key .missing-key { fill: var(--_text); }
  /* Colour is the map's meaning: the tiles keep it in a forced palette; the words around them take the system's. */
  @media (forced-colors: active) {
    .tile-map { forced-color-adjust: none; }
    .visual .map-key .break, .visual .map-key .missing-key, .visual .tile.missing text { fill: CanvasText; stroke: Canvas; }
    .visual .missing .tile-fill, .visual .missing-swatch { stroke: CanvasText; }
  }
`;

/** A map ready to stack with other panels: its height, drawing and marks in its own coordinates, and what its summary says. */
export interface MapPanel {
  height: number;
  visual: SVGTemplateResult;
  marks: ChartMark[];
  /** The top states and the range (for a chart that is all map), then the states without a value. */
  summary: { values: string; missing: string };
}

/** The geography of "the other states", which a source gives only as a total. */
const OTHER_STATES = 'MX-other';

/**
 * The states of `figures` as a tile map: each figure with a state's geography
 * coloured by its class; a figure for the other states together marks every
 * state it does not name as not broken down by the source, with the group's
 * total in the key; without one, those states have no data. Marks come in
 * geographic order, the group's own mark (its key entry) last.
 */
export function renderMapPanel(figures: Figure[], lang: Lang, t: Messages, sizes: FrameSizes, highlight?: (figure: Figure) => boolean): MapPanel {
  const words = MAP_MESSAGES[lang];
  const group = figures.find((f) => f.geography === OTHER_STATES);
  const byState = new Map(figures.filter((f) => f !== group).map((f) => [f.geography, f]));
  const unit = figures[0]?.unit ?? 'count';
  const missingStates = stateCodes().length - byState.size;
  const groupTotal = group && formatFigure(group, lang);
  const layout = layOutTileMap({
    values: [...byState].map(([code, f]) => ({ code, value: f.value, valueText: formatTick(f.value, f.unit, lang) })),
    breakText: (value) => formatTick(value, unit, lang),
    missingText: groupTotal ? words.groupKey(groupTotal, missingStates) : words.noData,
  }, sizes);
  const { key, labelSize } = layout;
  const marks: ChartMark[] = layout.tiles.map((tile, i) => {
    const figure = byState.get(tile.code);
    const common = { label: placeName(tile.code, lang), hit: tile.box, place: tile.code, up: tile.up ?? i, down: tile.down ?? i };
    if (figure) return { ...common, figure };
    return { ...common, figure: group, instead: groupTotal ? words.groupTile(groupTotal, missingStates) : words.tileNoData };
  });
  if (group && key.missing) marks.push({ figure: group, label: t.otherStates, hit: key.missing.box });
  const missing = key.missing;
  const visual = svg`<g class="tile-map">
    <defs><pattern id="cifras-map-missing" class="map-missing" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6"></line></pattern></defs>
    <g class="map-key" font-size=${labelSize}>
      ${key.swatches.map((s) => svg`<rect class="class-swatch map-${s.shade}" x=${s.x} y=${s.y} width=${s.width} height=${s.height}></rect>`)}
      ${key.breaks.map((b) => svg`<text class="break" x=${b.x} y=${key.breakY}>${b.text}</text>`)}
      ${missing ? svg`<rect class="missing-swatch" x=${missing.swatch.x + 0.5} y=${missing.swatch.y + 0.5} width=${missing.swatch.width - 1} height=${missing.swatch.height - 1}></rect>
        <text class="missing-key" y=${missing.y}>${missing.lines.map((line, i) => svg`<tspan x=${missing.x} dy=${i ? missing.lineHeight : 0}>${line}</tspan>`)}</text>` : ''}
    </g>
    ${layout.tiles.map((tile, i) => {
      const figure = marks[i].instead ? undefined : marks[i].figure;
      const centre = tile.box.x + tile.box.width / 2;
      return svg`<g class="tile ${tile.value ? `map-${tile.value.shade}` : 'missing'} ${figure && highlight?.(figure) ? 'highlight' : ''}" data-place=${tile.code} font-size=${labelSize}>
        <rect class="tile-fill" x=${tile.box.x + 0.5} y=${tile.box.y + 0.5} width=${tile.box.width - 1} height=${tile.box.height - 1} rx="2"></rect>
        ${tile.name ? svg`<text class="tile-name ${tile.bold ? 'bold' : ''}" x=${centre} y=${tile.nameY}>${tile.name}</text>` : ''}
        ${tile.value?.textY ? svg`<text class="tile-value" x=${centre} y=${tile.value.textY}>${tile.value.valueText}</text>` : ''}
      </g>`;
    })}
  </g>`;
  const values = summarizeMap([...byState].map(([code, f]) => ({ label: placeName(code, lang), value: f.value, text: formatFigure(f, lang) })), lang);
  const missingSummary = !missingStates ? '' : groupTotal ? words.grouped(groupTotal, missingStates) : words.missing(missingStates);
  return { height: layout.height, visual, marks, summary: { values, missing: missingSummary } };
}

/** How a map reads the states a developer's rows name (custom-data.ts `placeStates` takes it). */
export function stateNames(): StateNames {
  const name = (code: string) => placeName(code, 'es');
  return { code: stateResolver(), name, closest: (label) => closestMatches(label, stateCodes().map(name)) };
}
