import { breakAddress, flowInRows } from '../../chart/flow.js';
import { textWidth, withTextMeasurer, wrapText } from '../../chart/text.js';
import { shownText } from './shown-title.js';
import { canvasMeasurer } from './measure-text.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';
const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-size', 'font-weight', 'font-style', 'font-family', 'paint-order'];

/** What goes around the drawing in a saved image. */
export interface ImageFrame {
  title: string;
  subtitle?: string;
  /** The source list: "1. International Crisis Group (2024). …", and the document's address. */
  sources: { text: string; url?: string }[];
  /** "Cifras dataset 0.1.0", printed at the foot. */
  credit: string;
  background: string;
  text: string;
  muted: string;
  /** The chart's key, as shown above it: each item has a swatch (an <svg>, or an element painted with its background and border) and its words. */
  legend?: Element[];
  /** Lines that explain the key ("Hollow mark: …"). */
  legendNotes?: string[];
  /** The notes under the chart, each with its bracketed source numbers. */
  notes?: string[];
  /** Where the sources disagree: the heading, and each group of figures with its explanation. */
  disagreements?: { heading: string; items: string[] };
}

function textBlock(lines: string[], x: number, y: number, size: number, color: string, weight = 'normal'): { node: SVGTextElement; height: number } {
  const node = document.createElementNS(SVG_NS, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y + size));
  node.setAttribute('font-size', String(size));
  node.setAttribute('font-weight', weight);
  node.setAttribute('fill', color);
  node.setAttribute('font-family', FONT);
  lines.forEach((line, i) => {
    const span = document.createElementNS(SVG_NS, 'tspan');
    span.setAttribute('x', String(x));
    if (i) span.setAttribute('dy', String(Math.round(size * 1.3)));
    span.textContent = line;
    node.append(span);
  });
  return { node, height: lines.length * Math.round(size * 1.3) };
}

/**
 * A standalone SVG of a chart: the drawing with its computed colours and fonts
 * written onto each element (so it looks the same outside the page), with the
 * title and subtitle above and the full source list below. All text is set as
 * text nodes, never parsed.
 */
export function chartSvg(drawing: SVGSVGElement, frame: ImageFrame): SVGSVGElement {
  // Lines broken in the font the image sets them in, measured as the charts measure theirs.
  return withTextMeasurer(canvasMeasurer(FONT), () => framedSvg(drawing, frame));
}

/** A copy of a drawing with its computed colours and fonts written onto each element, and no classes or roles. */
function paintedClone(drawing: SVGSVGElement): SVGSVGElement {
  const clone = drawing.cloneNode(true) as SVGSVGElement;
  const originals = [drawing, ...drawing.querySelectorAll('*')];
  [clone, ...clone.querySelectorAll('*')].forEach((node, i) => {
    const style = getComputedStyle(originals[i]);
    for (const property of PAINT) {
      const value = style.getPropertyValue(property);
      if (value) node.setAttribute(property, value);
    }
    for (const name of ['class', 'role', 'aria-labelledby', 'aria-describedby', 'aria-hidden']) node.removeAttribute(name);
  });
  return clone;
}

const KEY_SIZE = 12;

/** A key item's swatch, KEY_SIZE square at (x, y): its own drawing scaled to fit, or a square painted as the page paints it. */
function keySwatch(item: Element, x: number, y: number): SVGElement | undefined {
  const drawing = item.querySelector('svg');
  if (drawing) {
    const swatch = paintedClone(drawing);
    if (!swatch.hasAttribute('viewBox')) swatch.setAttribute('viewBox', `0 0 ${drawing.getAttribute('width')} ${drawing.getAttribute('height')}`);
    for (const [name, value] of [['x', x], ['y', y], ['width', KEY_SIZE], ['height', KEY_SIZE]] as const) swatch.setAttribute(name, String(value));
    return swatch;
  }
  const painted = item.querySelector('.swatch');
  if (!painted) return undefined;
  const style = getComputedStyle(painted);
  const square = document.createElementNS(SVG_NS, 'rect');
  const border = parseFloat(style.borderTopWidth) || 0;
  for (const [name, value] of [['x', x + border / 2], ['y', y + border / 2], ['width', KEY_SIZE - border], ['height', KEY_SIZE - border], ['fill', style.backgroundColor]] as const) square.setAttribute(name, String(value));
  if (border) {
    square.setAttribute('stroke', style.borderTopColor);
    square.setAttribute('stroke-width', String(border));
  }
  return square;
}

/** The key as rows of swatch and words, wrapped to the width; its height. */
function keyRows(items: Element[], x0: number, y0: number, width: number, color: string, parent: SVGElement): number {
  const size = 12;
  const lineHeight = 18;
  const words = items.map(shownText);
  const places = flowInRows(words.map((text) => KEY_SIZE + 5 + textWidth(text, size)), width, 16);
  items.forEach((item, i) => {
    const x = x0 + places[i].x;
    const y = y0 + places[i].row * lineHeight;
    const swatch = keySwatch(item, x, y + 2);
    if (swatch) parent.append(swatch);
    parent.append(textBlock([words[i]], swatch ? x + KEY_SIZE + 5 : x, y, size, color).node);
  });
  return (places.length ? places[places.length - 1].row + 1 : 0) * lineHeight;
}

/** Lines with hanging bullets, as on the page; the height they take, with the gap after them. */
function bullets(items: string[], maxLines: number, x: number, y0: number, width: number, color: string, parent: SVGElement): number {
  let y = y0;
  for (const item of items) {
    const lines = textBlock(wrapText(item, width - 12, 12, maxLines), x + 12, y, 12, color);
    parent.append(textBlock(['•'], x, y, 12, color).node, lines.node);
    y += lines.height + 4;
  }
  return items.length ? y - y0 + 8 : 0;
}

function framedSvg(drawing: SVGSVGElement, frame: ImageFrame): SVGSVGElement {
  const width = Number(drawing.getAttribute('width'));
  const height = Number(drawing.getAttribute('height'));
  const pad = 16;
  const inner = width;
  const clone = paintedClone(drawing);

  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  const background = document.createElementNS(SVG_NS, 'rect');
  out.append(background);
  let y = pad;
  const title = textBlock(wrapText(frame.title, inner, 20, 3, true), pad, y, 20, frame.text, 'bold');
  out.append(title.node);
  y += title.height + 4;
  if (frame.subtitle) {
    const subtitle = textBlock(wrapText(frame.subtitle, inner, 14, 4), pad, y, 14, frame.muted);
    out.append(subtitle.node);
    y += subtitle.height;
  }
  y += 12;
  if (frame.legend?.length) y += keyRows(frame.legend, pad, y, inner, frame.text, out);
  for (const note of frame.legendNotes ?? []) {
    const lines = textBlock(wrapText(note, inner, 11, 3), pad, y, 11, frame.muted);
    out.append(lines.node);
    y += lines.height;
  }
  if (frame.legend?.length || frame.legendNotes?.length) y += 8;
  clone.setAttribute('x', String(pad));
  clone.setAttribute('y', String(y));
  out.append(clone);
  y += height + 16;
  y += bullets(frame.notes ?? [], 6, pad, y, inner, frame.text, out);
  // A saved chart keeps the disagreement between its sources, which the page folds away.
  if (frame.disagreements?.items.length) {
    const heading = textBlock([frame.disagreements.heading], pad, y, 12, frame.text, 'bold');
    out.append(heading.node);
    y += heading.height + 4;
    y += bullets(frame.disagreements.items, 16, pad, y, inner, frame.text, out);
  }
  const sourceLines = frame.sources.flatMap(({ text, url }) => [...wrapText(text, inner, 11, 6), ...(url ? breakAddress(url, inner, 11) : [])]);
  const sources = textBlock(sourceLines, pad, y, 11, frame.muted);
  out.append(sources.node);
  y += sources.height + 8;
  const credit = textBlock([frame.credit], pad, y, 11, frame.muted, 'bold');
  out.append(credit.node);
  y += credit.height + pad;

  const total = { width: width + pad * 2, height: Math.ceil(y) };
  out.setAttribute('width', String(total.width));
  out.setAttribute('height', String(total.height));
  out.setAttribute('viewBox', `0 0 ${total.width} ${total.height}`);
  background.setAttribute('width', String(total.width));
  background.setAttribute('height', String(total.height));
  background.setAttribute('fill', frame.background);
  return out;
}

/** The SVG as a file. */
export function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`], { type: 'image/svg+xml' });
}

/** The SVG drawn at `scale`× pixel density as a PNG. Needs img-src blob: where a CSP is set. */
export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The browser could not draw the chart as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Number(svg.getAttribute('width')) * scale;
    canvas.height = Number(svg.getAttribute('height')) * scale;
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a file to the reader (no network: an object URL of the blob). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
