// The newsletter images in dist/static/ (scripts/static/png-file.mjs, run by the
// build): a PNG of every snapshot's standalone SVG (a chart, or a key figure's
// card), twice its size, drawn with the fonts of an npm package. Checked by
// decoding the PNG's pixels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { LANGS, builtSnapshots } from '../../scripts/static/snapshots.mjs';

const root = new URL('../../', import.meta.url).pathname;
const dir = `${root}dist/static/`;
if (!existsSync(`${dir}snapshots.json`)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const drawings = builtSnapshots(dir).flatMap((s) => LANGS.map((lang) => ({ name: `${s.name}.${lang}`, card: s.tag === 'cifras-key-figure' })));

/** An 8-bit RGBA, non-interlaced PNG (what resvg writes) as its size and pixels. */
function decodePng(buffer) {
  assert.deepEqual([...buffer.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  const idat = [];
  let header;
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    const data = buffer.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8], color: data[9], interlace: data[12] };
    if (type === 'IDAT') idat.push(data);
    at += length + 12;
  }
  assert.deepEqual([header.depth, header.color, header.interlace], [8, 6, 0], '8-bit RGBA, not interlaced');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = header.width * 4;
  const pixels = Buffer.alloc(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const b = y ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y ? pixels[(y - 1) * stride + x - 4] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter];
      pixels[y * stride + x] = (line[x] + predicted) & 0xff;
    }
  }
  return { ...header, pixels };
}

/** The share of pixels in rows [from, to) that differ from the background (the top-left pixel) by more than a faint tint. */
function inkShare({ width, pixels }, from, to) {
  const background = pixels.subarray(0, 4);
  let ink = 0;
  for (let i = from * width * 4; i < to * width * 4; i += 4) {
    if (Math.abs(pixels[i] - background[0]) + Math.abs(pixels[i + 1] - background[1]) + Math.abs(pixels[i + 2] - background[2]) > 60) ink++;
  }
  return ink / ((to - from) * width);
}

test('a PNG beside every snapshot\'s SVG, and no other', () => {
  const pngs = readdirSync(dir).filter((file) => file.endsWith('.png')).sort();
  assert.deepEqual(pngs, drawings.map(({ name }) => `${name}.png`).sort());
});

for (const { name, card } of drawings) {
  test(`${name}.png: the SVG at twice its size, drawn, with its ${card ? 'number' : 'title'} in the font`, () => {
    const svg = readFileSync(`${dir}${name}.svg`, 'utf8');
    const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg).map(Number);
    const png = decodePng(readFileSync(`${dir}${name}.png`));
    assert.deepEqual([png.width, png.height], [width * 2, height * 2]);
    assert.ok(png.width >= 600 && png.height >= 300 && png.height <= 4000, `${png.width} × ${png.height}`);
    // The background is opaque (a mail client may show a PNG on any colour).
    assert.equal(png.pixels[3], 255);
    // Drawn, not blank nor a solid block: marks, labels and text cover part of it.
    const all = inkShare(png, 0, png.height);
    assert.ok(all > 0.03 && all < 0.6, `ink over ${(all * 100).toFixed(1)}% of the image`);
    // Text was drawn, so a font was found: the title's first line (20 px, 16 px from the top), or a card's
    // number (36 px, under the card's 3 px rule and 14 px of padding); at twice the size.
    const [from, size] = card ? [2 * (16 + 3 + 14), 2 * 36] : [2 * 16, 2 * 22];
    const ink = inkShare(png, from, from + size);
    assert.ok(ink > 0.01, `${card ? 'number' : 'title'} band ink ${(ink * 100).toFixed(1)}%`);
  });
}
