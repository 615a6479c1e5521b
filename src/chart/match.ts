import type { Figure } from '../data/types.js';
import type { Lang } from './locale.js';
import { foldText, placeName } from './places.js';

/**
 * True when `query` names the figure's category, ignoring case and accents:
 * "Michoacan", "michoacán", "MX-MIC" all match Michoacán.
 */
export function figureMatches(figure: Figure, query: string, lang: Lang): boolean {
  const wanted = foldText(query);
  if (!wanted) return false;
  const names = [figure.geography, placeName(figure.geography, 'en'), placeName(figure.geography, 'es'),
    figure.label?.en ?? '', figure.label?.es ?? '', figure.label?.[lang] ?? ''];
  return names.some((name) => name && foldText(name) === wanted);
}
