/**
 * What kind of character a code point is, in Unicode's terms (\p{L}, \p{Lu}, \p{Lo}, \p{M},
 * \p{N}), without a Unicode-property regular expression for the characters English news is
 * written in.
 *
 * V8 compiles such an expression on its first use, and pays by the size of its class: in Node 24,
 * one property cost 2 M instructions, [\p{L}\p{M}] 7 M and [\p{Lu}\p{Lo}\p{N}] 10 M. The
 * engine's six expressions took about 30 M of the first pass over a page, as much as reading a
 * 1,500-word article, and every page paid for them: a page's curly quotes and dashes are beyond
 * ASCII. Here ASCII, Latin-1, Latin Extended-A and B, the combining diacritics, general
 * punctuation and currency signs are read from the code; any other character is asked of one
 * property's expression (compiled only then) and the answer kept.
 */

export const LETTER = 0;
export const UPPER = 1;
/** A letter of a script without case (Arabic, CJK): it can start a sentence. */
export const OTHER_LETTER = 2;
export const MARK = 3;
export const NUMBER = 4;
type Property = typeof LETTER | typeof UPPER | typeof OTHER_LETTER | typeof MARK | typeof NUMBER;

const SOURCES = ['\\p{L}', '\\p{Lu}', '\\p{Lo}', '\\p{M}', '\\p{N}'];
const expressions: (RegExp | undefined)[] = [];
// Pure: the content script imports isAscii alone, and the bundler then drops the maps.
const answers: Map<number, boolean>[] = /* @__PURE__ */ SOURCES.map(() => new Map());

/** Whether every character of the text is ASCII. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * `word.endsWith(suffix)`, read character by character from the end: asked of every word by the
 * negation and future readers, where the string method was measurably slower (perf24).
 */
export function endsWithChars(word: string, suffix: string): boolean {
  const n = word.length;
  const m = suffix.length;
  if (n < m) return false;
  for (let i = 1; i <= m; i++)
    if (word.charCodeAt(n - i) !== suffix.charCodeAt(m - i)) return false;
  return true;
}

/** Whether the code point has the property. */
export function hasProperty(code: number, property: Property): boolean {
  const known = fromCode(code, property);
  if (known !== undefined) return known;
  // No character: the code of a word's first letter when the word is empty (NaN), or out of range.
  if (!(code >= 0 && code <= 0x10ffff)) return false;
  const seen = answers[property] as Map<number, boolean>;
  let answer = seen.get(code);
  if (answer === undefined) {
    expressions[property] ??= new RegExp(SOURCES[property] as string, 'u');
    answer = (expressions[property] as RegExp).test(String.fromCodePoint(code));
    seen.set(code, answer);
  }
  return answer;
}

/**
 * The answer for the blocks news text is mostly made of, or undefined. Checked against the
 * expressions on every code unit (tests/unit/engine/char-class.test.ts).
 */
function fromCode(code: number, property: Property): boolean | undefined {
  if (code < 0x80) {
    const lower = code | 32;
    const letter = lower >= 97 && lower <= 122;
    if (property === LETTER) return letter;
    if (property === UPPER) return letter && code < 97;
    if (property === NUMBER) return code >= 48 && code <= 57;
    return false;
  }
  if (code < 0xc0) {
    // ª º are letters without case, µ a small letter; ² ³ ¹ ¼ ½ ¾ are numbers.
    if (property === LETTER) return code === 0xaa || code === 0xb5 || code === 0xba;
    if (property === OTHER_LETTER) return code === 0xaa || code === 0xba;
    if (property === NUMBER)
      return code === 0xb2 || code === 0xb3 || code === 0xb9 || (code >= 0xbc && code <= 0xbe);
    return false;
  }
  if (code < 0x100) {
    // Letters but for × and ÷; capitals up to Þ.
    const letter = code !== 0xd7 && code !== 0xf7;
    if (property === LETTER) return letter;
    if (property === UPPER) return letter && code <= 0xde;
    return false;
  }
  if (code < 0x250) {
    // Latin Extended-A and B: all letters, their case and the few caseless ones left to Unicode.
    if (property === LETTER) return true;
    if (property === MARK || property === NUMBER) return false;
    return undefined;
  }
  if (code >= 0x300 && code < 0x370) return property === MARK;
  if (code >= 0x2000 && code < 0x2070) return false;
  if (code >= 0x20a0 && code < 0x20d0) return false;
  return undefined;
}

/**
 * What /\s/ matches (ECMAScript white space and line terminators), read from the code: asked
 * around every sentence end and in every class name, where an expression called per character
 * costs more than the test itself.
 */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
