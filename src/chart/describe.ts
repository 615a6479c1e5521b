import type { Figure } from '../data/types.js';
import { formatFigure } from './format.js';
import type { Lang } from './locale.js';
import { CITATION_MESSAGES, messages } from './messages.js';
import { formatPeriod } from './period.js';

/**
 * What a screen reader hears for a mark: "Tamaulipas: 328, 2020–2022. Source 1.", or for a mark
 * with no value of its own what it says instead: "Sonora: no data."
 */
export function describeMark({ label, figure, instead }: { label: string; figure?: Figure; instead?: string }, footnote: number | undefined, lang: Lang): string {
  const source = footnote === undefined ? '' : ` ${CITATION_MESSAGES[lang].footnoteLink(footnote)}.`;
  if (instead || !figure) return `${label}: ${instead ?? ''}.${source}`;
  const derived = figure.derived ? ` (${messages(lang).derivedMark})` : '';
  return `${label}: ${formatFigure(figure, lang)}${derived}, ${formatPeriod(figure.period, lang)}.${source}`;
}
