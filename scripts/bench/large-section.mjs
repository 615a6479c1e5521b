// The large-data section of bench/RESULTS.md: `npm run bench:large -- --write`
// writes it, and `npm run bench`, which rewrites the rest of the file, keeps it.
const START = '<!-- bench:large -->';
const END = '<!-- /bench:large -->';

/** The section in `text` (a whole RESULTS.md), or ''. */
export function largeSection(text) {
  const start = text.indexOf(START);
  const end = text.indexOf(END, start);
  return start >= 0 && end > start ? text.slice(start, end + END.length) : '';
}

/** `text` with its section replaced by `body` (added at the end when it has none). */
export function withLargeSection(text, body) {
  const section = `${START}\n${body}\n${END}`;
  const old = largeSection(text);
  return old ? text.replace(old, () => section) : `${text.trimEnd()}\n\n${section}\n`;
}
