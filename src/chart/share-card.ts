import type { TextMeasure } from './text.js';

/** The sizes of a saved image, in pixels: a social card and a tall one for phones. */
export const SHARE_FORMATS = {
  landscape: { width: 1200, height: 675 },
  portrait: { width: 1080, height: 1350 },
} as const;

export type ShareFormat = keyof typeof SHARE_FORMATS;

/** Defaults of the card, in its own units (drawn at `scale` × to reach the format's pixels). */
export const shareDefaults = {
  scale: 1.5,
  pad: 24,
  titleSize: 22,
  subtitleSize: 14,
  footerSize: 11,
  gap: 10,
};

export interface ShareCardLayout {
  /** The card in its own units. */
  width: number;
  height: number;
  pad: number;
  title: { lines: string[]; y: number; size: number };
  subtitle: { lines: string[]; y: number; size: number };
  /** Top of the key, when there is one. */
  keyY: number;
  /** Width the chart is laid out for, and where its drawing goes: scaled down (never up) to fit the room left. */
  chartWidth: number;
  chart: { x: number; y: number; scale: number };
  footer: { lines: string[]; y: number; size: number };
}

/**
 * Places a saved image's parts on a card of the format's size: title, subtitle,
 * key, the chart (laid out at the card's width, scaled down to fit its height)
 * and the one-line source with the credit at the foot.
 */
export function layoutShareCard(format: ShareFormat, words: { title: string; subtitle?: string; footer: string },
  keyHeight: (width: number) => number, chartHeight: (width: number) => number, measure: TextMeasure): ShareCardLayout {
  const { scale, pad, titleSize, subtitleSize, footerSize, gap } = shareDefaults;
  const width = SHARE_FORMATS[format].width / scale;
  const height = SHARE_FORMATS[format].height / scale;
  const inner = width - pad * 2;
  const line = (size: number) => Math.round(size * 1.3);
  const titleLines = measure.wrap(words.title, inner, titleSize, 3, true);
  const subtitleLines = words.subtitle ? measure.wrap(words.subtitle, inner, subtitleSize, 3) : [];
  const footerLines = measure.wrap(words.footer, inner, footerSize, 2);
  const titleY = pad;
  const subtitleY = titleY + titleLines.length * line(titleSize) + 4;
  const keyY = subtitleY + subtitleLines.length * line(subtitleSize) + gap;
  const chartY = keyY + keyHeight(inner) + (keyHeight(inner) ? gap : 0);
  const footerY = height - pad - footerLines.length * line(footerSize);
  const room = Math.max(40, footerY - gap - chartY);
  const natural = chartHeight(inner);
  const fit = Math.min(1, room / Math.max(1, natural));
  return {
    width, height, pad,
    title: { lines: titleLines, y: titleY, size: titleSize },
    subtitle: { lines: subtitleLines, y: subtitleY, size: subtitleSize },
    keyY,
    chartWidth: inner,
    chart: { x: pad + (inner - inner * fit) / 2, y: chartY, scale: fit },
    footer: { lines: footerLines, y: footerY, size: footerSize },
  };
}
