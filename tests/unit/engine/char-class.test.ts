import { describe, expect, it } from 'vitest';
import {
  hasProperty,
  isSpace,
  LETTER,
  MARK,
  NUMBER,
  OTHER_LETTER,
  UPPER,
} from '../../../engine/char-class';

const PROPERTIES = [
  ['letter', LETTER, /\p{L}/u],
  ['upper-case letter', UPPER, /\p{Lu}/u],
  ['letter without case', OTHER_LETTER, /\p{Lo}/u],
  ['mark', MARK, /\p{M}/u],
  ['number', NUMBER, /\p{N}/u],
] as const;

describe('hasProperty', () => {
  for (const [name, property, expression] of PROPERTIES) {
    it(`answers as ${expression} does on every code unit and on astral code points (${name})`, () => {
      const wrong: string[] = [];
      const check = (code: number) => {
        if (hasProperty(code, property) !== expression.test(String.fromCodePoint(code)))
          wrong.push(code.toString(16));
      };
      for (let code = 0; code <= 0xffff; code++) check(code);
      for (let code = 0x10000; code <= 0x10ffff; code += 97) check(code);
      expect(wrong).toEqual([]);
    });
  }

  it('answers no for what is not a character (the first code of an empty word), never throws', () => {
    for (const [, property] of PROPERTIES) {
      expect(hasProperty(''.codePointAt(0) as number, property)).toBe(false);
      expect(hasProperty(Number.NaN, property)).toBe(false);
      expect(hasProperty(-1, property)).toBe(false);
      expect(hasProperty(0x110000, property)).toBe(false);
    }
  });

  it('knows the characters of English news without asking an expression', () => {
    // Curly quotes, dashes, an ellipsis, a euro sign, accented capitals and a combining accent.
    expect(hasProperty(0x2019, LETTER)).toBe(false);
    expect(hasProperty(0x2014, NUMBER)).toBe(false);
    expect(hasProperty(0x2026, UPPER)).toBe(false);
    expect(hasProperty(0x20ac, LETTER)).toBe(false);
    expect(hasProperty(0xc9, UPPER)).toBe(true);
    expect(hasProperty(0xe9, UPPER)).toBe(false);
    expect(hasProperty(0x301, MARK)).toBe(true);
    expect(hasProperty(0x627, OTHER_LETTER)).toBe(true);
  });
});

describe('isSpace', () => {
  it('answers as /\\s/ does on every code unit', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) wrong.push(code.toString(16));
    expect(wrong).toEqual([]);
  });
});
