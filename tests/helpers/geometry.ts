/** Pairs of text lines in an SVG whose boxes overlap on screen, described for a failure message. */
export function overlappingTextBoxes(svg: SVGSVGElement): string[] {
  const lines = [...svg.querySelectorAll('text')].flatMap((text) => {
    const spans = [...text.querySelectorAll(':scope > tspan:not(.fn)')];
    return spans.length ? spans : [text];
  }).filter((node) => (node.textContent ?? '').trim() !== '');
  const boxes = lines.map((node) => ({ text: node.textContent!.trim(), box: node.getBoundingClientRect() }));
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].box;
      const b = boxes[j].box;
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      if (overlap) found.push(`"${boxes[i].text}" overlaps "${boxes[j].text}"`);
    }
  }
  return found;
}

/** Text lines that stick out of the SVG's own box (clipped or drawn over the page). */
export function textOutsideSvg(svg: SVGSVGElement): string[] {
  const frame = svg.getBoundingClientRect();
  return [...svg.querySelectorAll('text')].filter((text) => {
    const box = text.getBoundingClientRect();
    return box.width > 0 && (box.left < frame.left - 1 || box.right > frame.right + 1);
  }).map((text) => `"${text.textContent!.trim()}" sticks out`);
}

/** A DOM range over the first occurrence of `text` inside one text node under `root`; empty if there is none. */
export function textRange(root: Node, text: string): Range {
  const range = document.createRange();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(text);
    if (at >= 0) { range.setStart(node, at); range.setEnd(node, at + text.length); break; }
  }
  return range;
}

/** How many lines a range's text takes on screen. */
export const linesOf = (range: Range): number =>
  new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
