/**
 * Words of a sentence with their offsets. Matching works on `norm` (lower-case, accents and
 * typographic quotes folded); `raw` keeps the page's casing for case-sensitive cues ("US" vs "us").
 * Hyphenated words are split ("al-Rashid" → "al", "rashid") so each part can match on its own.
 *
 * A hand-written scanner rather than a Unicode regular expression: the content script runs this
 * on every sentence of a page once, cold, and there a regular expression with \p{L} runs in V8's
 * regexp interpreter at a fraction of the speed of this loop. Word rules:
 *   2,500 · 1,234.5     digits in groups of three (value 2500)
 *   2024 · 3.5          digits, with an optional decimal part
 *   U.S. · al-Rashid's  letters (and combining marks), joined inside by . ' ’, optional final dot
 *                       (kept only for dotted abbreviations: "U.S." but "city" from "city.")
 */

import { hasProperty, LETTER, MARK } from './char-class';
import { classesOf, classGeneration } from './word-class';

export type Token = {
  /** The word as written. */
  raw: string;
  /** Lower-case, accent-free, straight-quoted form used for matching. */
  norm: string;
  /** Offsets into the sentence string. */
  start: number;
  end: number;
  /** Numeric value for digit tokens ("2,500" → 2500). */
  value?: number;
  /** The word classes `norm` belongs to (word-class.ts): a bit per list of the engine's English. */
  classes: number;
  /**
   * The lexicon's number for the word as written (`raw`): every token of a spelling has the same,
   * and no other spelling ever gets it, so a reader's table per word is an array indexed by it
   * rather than a Map hashing the word's string at every token (find-concepts.ts).
   */
  id: number;
};

export function fold(s: string): string {
  // Most words are plain ASCII: lower-casing is all they need.
  let ascii = true;
  for (let i = 0; i < s.length; i++)
    if (s.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  if (ascii) return s.toLowerCase();
  return withoutMarks(s.normalize('NFKD'))
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/** The text without its combining marks (NFKD writes "é" as "e" and a mark). */
function withoutMarks(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; ) {
    const point = s.codePointAt(i) as number;
    const width = point > 0xffff ? 2 : 1;
    if (point >= 0x300 && hasProperty(point, MARK)) {
      out += s.slice(from, i);
      from = i + width;
    }
    i += width;
  }
  return from === 0 ? s : out + s.slice(from);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Length (1 or 2 code units) of the letter or mark at `i` of `s` (its `n` code units copied in
 * `codes`), or 0.
 */
function letterAt(codes: Uint16Array, s: string, n: number, i: number): number {
  if (i >= n) return 0;
  const c = codes[i] as number;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
  if (c < 128) return 0;
  return letterBeyondAscii(s, i, c);
}

/**
 * The sentence's code units, copied once per sentence into one array kept for every sentence:
 * the scanner, the lexicon's hash and its comparison each read every letter, and a sentence is
 * a slice of the page, where each `charCodeAt` in optimised code first finds the page's string
 * beneath the slice (Node 24, story-10k, a warm match: `tokenize` and `lexeme` 12.8 -> 10.9 M
 * instructions).
 */
let codeUnits = new Uint16Array(1024);

function codesOf(sentence: string, n: number): Uint16Array {
  if (n > codeUnits.length) {
    let size = codeUnits.length;
    while (size < n) size *= 2;
    codeUnits = new Uint16Array(size);
  }
  const codes = codeUnits;
  for (let i = 0; i < n; i++) codes[i] = sentence.charCodeAt(i);
  return codes;
}

/**
 * letterAt() past ASCII, apart: the optimised scanner inlines letterAt at each of its four calls,
 * and with it the character classes, four times over (a larger function to compile, and compiled
 * again after each deoptimisation). Curly quotes and dashes, the most common characters past
 * ASCII in news text, are no letters (char-class.ts, General Punctuation).
 */
function letterBeyondAscii(s: string, i: number, c: number): number {
  if (c >= 0x2000 && c < 0x2070) return 0;
  const point = s.codePointAt(i) as number;
  const known = hasProperty(point, LETTER) || hasProperty(point, MARK);
  return known ? (point > 0xffff ? 2 : 1) : 0;
}

const isJoin = (c: number) => c === 46 || c === 39 || c === 0x2019; // . ' ’

/**
 * Every token is built with the same properties (`value` undefined on words), so that the
 * engine's reads of a token see one shape of object: a word without `value` and a number with
 * it were two, and each read of a token's property checked which (Node 24, story-10k: cold first
 * pass 715 → 707 M instructions, passes 2–6 262 → 255 M).
 *
 * Every read of a character is inside the sentence (the `< n` tests below): charCodeAt past the
 * end gave NaN, and each such read made V8 throw away the optimised scanner and build it again,
 * several times over a page's first pass; past `n`, `codes` holds an earlier sentence's letters.
 * Written inline, not as a helper: on a short page this runs in V8's interpreter, where a call
 * per character costs as much as the scan.
 */
export function tokenize(sentence: string): Token[] {
  if (lexiconGeneration !== classGeneration()) {
    forgetWords();
    lexiconGeneration = classGeneration();
  }
  const tokens: Token[] = [];
  const n = sentence.length;
  const codes = codesOf(sentence, n);
  let i = 0;
  while (i < n) {
    const c = codes[i] as number;
    if (isDigit(c)) {
      const start = i;
      let j = i;
      while (j < n && isDigit(codes[j] as number)) j++;
      let end = j;
      // "2,500": one to three digits, then groups of a comma and exactly three digits.
      if (j - i <= 3) {
        let k = j;
        while (
          k + 3 < n &&
          (codes[k] as number) === 44 &&
          isDigit(codes[k + 1] as number) &&
          isDigit(codes[k + 2] as number) &&
          isDigit(codes[k + 3] as number)
        )
          k += 4;
        end = k;
      }
      if (end + 1 < n && (codes[end] as number) === 46 && isDigit(codes[end + 1] as number)) {
        end += 1;
        while (end < n && isDigit(codes[end] as number)) end++;
      }
      // A figure is a word of the lexicon too (folding leaves digits, commas and dots as they are).
      const figure = lexeme(codes, sentence, start, end);
      const raw = figure.raw;
      tokens.push(
        new Word(raw, raw, start, end, Number(raw.replaceAll(',', '')), figure.classes, figure.id),
      );
      i = end;
      continue;
    }
    let step = letterAt(codes, sentence, n, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    let j = i;
    let dotted = false;
    for (;;) {
      while (step > 0) {
        j += step;
        step = letterAt(codes, sentence, n, j);
      }
      const join = j < n ? (codes[j] as number) : -1;
      if (isJoin(join) && letterAt(codes, sentence, n, j + 1) > 0) {
        if (join === 46) dotted = true;
        j += 1;
        step = letterAt(codes, sentence, n, j);
        continue;
      }
      break;
    }
    // A final dot belongs to dotted abbreviations ("U.S."), not to a sentence-final word.
    const end = dotted && j < n && (codes[j] as number) === 46 ? j + 1 : j;
    // Pages run words together where markup joined them ("inSeptember", "theUS"): a word that
    // starts in lower case and turns upper case mid-word is two words.
    const word = lexeme(codes, sentence, start, end);
    if (word.joint > 0) {
      const joint = start + word.joint;
      const head = lexeme(codes, sentence, start, joint);
      const tail = lexeme(codes, sentence, joint, end);
      tokens.push(new Word(head.raw, head.norm, start, joint, undefined, head.classes, head.id));
      tokens.push(new Word(tail.raw, tail.norm, joint, end, undefined, tail.classes, tail.id));
    } else {
      tokens.push(new Word(word.raw, word.norm, start, end, undefined, word.classes, word.id));
    }
    i = j < n && (codes[j] as number) === 46 ? j + 1 : j;
  }
  return tokens;
}

/**
 * A token built by a constructor rather than an object literal. V8 tracks each object literal's
 * allocation site and decides, as a long page's tokens outlive young collections, to allocate
 * them in the old generation: each change of that decision threw away the optimised scanner
 * (and every function that inlined it), several times over a page's first passes.
 */
class Word implements Token {
  raw: string;
  norm: string;
  start: number;
  end: number;
  value: number | undefined;
  classes: number;
  id: number;
  constructor(
    raw: string,
    norm: string,
    start: number,
    end: number,
    value: number | undefined,
    classes: number,
    id: number,
  ) {
    this.raw = raw;
    this.norm = norm;
    this.start = start;
    this.end = end;
    this.value = value;
    this.classes = classes;
    this.id = id;
  }
}

/**
 * A word's two strings and its classes, as every token of that word shares them. A class, not
 * an object literal, for the reason Word is one: the lexicon's words outlive young collections,
 * and V8's decision to allocate a literal's objects in the old generation threw away the
 * optimised scanner and every function that inlined it (Node 24, story-10k, in the fifth pass).
 */
class Lexeme {
  raw: string;
  norm: string;
  classes: number;
  /** The hash of `raw` the lexicon files it under. */
  hash: number;
  /**
   * Where the word splits in two, from its start (runTogether), or -1: a function of the word's
   * letters alone, read once per distinct word. A word with a dot is never split ("U.S.").
   */
  joint: number;
  /** Token.id: numbered in the order the lexicon first met the words, never reused. */
  id: number;
  constructor(raw: string, norm: string, classes: number, hash: number) {
    this.raw = raw;
    this.norm = norm;
    this.classes = classes;
    this.hash = hash;
    this.id = nextWordId++;
    this.joint = raw.includes('.') ? -1 : runTogether(raw, 0, raw.length);
  }
}

/**
 * Every word seen, by its spelling, with its folded form: a page repeats its words, and the
 * background matches page after page of the same story. Every token of a word shares its two
 * strings, so fold() runs once per distinct word and each string is hashed once, by the first
 * Set or Map that looks it up. Emptied when it grows past any one page's vocabulary, so a
 * long-running background does not keep every word it ever read. (Making the strings V8's
 * internalized copies, through an object's property names, cut the warm passes further but
 * cost a long page's first pass 7%: measured on story-50k.)
 *
 * An open-addressed table keyed by a hash of the word's characters, read in the sentence where
 * they stand: a word already known is found without copying it out of the sentence, where a Map
 * keyed by the word needed a fresh string per token, hashed and compared by the Map, and left
 * to the garbage collector (story-50k, warm: the Map's lookup was a sixth of word reading).
 */
const LEXICON_WORDS = 50_000;
/** Slots at first: a power of two, doubled whenever the words fill half of them. */
const LEXICON_FIRST_SLOTS = 1 << 12;
let lexicon: (Lexeme | undefined)[] = new Array(LEXICON_FIRST_SLOTS).fill(undefined);
let lexiconSize = 0;
/**
 * The next word's Token.id. Not reset when the lexicon forgets its words: a token read before
 * keeps its number, and a word met again after is a new number, so a number never names two
 * spellings (a reader's table keyed by it stays right; find-concepts.ts bounds its table by
 * MAX_WORDS).
 */
let nextWordId = 0;
/** The count of word classes when the lexicon's words read theirs (word-class.ts). */
let lexiconGeneration = -1;

function forgetWords(): void {
  lexicon = new Array(LEXICON_FIRST_SLOTS).fill(undefined);
  lexiconSize = 0;
}

/** The word `text[start, end)`: its shared strings and classes, read once per distinct word. */
function lexeme(codes: Uint16Array, text: string, start: number, end: number): Lexeme {
  // FNV-1a over the UTF-16 code units.
  let hash = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ (codes[k] as number), 0x01000193);
  const mask = lexicon.length - 1;
  let slot = hash & mask;
  for (;;) {
    const known = lexicon[slot];
    if (known === undefined) break;
    if (known.hash === hash && spells(known.raw, codes, start, end)) return known;
    slot = (slot + 1) & mask;
  }
  const raw = spelling(codes, text, start, end);
  const norm = fold(raw);
  const word = new Lexeme(raw, norm, classesOf(norm), hash);
  if (lexiconSize >= LEXICON_WORDS) forgetWords();
  else if (2 * (lexiconSize + 1) > lexicon.length) grow();
  else {
    lexicon[slot] = word;
    lexiconSize++;
    return word;
  }
  place(word);
  lexiconSize++;
  return word;
}

/**
 * The word's string for the lexicon: a copy of one byte a letter when every letter fits in one
 * (nearly every word), else the slice. A page with one curly quote or dash is a two-byte string,
 * and so is every slice of it; compared with the story's word lists (one byte a letter: the
 * bisections of find-concepts.ts, `<` on strings of both kinds), each comparison was a call into
 * V8's runtime, and its lower case came from ICU. `String.fromCharCode` writes one byte a letter
 * when it can. Run once per distinct word: the same letters either way.
 */
function spelling(codes: Uint16Array, text: string, start: number, end: number): string {
  for (let k = start; k < end; k++) if ((codes[k] as number) > 0xff) return text.slice(start, end);
  return String.fromCharCode.apply(null, codes.subarray(start, end) as unknown as number[]);
}

/** Puts a word in the first free slot from its hash's. */
function place(word: Lexeme): void {
  const mask = lexicon.length - 1;
  let slot = word.hash & mask;
  while (lexicon[slot] !== undefined) slot = (slot + 1) & mask;
  lexicon[slot] = word;
}

/** Twice the slots, every known word placed again. */
function grow(): void {
  const words = lexicon;
  lexicon = new Array(words.length * 2).fill(undefined);
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (word !== undefined) place(word);
  }
}

/** Whether `word` is written as `codes[start, end)`. */
function spells(word: string, codes: Uint16Array, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== codes[start + k]) return false;
  return true;
}

const isLower = (c: number) => c >= 97 && c <= 122;
/** An ASCII capital letter's code (A–Z). */
export const isUpper = (c: number) => c >= 65 && c <= 90;

/**
 * Where a word written in lower case runs into a capitalised one ("inSeptember" → 2), or -1.
 * Only a lower-case start counts, so names ("McDonald", "MacArthur") are left whole.
 */
function runTogether(s: string, start: number, end: number): number {
  if (!isLower(s.charCodeAt(start))) return -1;
  for (let k = start + 2; k < end - 1; k++)
    if (isUpper(s.charCodeAt(k)) && isLower(s.charCodeAt(k - 1))) return k;
  return -1;
}
