/**
 * The first look's count of the place's names (engine/count-anchor-terms.ts): accents typed as a
 * letter plus a combining mark still count, and a page without such a mark is never normalised
 * whole (a second pass over every off-topic page); a long text read piece by piece counts as a
 * whole pass would.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countAnchorTerms, isWordChar } from '../../../engine/count-anchor-terms';

const TERMS = ['irbīl', 'العراق', 'iraq'];

describe('countAnchorTerms', () => {
  afterEach(() => vi.restoreAllMocks());

  it('finds a name whose accent was typed as a combining mark', () => {
    expect(countAnchorTerms('Troops left Irbi\u0304l in January.', TERMS, 2)).toBe(1);
  });

  it('finds a name in another script', () => {
    expect(countAnchorTerms('قالت الحكومة في العراق', TERMS, 2)).toBe(1);
  });

  it('does not normalise a text that holds no combining mark', () => {
    const normalize = vi.spyOn(String.prototype, 'normalize');
    expect(countAnchorTerms('A page about the city council and its budget.', TERMS, 2)).toBe(0);
    expect(normalize).not.toHaveBeenCalled();
  });

  describe('on a long text, read piece by piece', () => {
    const filler = (n: number) => 'x'.repeat(n);
    /** The count as one lower-cased pass over the whole text finds it. */
    const whole = (text: string, terms: string[], max: number) => {
      const lower = text.toLowerCase();
      let n = 0;
      for (const term of terms)
        for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length))
          if (!(at > 0 && /[a-z0-9]/.test(lower[at - 1] as string)) && ++n >= max) return n;
      return n;
    };

    it('counts a name once wherever it falls, across the pieces too', () => {
      const terms = ['veldmark', 'veldmark bridge'];
      for (const at of [0, 8180, 8185, 8191, 8192, 8193, 16_380, 40_000]) {
        const text = `${filler(at)} Veldmark Bridge ${filler(50_000 - at)} Veldmark.`;
        expect(countAnchorTerms(text, terms, 9), `at ${at}`).toBe(whole(text, terms, 9));
      }
    });

    it('does not count a name inside a longer word at a piece boundary', () => {
      const text = `${filler(8191)}veldmark ${filler(9000)}`;
      expect(countAnchorTerms(text, ['veldmark'], 2)).toBe(0);
    });

    it('stops at the most asked for, whatever the text holds after', () => {
      const text = ` Veldmark Veldmark ${filler(100_000)} Veldmark`;
      expect(countAnchorTerms(text, ['veldmark'], 2)).toBe(2);
    });

    it('reads a text whose lower case is longer (a dotted capital I) as a whole', () => {
      const text = `${filler(8000)} İİİİ ${filler(180)} Veldmark ${filler(9000)} Veldmark`;
      expect(countAnchorTerms(text, ['veldmark'], 5)).toBe(2);
    });
  });
});

describe('isWordChar', () => {
  it('answers as /[\\p{L}\\p{N}]/u on every code unit beyond ASCII, and a-z 0-9 within it', () => {
    const expression = /[\p{L}\p{N}]/u;
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const expected =
        code < 0x80
          ? /[a-z0-9]/.test(String.fromCharCode(code))
          : expression.test(String.fromCharCode(code));
      if (isWordChar(code) !== expected) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it('a name after a letter of another script is inside a word; after a curly quote it is not', () => {
    expect(countAnchorTerms('وبغداد', ['بغداد'], 2)).toBe(0);
    expect(countAnchorTerms('“Riverton”, éRiverton, ²riverton', ['riverton'], 5)).toBe(1);
  });
});
