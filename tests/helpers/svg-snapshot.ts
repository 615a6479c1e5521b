import { executeServerCommand } from '@web/test-runner-commands';

/** What tests/components/svg-snapshots-plugin.mjs did with a drawing. */
export interface SvgSnapshotResult {
  outcome: 'same' | 'changed' | 'created' | 'updated';
  /** The stored snapshot, from the project's root. */
  stored: string;
  /** Where a drawing that differs is written for review. */
  changed: string;
  /** Running in CI, where a missing snapshot fails. */
  ci: boolean;
  /** The first line that differs, stored then drawn, on a change. */
  difference?: { line: number; stored: string; drawn: string };
}

/**
 * Presentation properties copied from the computed style, so that a stored
 * snapshot shows (and a diff catches) colours and type as the reader sees them,
 * and opens in a browser as drawn. Written where they differ from the parent's.
 */
const STYLE_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-opacity', 'stroke-width', 'stroke-dasharray', 'opacity',
  'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'visibility', 'display',
];

/** Attributes whose numbers are geometry, rounded; other attributes (labels, ids) are kept as written. */
const GEOMETRY = new Set([
  'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'dx', 'dy', 'width', 'height', 'd', 'points',
  'transform', 'viewBox', 'patternTransform', 'stroke-width', 'font-size', 'stroke-dasharray', 'textLength',
]);

/** Attributes that say nothing about the drawing and may vary between runs. */
const DROPPED = new Set(['style']);

/** Numbers to one decimal (canvas text widths differ in the last digits), "-0" as "0". */
export function roundNumbers(value: string): string {
  return value.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, (number) => {
    const rounded = Math.round(Number(number) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function attributesOf(element: Element, parentStyle: CSSStyleDeclaration | null): [string, string][] {
  const attributes = new Map<string, string>();
  for (const { name, value } of element.attributes) {
    if (DROPPED.has(name) || name.startsWith('on')) continue;
    attributes.set(name, GEOMETRY.has(name) ? roundNumbers(value) : value.replace(/\s+/g, ' ').trim());
  }
  const style = getComputedStyle(element);
  for (const property of STYLE_PROPERTIES) {
    const value = style.getPropertyValue(property);
    // Display and opacity are not inherited: written only where they hide or fade something.
    if (property === 'display' ? value !== 'none' : property === 'opacity' ? value === '1'
      : parentStyle?.getPropertyValue(property) === value) continue;
    // Lengths rounded as the geometry is, in user units (the computed style's pixels); colours as computed.
    attributes.set(property, GEOMETRY.has(property) ? roundNumbers(value).replace(/(\d)px\b/g, '$1') : value);
  }
  return [...attributes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function serialise(element: Element, depth: number, parentStyle: CSSStyleDeclaration | null, lines: string[]): void {
  const indent = '  '.repeat(depth);
  const attributes = attributesOf(element, parentStyle).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const tag = element.localName;
  const children = [...element.childNodes].filter((node) => node.nodeType === Node.ELEMENT_NODE
    || (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''));
  if (children.length === 0) {
    lines.push(`${indent}<${tag}${attributes}/>`);
  } else if (children.every((node) => node.nodeType === Node.TEXT_NODE)) {
    // A label on one line with its text.
    lines.push(`${indent}<${tag}${attributes}>${escapeText(element.textContent!.replace(/\s+/g, ' ').trim())}</${tag}>`);
  } else {
    lines.push(`${indent}<${tag}${attributes}>`);
    const style = getComputedStyle(element);
    for (const node of children) {
      if (node.nodeType === Node.TEXT_NODE) lines.push(`${indent}  ${escapeText(node.textContent!.replace(/\s+/g, ' ').trim())}`);
      else serialise(node as Element, depth + 1, style, lines);
    }
    lines.push(`${indent}</${tag}>`);
  }
}

/**
 * An SVG as stable text to store and diff: one element per line, attributes
 * sorted, geometry rounded to one decimal, Lit's comments and whitespace left
 * out, the computed colours and type written in (see STYLE_PROPERTIES). A
 * standalone SVG file: it opens in a browser.
 */
export function normalisedSvg(svg: SVGSVGElement): string {
  const lines: string[] = [];
  serialise(svg, 0, null, lines);
  lines[0] = lines[0].replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return `${lines.join('\n')}\n`;
}

/** Compares a drawing with tests/snapshots/NAME.svg (see tests/components/svg-snapshots-plugin.mjs). */
export async function compareSvgSnapshot(name: string, svg: string): Promise<SvgSnapshotResult> {
  const result = await executeServerCommand<SvgSnapshotResult, { name: string; svg: string }>('svg-snapshot', { name, svg });
  if (!result) throw new Error('The svg-snapshot command is not installed: see web-test-runner.config.mjs');
  return result;
}
