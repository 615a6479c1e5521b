import type { Box } from './boxes.js';

export interface TooltipPlacement {
  /** Left edge of the tooltip, px from the chart's left. */
  left: number;
  /** Top of the mark (tooltip sits above) or bottom (below), px from the chart's top. */
  top: number;
  above: boolean;
}

/**
 * Where a tooltip `tipWidth` px wide goes for a mark: centred on the mark,
 * kept inside the chart horizontally, above the mark unless too close to the top.
 */
export function placeTooltip(hit: Box, chartWidth: number, tipWidth: number, tipHeight = 80): TooltipPlacement {
  const width = Math.min(tipWidth, chartWidth);
  const centre = hit.x + hit.width / 2;
  const left = Math.max(0, Math.min(chartWidth - width, centre - width / 2));
  const above = hit.y >= tipHeight;
  return { left, top: above ? hit.y : hit.y + hit.height, above };
}
