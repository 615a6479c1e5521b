// A snapshot's drawing as a standalone SVG file, framed like the charts' own
// "Save image": title and subtitle above, the numbered sources and the dataset
// credit below, every colour written on the elements.
import { SVG_NS } from './flatten.mjs';
import { attr, isElement } from './css.mjs';

const PAD = 16;
const KEEP = /^(?!class$|role$|aria-|data-|tabindex$|id$)/;

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s) => escapeText(s).replace(/"/g, '&quot;');

/** An SVG element and its children as XML, without classes, ids or ARIA. */
function toXml(node) {
  if (node.nodeName === '#text') return escapeText(node.value);
  if (!isElement(node)) return '';
  const attrs = node.attrs.filter((a) => KEEP.test(a.name)).map((a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('');
  const children = node.childNodes.map(toXml).join('');
  return children ? `<${node.tagName}${attrs}>${children}</${node.tagName}>` : `<${node.tagName}${attrs}/>`;
}

function textBlock(lines, { x, y, size, fill, weight = 'normal', font }) {
  const step = Math.round(size * 1.3);
  const spans = lines.map((line, i) => `<tspan x="${x}"${i ? ` dy="${step}"` : ''}>${escapeText(line)}</tspan>`).join('');
  return { xml: `<text x="${x}" y="${y + size}" font-size="${size}" font-weight="${weight}" fill="${escapeAttr(fill)}" font-family="${escapeAttr(font)}">${spans}</text>`, height: lines.length * step };
}

/** The standalone SVG for a flattened snapshot (see flatten.mjs). */
export function standaloneSvg(flat, { wrapText, credit }) {
  const { visual, tokens } = flat;
  const width = Number(attr(visual, 'width'));
  const height = Number(attr(visual, 'height'));
  const text = tokens.get('--_text') ?? '#1d1d1f';
  const muted = tokens.get('--_muted') ?? '#5a5a66';
  const background = tokens.get('--_canvas') ?? '#ffffff';
  const font = tokens.get('--_font') ?? 'system-ui, sans-serif';
  const parts = [];
  let y = PAD;
  const title = textBlock(wrapText(flat.title, width, 20, 3, true), { x: PAD, y, size: 20, fill: text, weight: 'bold', font });
  parts.push(title.xml);
  y += title.height + 4;
  if (flat.subtitle) {
    const subtitle = textBlock(wrapText(flat.subtitle, width, 14, 4), { x: PAD, y, size: 14, fill: muted, font });
    parts.push(subtitle.xml);
    y += subtitle.height;
  }
  y += 12;
  const drawing = visual.childNodes.filter((n) => n.tagName !== 'title').map(toXml).join('');
  const family = attr(visual, 'font-family');
  parts.push(`<svg x="${PAD}" y="${y}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="visible"${family ? ` font-family="${escapeAttr(family)}"` : ''}>${drawing}</svg>`);
  y += height + 16;
  const sources = textBlock(flat.footnotes.flatMap((line) => wrapText(line, width, 11, 6)), { x: PAD, y, size: 11, fill: muted, font });
  parts.push(sources.xml);
  y += sources.height + 8;
  const creditBlock = textBlock([credit], { x: PAD, y, size: 11, fill: muted, weight: 'bold', font });
  parts.push(creditBlock.xml);
  y += creditBlock.height + PAD;
  const total = { width: width + PAD * 2, height: Math.ceil(y) };
  const lang = flat.lang ? ` xml:lang="${flat.lang}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="${SVG_NS}"${lang} width="${total.width}" height="${total.height}" viewBox="0 0 ${total.width} ${total.height}" role="img">
<title>${escapeText(flat.title)}</title>${flat.summary ? `\n<desc>${escapeText(flat.summary)}</desc>` : ''}
<rect width="${total.width}" height="${total.height}" fill="${escapeAttr(background)}"/>
${parts.join('\n')}
</svg>
`;
}
