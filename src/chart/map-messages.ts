// The words of a tile map of the states, in both languages, and its summary: a
// module of their own, which loads with the map's code.
import type { Lang } from './locale.js';
import { listText, type SummaryPart } from './summarize.js';

/** The words of a map; numbers and lists come formatted. */
export const MAP_MESSAGES = {
  en: {
    noData: 'No data',
    tileNoData: 'no data',
    groupKey: (total: string, states: number) => `Not broken down by the source: ${total} in the other ${states} states`,
    groupTile: (total: string, states: number) => `not broken down by the source; the other ${states} states together: ${total}`,
    top: (name: string, value: string, next: string) => `${name} has the highest value, ${value}${next ? `, followed by ${next}` : ''}.`,
    range: (low: string, lowName: string, high: string) => `Values run from ${low} (${lowName}) to ${high}.`,
    missing: (states: number) => (states === 1 ? 'One state has no data.' : `${states} states have no data.`),
    grouped: (total: string, states: number) => `The source does not break down the other ${states} states: together, ${total}.`,
  },
  es: {
    noData: 'Sin datos',
    tileNoData: 'sin datos',
    groupKey: (total: string, states: number) => `Sin desglose en la fuente: ${total} en los otros ${states} estados`,
    groupTile: (total: string, states: number) => `sin desglose en la fuente; los otros ${states} estados en conjunto: ${total}`,
    top: (name: string, value: string, next: string) => `${name} tiene el valor más alto, ${value}${next ? `, seguido de ${next}` : ''}.`,
    range: (low: string, lowName: string, high: string) => `Los valores van de ${low} (${lowName}) a ${high}.`,
    missing: (states: number) => (states === 1 ? 'Un estado no tiene datos.' : `${states} estados no tienen datos.`),
    grouped: (total: string, states: number) => `La fuente no desglosa los otros ${states} estados: en conjunto, ${total}.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/**
 * A map's summary: the state with the highest value and the next ones, then the
 * range from the lowest. `text` is each value as written.
 */
export function summarizeMap(parts: (SummaryPart & { text: string })[], lang: Lang, followers = 2): string {
  if (parts.length === 0) return '';
  const words = MAP_MESSAGES[lang];
  const [top, ...rest] = [...parts].sort((a, b) => b.value - a.value);
  const low = rest[rest.length - 1];
  const next = listText(rest.slice(0, followers).map((p) => `${p.label} (${p.text})`), lang);
  return [words.top(top.label, top.text, next), low ? words.range(low.text, low.label, top.text) : ''].filter(Boolean).join(' ');
}
