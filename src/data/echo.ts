/** At most this many characters of a page's value are repeated in a message about it. */
export const ECHO_LENGTH = 80;

/** Text cut to `max` characters, an ellipsis marking the cut. */
export const capped = (text: string, max = ECHO_LENGTH): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Any value as a short text for a message about it, never throwing: text quoted, NaN and
 * Infinity as such, a BigInt with its "n", an object as JSON or, when it cannot be (a cycle,
 * a getter that throws), as {…} or […]; all cut to `ECHO_LENGTH` characters.
 */
export function echo(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(capped(value));
    case 'bigint':
      return capped(`${value}n`);
    case 'symbol':
      return capped(value.toString());
    case 'function':
      return 'function';
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    default:
      try {
        return capped(JSON.stringify(value));
      } catch {
        return Array.isArray(value) ? '[…]' : '{…}';
      }
  }
}
