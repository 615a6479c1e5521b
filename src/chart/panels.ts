import type { FrameSizes } from './layout.js';

export interface StackedPanel {
  /** y of the panel's content (below its title). */
  offset: number;
  titleLines: string[];
  titleY: number;
}

export const panelDefaults = { titleSize: 13, titleGap: 8, panelGap: 22 };

/**
 * Stacks panels vertically, each under its own (wrapped) title, and returns
 * where each one's content starts and the total height.
 */
export function stackPanels(panels: { title?: string; height: number }[], sizes: FrameSizes): { panels: StackedPanel[]; height: number; titleSize: number; titleLineHeight: number } {
  const { titleSize, titleGap, panelGap } = panelDefaults;
  const titleLineHeight = Math.round(titleSize * 1.3);
  let y = 0;
  const stacked = panels.map((panel, i) => {
    if (i > 0) y += panelGap;
    // A little short of the full width: a bold title overflowing the drawing is clipped.
    const titleLines = panel.title ? sizes.measure.wrap(panel.title, sizes.width - 12, titleSize, 3, true) : [];
    const titleY = y + titleSize;
    y += titleLines.length ? titleLines.length * titleLineHeight + titleGap : 0;
    const offset = y;
    y += panel.height;
    return { offset, titleLines, titleY };
  });
  return { panels: stacked, height: Math.ceil(y), titleSize, titleLineHeight };
}
