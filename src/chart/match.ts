import type { Figure } from '../data/types.js';
import type { Lang } from './locale.js';
import { foldText, placeName, stateResolver } from './places.js';

/**
 * True when `query` names the figure's category, ignoring case and accents:
 * "Michoacan", "michoacán", "MX-MIC", "Michoacán de Ocampo" all match Michoacán.
 */
export function figureMatches(figure: Figure, query: string, lang: Lang): boolean {
  const wanted = foldText(query);
  if (!wanted) return false;
  const names = [figure.geography, placeName(figure.geography, 'en'), placeName(figure.geography, 'es'),
    figure.label?.en ?? '', figure.label?.es ?? '', figure.label?.[lang] ?? ''];
  // A state also answers to the other names newsrooms write for it (CDMX, Edomex, its official name).
  return names.some((name) => name && foldText(name) === wanted) || (/^MX-[A-Z]{3}$/.test(figure.geography) && stateResolver()(query) === figure.geography);
}
