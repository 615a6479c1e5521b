/** A rectangle in viewport coordinates. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The smallest rectangle holding both. */
export function union(a: Rect, b: Rect): Rect {
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  return { left, top, width: Math.max(a.left + a.width, b.left + b.width) - left, height: Math.max(a.top + a.height, b.top + b.height) - top };
}

/**
 * Where a popover of `size` goes for an anchor: below it, or above when there
 * is no room below; shifted sideways to stay `margin` px inside the viewport,
 * and no wider than the viewport allows.
 */
export function placePopover(anchor: Rect, size: { width: number; height: number }, viewport: { width: number; height: number }, margin = 8): { left: number; top: number; width: number; above: boolean } {
  const width = Math.min(size.width, viewport.width - 2 * margin);
  const left = Math.max(margin, Math.min(viewport.width - margin - width, anchor.left + anchor.width / 2 - width / 2));
  const below = anchor.top + anchor.height + 6;
  const above = below + size.height > viewport.height - margin && anchor.top - 6 - size.height >= margin;
  return { left, top: above ? anchor.top - 6 - size.height : below, width, above };
}
