import { html, render } from 'lit';
import { HATCHES } from '../views/plot-view.js';
import type { ChartModel } from '../frame/chart-types.js';
import { flowInRows } from '../../chart/flow.js';
import { layoutShareCard, shareDefaults, type ShareCardLayout, type ShareFormat } from '../../chart/share-card.js';
import { textMeasure, type TextMeasure } from '../../chart/text.js';
import { shownText } from './shown-title.js';
import { canvasMeasurer } from '../frame/measure-text.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';
const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-size', 'font-weight', 'font-style', 'font-family', 'paint-order'];

/** What goes around the drawing in a saved image: a graphic to share, not the whole document. */
export interface ImageFrame {
  title: string;
  subtitle?: string;
  /** One line: "Sources: Crisis Group (2024); … · Chart: Cifras". */
  footer: string;
  background: string;
  text: string;
  muted: string;
  /** The chart's key, as shown above it: each item has a swatch (an <svg>, or an element painted with its background and border) and its words. */
  legend?: Element[];
}

/** A drawing laid out afresh at a given width, in the page (so its colours can be read), until `remove()`. */
export interface StagedDrawing {
  drawing: SVGSVGElement;
  remove(): void;
}

/** Draws a chart's layout in a hidden stage of its shadow root, where its colours resolve as on the page. */
export function stageDrawing(root: ShadowRoot, model: ChartModel): StagedDrawing {
  const stage = document.createElement('div');
  stage.className = 'stage';
  stage.setAttribute('aria-hidden', 'true');
  root.append(stage);
  render(html`<svg class="visual" width=${model.width} height=${model.height} viewBox="0 0 ${model.width} ${model.height}">${HATCHES}${model.visual}</svg>`, stage);
  return { drawing: stage.querySelector('svg')!, remove: () => stage.remove() };
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
 * A saved image at a social size (1200 × 675, or 1080 × 1350 for phones): title,
 * subtitle, key, the chart laid out for the card's width, and the one-line
 * source with the credit. Colours and fonts are written onto each element, so
 * it looks the same outside the page; all text is set as text nodes, never parsed.
 */
export function chartSvg(format: ShareFormat, frame: ImageFrame, stage: (width: number) => StagedDrawing | undefined): SVGSVGElement | undefined {
  // Lines broken in the font the image sets them in, measured as the charts measure theirs.
  const measure = textMeasure(canvasMeasurer(FONT));
  let staged: StagedDrawing | undefined;
  const keyLines = (width: number) => (frame.legend?.length ? keyRows(frame.legend, 0, 0, width, frame.text, measure) : undefined);
  try {
    const layout = layoutShareCard(format, frame, (width) => keyLines(width)?.height ?? 0, (width) => {
      staged ??= stage(width);
      return Number(staged?.drawing.getAttribute('height') ?? 0);
    }, measure);
    if (!staged) return undefined;
    return card(layout, frame, paintedClone(staged.drawing), keyLines(layout.chartWidth));
  } finally {
    staged?.remove();
  }
}

function card(layout: ShareCardLayout, frame: ImageFrame, drawing: SVGSVGElement, key: { height: number; nodes: SVGElement[] } | undefined): SVGSVGElement {
  const { scale } = shareDefaults;
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(layout.width * scale));
  out.setAttribute('height', String(layout.height * scale));
  out.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of [['width', layout.width], ['height', layout.height], ['fill', frame.background]] as const) background.setAttribute(name, String(value));
  out.append(background);
  const { pad } = layout;
  out.append(textBlock(layout.title.lines, pad, layout.title.y, layout.title.size, frame.text, 'bold').node);
  if (layout.subtitle.lines.length) out.append(textBlock(layout.subtitle.lines, pad, layout.subtitle.y, layout.subtitle.size, frame.muted).node);
  if (key) {
    const group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('transform', `translate(${pad} ${layout.keyY})`);
    group.append(...key.nodes);
    out.append(group);
  }
  const width = Number(drawing.getAttribute('width'));
  const height = Number(drawing.getAttribute('height'));
  drawing.setAttribute('viewBox', drawing.getAttribute('viewBox') ?? `0 0 ${width} ${height}`);
  for (const [name, value] of [['x', layout.chart.x], ['y', layout.chart.y], ['width', width * layout.chart.scale], ['height', height * layout.chart.scale]] as const) drawing.setAttribute(name, String(value));
  out.append(drawing);
  out.append(textBlock(layout.footer.lines, pad, layout.footer.y, layout.footer.size, frame.muted).node);
  return out;
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

/** The key as rows of swatch and words, wrapped to the width: its nodes and height. */
function keyRows(items: Element[], x0: number, y0: number, width: number, color: string, measure: TextMeasure): { height: number; nodes: SVGElement[] } {
  const size = 12;
  const lineHeight = 18;
  const words = items.map(shownText);
  const places = flowInRows(words.map((text) => KEY_SIZE + 5 + measure.width(text, size)), width, 16);
  const nodes: SVGElement[] = [];
  items.forEach((item, i) => {
    const x = x0 + places[i].x;
    const y = y0 + places[i].row * lineHeight;
    const swatch = keySwatch(item, x, y + 2);
    if (swatch) nodes.push(swatch);
    nodes.push(textBlock([words[i]], swatch ? x + KEY_SIZE + 5 : x, y, size, color).node);
  });
  return { height: (places.length ? places[places.length - 1].row + 1 : 0) * lineHeight, nodes };
}

/** The SVG as a file. */
export function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`], { type: 'image/svg+xml' });
}

/** The SVG drawn at its width and height in pixels as a PNG. Needs img-src blob: where a CSP is set. */
export async function pngBlob(svg: SVGSVGElement): Promise<Blob> {
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
    canvas.width = Number(svg.getAttribute('width'));
    canvas.height = Number(svg.getAttribute('height'));
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
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
