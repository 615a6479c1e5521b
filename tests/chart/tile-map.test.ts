import { expect } from '@open-wc/testing';
import { frameSizes } from '../../src/chart/layout.js';
import { placeName } from '../../src/chart/places.js';
import { stateCodes, stateResolver, stateShortName } from '../../src/chart/state-names.js';
import { classBreaks, classOf } from '../../src/chart/scale/classes.js';
import { geographicOrder, layOutTileMap, shadeOf, TILE_GRID, tileMapDefaults } from '../../src/chart/tile-map.js';
import { canvasMeasurer } from '../../src/components/frame/measure-text.js';
import { textMeasure } from '../../src/chart/text.js';
import { CustomDataError, checkCustomData, placeStates } from '../../src/data/custom-data.js';
import { stateNames } from '../../src/components/views/map-view.js';

/** Roughly the middle of each state (longitude, latitude), to check the grid against the map readers know. */
const CENTRES: Record<string, [number, number]> = {
  BCN: [-115.1, 30.5], BCS: [-111.9, 25.9], SON: [-110.6, 29.6], CHH: [-106.0, 28.8], COA: [-102.0, 27.3], NLE: [-99.9, 25.6],
  TAM: [-98.6, 24.0], SIN: [-107.5, 25.0], DUR: [-104.9, 24.9], ZAC: [-102.9, 23.3], SLP: [-100.4, 22.6], NAY: [-104.8, 21.8],
  AGU: [-102.3, 22.0], JAL: [-103.6, 20.6], GUA: [-101.0, 21.0], QUE: [-99.9, 20.9], HID: [-98.9, 20.5], VER: [-96.4, 19.4],
  COL: [-103.9, 19.1], MIC: [-101.9, 19.2], MEX: [-99.6, 19.4], CMX: [-99.1, 19.4], TLA: [-98.2, 19.4], PUE: [-97.9, 19.0],
  MOR: [-99.1, 18.7], GRO: [-100.0, 17.6], OAX: [-96.4, 17.0], CHP: [-92.5, 16.5], TAB: [-92.6, 18.0], CAM: [-90.4, 19.0],
  YUC: [-89.1, 20.7], ROO: [-88.0, 19.6],
};

/** Spearman's rank correlation of two lists. */
function rankCorrelation(a: number[], b: number[]): number {
  const ranks = (xs: number[]) => {
    const sorted = [...xs].sort((x, y) => x - y);
    return xs.map((x) => (sorted.indexOf(x) + sorted.lastIndexOf(x)) / 2);
  };
  const [ra, rb] = [ranks(a), ranks(b)];
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const [ma, mb] = [mean(ra), mean(rb)];
  const cov = ra.reduce((s, x, i) => s + (x - ma) * (rb[i] - mb), 0);
  return cov / Math.sqrt(ra.reduce((s, x) => s + (x - ma) ** 2, 0) * rb.reduce((s, x) => s + (x - mb) ** 2, 0));
}

const values = [
  { code: 'MX-TAM', value: 328, valueText: '328' }, { code: 'MX-MIC', value: 103, valueText: '103' },
  { code: 'MX-ZAC', value: 45, valueText: '45' }, { code: 'MX-GRO', value: 22, valueText: '22' },
  { code: 'MX-GUA', value: 18, valueText: '18' }, { code: 'MX-BCN', value: 13, valueText: '13' },
];
// The browser's own measurement, as a chart lays out with.
const measure = canvasMeasurer('sans-serif');
const input = { values, breakText: String, missingText: 'Not broken down by the source: 227 in the other 26 states' };

describe('the tile grid of the states', () => {
  it('has one tile for each of the 32 states, each in a cell of its own inside the grid', () => {
    const codes = Object.keys(TILE_GRID);
    expect(codes).to.have.length(32);
    expect([...codes].sort()).to.deep.equal([...stateCodes()].sort());
    const cells = Object.values(TILE_GRID).map(([column, row]) => `${column},${row}`);
    expect(new Set(cells).size, 'two tiles in one cell').to.equal(32);
    for (const [column, row] of Object.values(TILE_GRID)) {
      expect(column).to.be.within(0, tileMapDefaults.columns - 1);
      expect(row).to.be.within(0, tileMapDefaults.rows - 1);
    }
  });

  it('keeps the states where readers expect them: west to east and north to south, Mexico City among its neighbours', () => {
    const codes = Object.keys(TILE_GRID);
    const centre = (code: string) => CENTRES[code.replace('MX-', '')];
    expect(rankCorrelation(codes.map((c) => TILE_GRID[c][0]), codes.map((c) => centre(c)[0])), 'columns follow longitude').to.be.above(0.85);
    expect(rankCorrelation(codes.map((c) => TILE_GRID[c][1]), codes.map((c) => -centre(c)[1])), 'rows follow latitude').to.be.above(0.85);
    const touches = (a: string, b: string) => Math.max(Math.abs(TILE_GRID[a][0] - TILE_GRID[b][0]), Math.abs(TILE_GRID[a][1] - TILE_GRID[b][1])) === 1;
    for (const neighbour of ['MX-MEX', 'MX-MOR', 'MX-TLA']) expect(touches('MX-CMX', neighbour), `Mexico City beside ${neighbour}`).to.equal(true);
    for (const [a, b] of [['MX-BCN', 'MX-BCS'], ['MX-BCN', 'MX-SON'], ['MX-YUC', 'MX-ROO'], ['MX-YUC', 'MX-CAM'], ['MX-JAL', 'MX-COL'], ['MX-MIC', 'MX-GRO'], ['MX-OAX', 'MX-CHP']]) {
      expect(touches(a, b), `${a} beside ${b}`).to.equal(true);
    }
  });

  it('orders the tiles geographically, row by row from the north-west', () => {
    const order = geographicOrder();
    expect(order.slice(0, 5)).to.deep.equal(['MX-BCN', 'MX-SON', 'MX-CHH', 'MX-COA', 'MX-NLE']);
    expect(order[order.length - 1]).to.equal('MX-ROO');
    for (let i = 1; i < order.length; i++) {
      const [[c0, r0], [c1, r1]] = [TILE_GRID[order[i - 1]], TILE_GRID[order[i]]];
      expect(r1 > r0 || (r1 === r0 && c1 > c0), `${order[i - 1]} before ${order[i]}`).to.equal(true);
    }
  });

  for (const width of [280, 320, 640, 1000, 1200]) {
    it(`lays out 32 equal tiles, the key above them, inside ${width} px`, () => {
      const { width: textWidth } = textMeasure(measure);
      const layout = layOutTileMap(input, frameSizes(width, measure));
      expect(layout.tiles.map((t) => t.code)).to.deep.equal(geographicOrder());
      const [first] = layout.tiles;
      // Small states read as well as large ones: one size, and a tap target at least 24 px.
      for (const tile of layout.tiles) {
        expect([tile.box.width, tile.box.height]).to.deep.equal([first.box.width, first.box.height]);
        expect(tile.box.x + tile.box.width).to.be.at.most(width);
      }
      expect(first.box.width).to.be.at.least(24);
      expect(layout.tiles.every((t) => t.name), 'every tile named').to.equal(true);
      // Every tile's words fit inside it.
      for (const tile of layout.tiles) {
        expect(textWidth(tile.name, layout.labelSize, tile.bold), tile.name).to.be.at.most(tile.box.width - 2);
        if (tile.value?.textY) expect(textWidth(tile.value.valueText, layout.labelSize)).to.be.at.most(tile.box.width - 2);
      }
      // Tiles never overlap one another.
      for (const a of layout.tiles) {
        for (const b of layout.tiles) {
          if (a === b) continue;
          const apart = a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x || a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y;
          expect(apart, `${a.code} and ${b.code}`).to.equal(true);
        }
      }
      // The key sits above the tiles, inside the width.
      const keyBottom = Math.max(layout.key.breakY, ...(layout.key.missing ? [layout.key.missing.box.y + layout.key.missing.box.height] : []));
      expect(keyBottom).to.be.below(Math.min(...layout.tiles.map((t) => t.box.y)));
      const { missing } = layout.key;
      expect(missing!.box.x + missing!.box.width).to.be.at.most(width);
      const lastBreak = layout.key.breaks[layout.key.breaks.length - 1];
      expect(lastBreak.x + textWidth(lastBreak.text, layout.labelSize) / 2).to.be.at.most(width);
      expect(layout.height).to.equal(Math.max(...layout.tiles.map((t) => t.box.y + t.box.height)));
    });
  }

  it('leaves the tiles unnamed where not even the codes fit, rather than names running into one another', () => {
    const wide = layOutTileMap(input, frameSizes(280, (text) => text.length * 12));
    expect(wide.tiles.map((t) => t.name)).to.deep.equal(Array(32).fill(''));
  });

  it('writes short names where the tiles have room, and the codes where they do not', () => {
    expect(layOutTileMap(input, frameSizes(280, measure)).tiles.find((t) => t.code === 'MX-MEX')!.name).to.equal('MEX');
    const wide = layOutTileMap(input, frameSizes(1000, measure)).tiles;
    expect(wide.find((t) => t.code === 'MX-MEX')!.name).to.equal('Edomex');
    expect(wide.find((t) => t.code === 'MX-CMX')!.name).to.equal('CDMX');
    expect(wide.find((t) => t.code === 'MX-TAM')!.value!.textY, 'a big tile carries its value').to.be.a('number');
  });

  it('sends the up and down keys to the tile above and below', () => {
    const { tiles } = layOutTileMap(input, frameSizes(640));
    const at = (code: string) => tiles.find((t) => t.code === code)!;
    const code = (i: number | undefined) => (i === undefined ? undefined : tiles[i].code);
    expect(code(at('MX-CMX').up)).to.equal('MX-QUE');
    expect(code(at('MX-CMX').down)).to.equal('MX-PUE');
    expect(code(at('MX-BCN').up)).to.equal(undefined);
    expect(code(at('MX-ROO').down)).to.equal(undefined);
    // Where the next row has no tile in the column, to its nearest one.
    expect(code(at('MX-YUC').up)).to.equal('MX-VER');
    expect(code(at('MX-BCS').down)).to.equal('MX-NAY');
  });
});

describe('classBreaks', () => {
  const round = (breaks: number[]) => {
    const step = breaks[1] - breaks[0];
    const power = 10 ** Math.floor(Math.log10(step));
    return [1, 2, 5, 10].some((m) => Math.abs(step - m * power) < 1e-9)
      && breaks.every((b, i) => Math.abs(b - breaks[0] - i * step) < 1e-9 * Math.max(1, step) && Math.abs(b / step - Math.round(b / step)) < 1e-9);
  };
  const cases: number[][] = [[13, 18, 22, 45, 103, 328], [4243, 4930, 5340], [12.15, 12.17, 16], [2.4, 6.5, 19.6, 33.2, 64.5, 110.2], [0, 0.4, 0.9], [7], [0]];
  for (const data of cases) {
    it(`gives round breaks that cover ${data.join(', ')}`, () => {
      const breaks = classBreaks(data);
      expect(round(breaks), breaks.join(', ')).to.equal(true);
      expect(breaks[0]).to.be.at.most(Math.min(...data));
      expect(breaks[breaks.length - 1]).to.be.at.least(Math.max(...data));
      expect(breaks.length - 1).to.be.within(1, tileMapDefaults.maxClasses);
    });
  }

  it('breaks 13 to 328 at the hundreds and 2.4 to 110.2 at every 20', () => {
    expect(classBreaks([13, 18, 22, 45, 103, 328])).to.deep.equal([0, 100, 200, 300, 400]);
    expect(classBreaks([2.4, 110.2])).to.deep.equal([0, 20, 40, 60, 80, 100, 120]);
  });

  it('puts a value on a break in the class above it, and the top in the top class', () => {
    const breaks = [0, 100, 200, 300, 400];
    expect([0, 99, 100, 250, 400].map((v) => classOf(v, breaks))).to.deep.equal([0, 0, 1, 2, 3]);
  });

  it('spreads fewer classes across the whole ramp', () => {
    expect([0, 1, 2, 3].map((i) => shadeOf(i, 4, 6))).to.deep.equal([0, 2, 3, 5]);
    expect([0, 1].map((i) => shadeOf(i, 2, 6))).to.deep.equal([0, 5]);
  });
});

describe('state names', () => {
  const code = stateResolver();
  const variants: Record<string, string[]> = {
    'MX-CMX': ['CDMX', 'cdmx', 'Ciudad de México', 'ciudad de mexico', 'Distrito Federal', 'MX-CMX', 'Mexico City'],
    'MX-MEX': ['Edomex', 'Estado de México', 'estado de mexico', 'México', 'MEXICO', 'MX-MEX', 'State of Mexico'],
    'MX-COA': ['Coahuila', 'Coahuila de Zaragoza', 'COAHUILA DE ZARAGOZA', 'MX-COA'],
    'MX-VER': ['Veracruz', 'Veracruz de Ignacio de la Llave', 'veracruz de ignacio de la llave', 'mx-ver'],
    'MX-MIC': ['Michoacán', 'Michoacan', 'MICHOACÁN', 'Michoacán de Ocampo', 'michoacan de ocampo', 'MX-MIC', 'MIC', ' Michoacán '],
    'MX-NLE': ['Nuevo León', 'nuevo leon', 'NL'],
    'MX-YUC': ['Yucatán', 'YUCATAN'],
  };
  for (const [state, names] of Object.entries(variants)) {
    it(`reads ${names.join(' / ')} as ${state}`, () => {
      for (const name of names) expect(code(name), name).to.equal(state);
    });
  }

  it('reads every state by its own name and code, and nothing else', () => {
    for (const state of stateCodes()) {
      expect(code(placeName(state, 'es'))).to.equal(state);
      expect(code(state)).to.equal(state);
      expect(code(stateShortName(state))).to.equal(state);
    }
    for (const wrong of ['Narnia', 'Texas', 'MX', 'MX-XXX', '', 'Baja']) expect(code(wrong), wrong).to.equal(undefined);
  });
});

describe('placeStates (a developer’s map data)', () => {
  const states = stateNames();
  const dataset = (labels: string[]) => checkCustomData({ source: 's', sources: [{ id: 's', title: 'S' }], data: labels.map((label, i) => ({ label, value: i })) });
  const problem = (labels: string[]) => {
    try {
      placeStates(dataset(labels), states);
    } catch (error) {
      if (error instanceof CustomDataError) return error;
    }
    throw new Error('no problem found');
  };

  it('places each value in its state', () => {
    const placed = placeStates(dataset(['CDMX', 'Michoacán de Ocampo', 'mx-son']), states);
    expect(placed.figures.map((f) => f.geography)).to.deep.equal(['MX-CMX', 'MX-MIC', 'MX-SON']);
  });

  it('names the closest states for an unknown one', () => {
    const error = problem(['Sonora', 'Michoacan de Ocampoo']);
    expect(error.problem).to.equal('unknown-state');
    expect(error.details.slice(0, 2)).to.deep.equal([2, 'Michoacan de Ocampoo']);
    expect(String(error.details[2])).to.contain('Michoacán');
    expect(String(problem(['Chihuaha']).details[2]).split(', ')[0]).to.equal('Chihuahua');
  });

  it('reports a state given twice under two of its names', () => {
    const error = problem(['CDMX', 'Jalisco', 'Ciudad de México']);
    expect(error.problem).to.equal('state-twice');
    expect(error.details).to.deep.equal(['Ciudad de México', 1, 3]);
  });
});
