// Evaluates the arithmetic of a derived figure: numbers, input names, + - * / and
// parentheses. A tiny recursive-descent parser, because eval() is not an option
// for data we validate (and would hide typos as NaN).

/** @param {string} formula @param {Record<string, number>} vars @returns {number} */
export function evaluateFormula(formula, vars) {
  const tokens = formula.match(/\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*|[-+*/()]|\S/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const take = () => tokens[pos++];

  function primary() {
    const token = take();
    if (token === undefined) throw new Error(`formula "${formula}" ends too early`);
    if (token === '(') {
      const value = sum();
      if (take() !== ')') throw new Error(`formula "${formula}" has an unclosed "("`);
      return value;
    }
    if (token === '-') return -primary();
    if (/^\d/.test(token)) return Number(token);
    if (/^[A-Za-z_]/.test(token)) {
      if (!(token in vars)) throw new Error(`formula "${formula}" uses "${token}", which is not among its inputs`);
      return vars[token];
    }
    throw new Error(`formula "${formula}" has an unexpected "${token}"`);
  }
  function product() {
    let value = primary();
    while (peek() === '*' || peek() === '/') value = take() === '*' ? value * primary() : value / primary();
    return value;
  }
  function sum() {
    let value = product();
    while (peek() === '+' || peek() === '-') value = take() === '+' ? value + product() : value - product();
    return value;
  }

  const value = sum();
  if (pos !== tokens.length) throw new Error(`formula "${formula}" has an unexpected "${tokens[pos]}"`);
  return value;
}

/** The input names a formula uses. @param {string} formula */
export function formulaNames(formula) {
  return [...new Set(formula.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [])];
}
