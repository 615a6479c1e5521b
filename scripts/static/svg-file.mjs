// A snapshot's drawing as a standalone SVG file, framed like the charts' own
// "Save image": title and subtitle above, the numbered sources and the dataset
// credit below, every colour written on the elements. A key figure, which has
// no drawing, is drawn as its card: the number, the change, what it measures.
const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s) => escapeText(s).replace(/"/g, '&quot;');

function textBlock(lines, { x, y, size, fill, weight = 'normal', font }) {
  const step = Math.round(size * 1.3);
  const spans = lines.map((line, i) => `<tspan x="${x}"${i ? ` dy="${step}"` : ''}>${escapeText(line)}</tspan>`).join('');
  return { xml: `<text x="${x}" y="${y + size}" font-size="${size}" font-weight="${weight}" fill="${escapeAttr(fill)}" font-family="${escapeAttr(font)}">${spans}</text>`, height: lines.length * step };
}

/** A key figure's card: each number large with its period and place, the change, what it measures. */
function keyFigureCard(flat, { x, y, width, wrapText, colours: { text, muted, accent, surface }, font }) {
  const parts = [];
  let at = y + 3 + 14;
  const { numbers, when, changes, notes } = flat.card;
  numbers.forEach((number, i) => {
    // The earlier of a pair in the muted colour, as on the card.
    const big = textBlock([number], { x: x + 20, y: at, size: 36, fill: numbers.length > 1 && i === 0 ? muted : text, weight: 'bold', font });
    parts.push(big.xml);
    at += big.height;
    if (when[i]) {
      const line = textBlock([when[i]], { x: x + 20, y: at, size: 14, fill: muted, font });
      parts.push(line.xml);
      at += line.height + 6;
    }
  });
  for (const change of changes) {
    const line = textBlock([change], { x: x + 20, y: at, size: 18, fill: text, weight: 'bold', font });
    parts.push(line.xml);
    at += line.height + 4;
  }
  const measure = textBlock(wrapText(flat.title, width - 40, 16, 4), { x: x + 20, y: at + 4, size: 16, fill: text, font });
  parts.push(measure.xml);
  at += measure.height + 4;
  for (const meta of notes) {
    const line = textBlock(wrapText(meta, width - 40, 13, 4), { x: x + 20, y: at, size: 13, fill: muted, font });
    parts.push(line.xml);
    at += line.height;
  }
  at += 14;
  const card = `<rect x="${x}" y="${y}" width="${width}" height="${at - y}" rx="4" fill="${escapeAttr(surface)}"/><rect x="${x}" y="${y}" width="${width}" height="3" fill="${escapeAttr(accent)}"/>`;
  return { xml: [card, ...parts].join('\n'), height: at - y };
}

/** The standalone SVG for a flattened snapshot (see flatten.mjs); `width` is the card's for a key figure, which has no drawing to size it. */
/** The key as rows of swatch and words, wrapped to the width: its markup and height. */
function keyRows(items, { x: x0, y: y0, width, textWidth, fill: color, font }) {
  const size = 12;
  const step = 18;
  let x = 0;
  let row = 0;
  const xml = items.map((item) => {
    const room = 12 + 5 + textWidth(item.text, size, false);
    if (x > 0 && x + room > width) { x = 0; row++; }
    const at = { x: x0 + x, y: y0 + row * step };
    x += room + 16;
    const stroke = item.stroke === 'none' ? '' : ` stroke="${escapeAttr(item.stroke)}" stroke-width="1.5"`;
    return `<rect x="${at.x}" y="${at.y + 2}" width="12" height="12" fill="${escapeAttr(item.fill)}"${stroke}/>${textBlock([item.text], { x: at.x + 17, y: at.y, size, fill: color, font }).xml}`;
  }).join('');
  return { xml, height: items.length ? (row + 1) * step : 0 };
}

export function standaloneSvg(flat, { wrapText, textWidth, credit, width: cardWidth = 640 }) {
  const { drawing, tokens } = flat;
  const width = drawing ? drawing.width : cardWidth;
  const height = drawing ? drawing.height : 0;
  const text = tokens['--_text'] ?? '#1d1d1f';
  const muted = tokens['--_muted'] ?? '#5a5a66';
  const background = tokens['--_canvas'] ?? '#ffffff';
  const font = tokens['--_font'] ?? 'system-ui, sans-serif';
  const parts = [];
  let y = PAD;
  if (drawing) {
    const title = textBlock(wrapText(flat.title, width, 20, 3, true), { x: PAD, y, size: 20, fill: text, weight: 'bold', font });
    parts.push(title.xml);
    y += title.height + 4;
    if (flat.subtitle) {
      const subtitle = textBlock(wrapText(flat.subtitle, width, 14, 4), { x: PAD, y, size: 14, fill: muted, font });
      parts.push(subtitle.xml);
      y += subtitle.height;
    }
    y += 12;
    if (flat.keyItems?.length) {
      const key = keyRows(flat.keyItems, { x: PAD, y, width, textWidth, fill: muted, font });
      parts.push(key.xml);
      y += key.height + 8;
    }
    // The drawing's own paint and font, as the browser computed them on its <svg>.
    const paint = Object.entries(drawing.attributes).map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
    parts.push(`<svg x="${PAD}" y="${y}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="visible"${paint}>${drawing.markup}</svg>`);
    y += height + 16;
  } else {
    const colours = { text, muted, accent: tokens['--_accent'] ?? '#b3261e', surface: tokens['--_surface'] ?? '#f4f4f6' };
    const card = keyFigureCard(flat, { x: PAD, y, width, wrapText, colours, font });
    parts.push(card.xml);
    y += card.height + 16;
  }
  // A chart: its one-line source with the credit, as its footer gives it (a graphic to share, not the document).
  // A key figure: its numbered sources and the credit.
  const sourceLines = flat.sourceLine ? wrapText(flat.sourceLine, width, 11, 3) : flat.footnotes.flatMap((line) => wrapText(line, width, 11, 6));
  const sources = textBlock(sourceLines, { x: PAD, y, size: 11, fill: muted, font });
  parts.push(sources.xml);
  y += sources.height + (flat.sourceLine ? PAD : 8);
  if (!flat.sourceLine) {
    const creditBlock = textBlock([credit], { x: PAD, y, size: 11, fill: muted, weight: 'bold', font });
    parts.push(creditBlock.xml);
    y += creditBlock.height + PAD;
  }
  const total = { width: width + PAD * 2, height: Math.ceil(y) };
  const lang = flat.lang ? ` xml:lang="${flat.lang}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="${SVG_NS}"${lang} width="${total.width}" height="${total.height}" viewBox="0 0 ${total.width} ${total.height}" font-family="${escapeAttr(font)}" role="img">
<title>${escapeText(flat.title)}</title>${flat.summary ? `\n<desc>${escapeText(flat.summary)}</desc>` : ''}
<rect width="${total.width}" height="${total.height}" fill="${escapeAttr(background)}"/>
${parts.join('\n')}
</svg>
`;
}
