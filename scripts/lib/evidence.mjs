// How a figure's evidence is compared with its document, and which numbers a
// span of text states. Shared by the validation tests and the CLI checker.

/** Whitespace collapsed, markdown emphasis and non-breaking spaces removed. */
export function normalizeText(text) {
  return text.replace(/\*/g, '').replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s+/g, ' ').trim();
}

const WORDS = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALES = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// Spanish titles that a document cites: "Un herido por cada cinco muertos", "dos mil 58 homicidios".
const WORDS_ES = { un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 };

/** Every number the text states, with scale words multiplied out. */
export function numbersIn(text) {
  const normalized = normalizeText(text);
  const found = [];
  const pattern = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(thousand|million|billion|trillion)\b)?/gi;
  for (const match of normalized.matchAll(pattern)) {
    const base = Number(match[1].replace(/,/g, '') + (match[2] ? `.${match[2]}` : ''));
    found.push(base);
    if (match[3]) found.push(base * SCALES[match[3].toLowerCase()]);
  }
  const wordPattern = new RegExp(`\\b(${Object.keys(WORDS).join('|')})\\b(?:[\\s-]+(thousand|million|billion|trillion)\\b)?`, 'gi');
  for (const match of normalized.matchAll(wordPattern)) {
    const base = WORDS[match[1].toLowerCase()];
    found.push(base);
    if (match[2]) found.push(base * SCALES[match[2].toLowerCase()]);
  }
  const spanish = new RegExp(`(?<![\\p{L}\\d])(${Object.keys(WORDS_ES).join('|')})(?![\\p{L}])(?:\\s+mil(?:\\s+(\\d{1,3})(?![\\d,.]))?(?![\\p{L}]))?`, 'giu');
  for (const match of normalized.matchAll(spanish)) {
    const base = WORDS_ES[match[1].toLowerCase()];
    found.push(base);
    if (match[0].includes('mil')) found.push(base * 1e3 + Number(match[2] ?? 0));
  }
  return found;
}

/** True when `value` is one of the numbers stated in `text`. */
export function statesValue(text, value) {
  return numbersIn(text).some((n) => Math.abs(n - value) <= 1e-9 * Math.max(1, Math.abs(value)));
}

export function wordCount(text) {
  return normalizeText(text).split(' ').filter(Boolean).length;
}
