import type { Figure } from '../data/types.js';
import { formatFigure } from './format.js';
import type { Lang } from './locale.js';
import { CITATION_MESSAGES, messages } from './messages.js';
import { formatPeriod } from './period.js';

/** What a screen reader hears for a mark: "Tamaulipas: 328, 2020–2022. Source 1." */
export function describeMark(label: string, figure: Figure, footnote: number | undefined, lang: Lang): string {
  const t = messages(lang);
  const derived = figure.derived ? ` (${t.derivedMark})` : '';
  const source = footnote === undefined ? '' : ` ${CITATION_MESSAGES[lang].footnoteLink(footnote)}.`;
  return `${label}: ${formatFigure(figure, lang)}${derived}, ${formatPeriod(figure.period, lang)}.${source}`;
}
