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
