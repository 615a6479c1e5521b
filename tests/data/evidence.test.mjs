import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { numbersIn, statesValue, normalizeText } from '../../scripts/lib/evidence.mjs';
import { evaluateFormula } from '../../scripts/lib/formula.mjs';

describe('numbersIn', () => {
  it('reads separators, decimals, scale words and number words', () => {
    const found = numbersIn('at least 4.5 billion pesos ($257 million), 1,700 per cent; nine out of ten, 36,661');
    for (const n of [4.5e9, 257e6, 1700, 9, 10, 36661]) assert.ok(found.includes(n), `${n} in ${found}`);
  });
  it('reads the Spanish titles a document cites: number words and "dos mil 58"', () => {
    assert.ok(statesValue('Tijuana registró dos mil 58 homicidios durante 2022', 2058));
    assert.ok(statesValue('Un herido por cada cinco muertos', 5));
    assert.equal(statesValue('Tijuana registró dos mil 58 homicidios', 258), false);
    assert.equal(statesValue('cincuenta', 5), false, 'a word that only begins like a number word');
  });
  it('does not invent numbers', () => {
    assert.equal(statesValue('756 confrontations', 757), false);
  });
});

describe('normalizeText', () => {
  it('folds whitespace and drops markdown emphasis', () => {
    assert.equal(normalizeText('  the **Armed\n Forces**\u00a0grew '), 'the Armed Forces grew');
  });
});

describe('evaluateFormula', () => {
  it('follows precedence and parentheses', () => {
    assert.equal(evaluateFormula('a - (b + c) * 2 / 4', { a: 10, b: 1, c: 3 }), 8);
  });
  it('rejects names that are not inputs and stray characters', () => {
    assert.throws(() => evaluateFormula('a + x', { a: 1 }), /"x"/);
    assert.throws(() => evaluateFormula('a ^ 2', { a: 1 }), /unexpected/);
  });
});
