/**
 * The first look's count: how often a text names the story's place, by plain string search. It
 * is its own module because the content script runs it on every page it is injected into; it
 * must pull in nothing else of the engine.
 */
import { isAscii } from './char-class';

/**
 * How many times the anchor terms occur in `text` (lower-cased) at the start of a word, counting
 * up to `max`. Plain indexOf scans: on a page that never names the story's place this is the
 * whole cost of the first look, about one pass over the text per term, in native code.
 */
export function countAnchorTerms(text: string, terms: readonly string[], max: number): number {
  const n = countInPieces(text, terms, max);
  // Accents typed as a letter plus a combining mark (pasted from some editors) only matter to
  // a story whose names have accents; compose them and look again.
  // Only a text holding such a mark can change: a page that never names the place is not
  // normalised whole (a second pass over every off-topic page once the names include Arabic).
  if (n === 0 && !terms.every(isAscii) && COMBINING_MARK.test(text))
    return countIn(text.normalize('NFC').toLowerCase(), terms, max);
  return n;
}

/** Marks that NFC composes with the letter before them: Latin accents, Arabic hamza and madda. */
const COMBINING_MARK = /[\u0300-\u036f\u0653-\u0655]/;

/**
 * Characters lower-cased at a time. A story's text names its place in its first lines: counting
 * piece by piece stops there, where lower-casing the whole text first cost a long page's pass
 * milliseconds (story-50k: 2.4 ms of a two-byte text of 300,000 characters).
 */
const PIECE_CHARS = 8192;

function countInPieces(text: string, terms: readonly string[], max: number): number {
  if (text.length <= PIECE_CHARS) return countIn(text.toLowerCase(), terms, max);
  let longest = 0;
  for (const term of terms) longest = Math.max(longest, term.length);
  let n = 0;
  for (let from = 0; from < text.length && n < max; from += PIECE_CHARS) {
    // Each piece with the character before it (is a match the start of a word?) and enough
    // after it to hold a term starting in it; a match counts in the piece it starts in.
    const before = from > 0 ? 1 : 0;
    const raw = text.slice(from - before, from + PIECE_CHARS + longest);
    const lower = raw.toLowerCase();
    // A letter whose lower case is longer ("İ") moves the piece's end: count it whole instead.
    if (lower.length !== raw.length) return countIn(text.toLowerCase(), terms, max);
    n += countIn(lower, terms, max - n, before, before + PIECE_CHARS);
  }
  return n;
}

/** Matches in `lower` starting in [from, to), up to `max`. */
function countIn(
  lower: string,
  terms: readonly string[],
  max: number,
  from = 0,
  to = lower.length,
): number {
  let n = 0;
  for (const term of terms) {
    for (
      let at = lower.indexOf(term, from);
      at >= 0 && at < to;
      at = lower.indexOf(term, at + term.length)
    ) {
      if (at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
      if (++n >= max) return n;
    }
  }
  return n;
}

/**
 * Whether a character of the lower-cased text is a letter or a digit (\p{L}, \p{N}), so that a
 * term right after it is inside a word. Read from the code for ASCII, Latin-1, Latin Extended-A
 * and B, the combining marks and the punctuation a page puts before a name (curly quotes,
 * dashes); any other character is asked of one expression, compiled only then (a Unicode
 * property's expression costs millions of instructions on its first use). Its own few lines
 * rather than char-class.ts's table of five properties: this runs in the content script on
 * every page, where each byte is read.
 */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  // ª µ º are letters, ² ³ ¹ ¼ ½ ¾ numbers; from À on all are letters but × and ÷.
  if (code < 0xc0)
    return (
      code === 0xaa ||
      code === 0xb5 ||
      code === 0xba ||
      code === 0xb2 ||
      code === 0xb3 ||
      code === 0xb9 ||
      (code >= 0xbc && code <= 0xbe)
    );
  if (code < 0x250) return code !== 0xd7 && code !== 0xf7;
  if (
    (code >= 0x300 && code < 0x370) ||
    (code >= 0x2000 && code < 0x2070) ||
    (code >= 0x20a0 && code < 0x20d0)
  )
    return false;
  wordChar ??= /[\p{L}\p{N}]/u;
  return wordChar.test(String.fromCharCode(code));
}

let wordChar: RegExp | undefined;
