/**
 * Cue words: the words a reading cannot do without, as bits of one mask per sentence, so that a
 * reading whose cues the sentence lacks returns at once instead of walking the sentence's words
 * to find none. Most readings apply to few sentences ("until the …", "than the …", "welcomed
 * the move"), and each walked every sentence of a page, the first pass in V8's interpreter.
 *
 * A second space of word classes beside word-class.ts (whose 30 bits are nearly all taken, by
 * lists tested at every token): a cue class is tested once per reading of a sentence, against
 * the sentence's mask, read once per sentence (the tokens of one sentence are read by many
 * readings in a row, and never change after tokenize). A gate holds only where the reading
 * finds nothing without one of the cue's words: the cue is a necessary word, never a guess.
 *
 * A class is made once, when its module loads (`const UNTIL_CUE = cueClass([...])`).
 */
import type { Token } from './tokenize';

/** Bits a cue mask may use: 30, so that every mask stays a small integer. */
const CUE_BITS = 30;

/** Every cue word, with the bits of its classes. */
const CUES = new Map<string, number>();
let used = 0;

/**
 * The last two sentences' tokens and masks: the readings of a sentence mostly ask of its own
 * tokens, now and then of the sentence before's.
 */
let lastTokens: readonly Token[] | undefined;
let lastMask = 0;
let otherTokens: readonly Token[] | undefined;
let otherMask = 0;

/** A new class of these (folded, lower-case) words: its bit. Module-level only. */
export function cueClass(words: Iterable<string>): number {
  if (used >= CUE_BITS) throw new Error(`more than ${CUE_BITS} cue classes`);
  const bit = 1 << used++;
  for (const word of words) CUES.set(word, (CUES.get(word) ?? 0) | bit);
  // A mask read before lacks the new class: read again.
  lastTokens = otherTokens = undefined;
  return bit;
}

/** The cue classes of the sentence's words, together. */
export function cuesIn(tokens: readonly Token[]): number {
  if (tokens === lastTokens) return lastMask;
  if (tokens === otherTokens) return otherMask;
  let mask = 0;
  for (let k = 0; k < tokens.length; k++) mask |= CUES.get((tokens[k] as Token).norm) ?? 0;
  otherTokens = lastTokens;
  otherMask = lastMask;
  lastTokens = tokens;
  lastMask = mask;
  return mask;
}

/** Whether the sentence has a word of the cue class (`cue`, from cueClass). */
export function hasCue(tokens: readonly Token[], cue: number): boolean {
  return (cuesIn(tokens) & cue) !== 0;
}
