/**
 * Word classes: the engine's word lists as bits of one number per word. The tokenizer reads a
 * word's classes once, when it first meets the word (tokenize.ts keeps every word it has seen),
 * and every token carries them; a stage that tests each token of each sentence against a list
 * ("is this a modal?", "a negation?") then tests a bit, where a Set would hash and compare the
 * word's string at every token. A list tested once per sentence, or per hit, stays a Set.
 *
 * A class is made once, when its module loads (`const MODALS = wordClass([...])`), and there
 * are at most CLASS_BITS of them: the bits are small integers, which V8 keeps unboxed.
 */
import type { Token } from './tokenize';

/** Bits a class mask may use: 30, so that every mask stays a small integer. */
export const CLASS_BITS = 30;

/** Every word of some class, with the bits of its classes. */
const MASKS = new Map<string, number>();
let used = 0;
let generation = 0;

/**
 * A new class of these (folded, lower-case) words: its bit. Module-level only: a class made
 * after words were tokenized makes the tokenizer forget the words it knows (classGeneration).
 */
export function wordClass(words: Iterable<string>): number {
  if (used >= CLASS_BITS) throw new Error(`more than ${CLASS_BITS} word classes`);
  const bit = 1 << used++;
  for (const word of words) MASKS.set(word, (MASKS.get(word) ?? 0) | bit);
  generation++;
  return bit;
}

/** The classes of a folded word, as a mask (0 for a word in none). */
export function classesOf(norm: string): number {
  return MASKS.get(norm) ?? 0;
}

/** Counts the classes made: a word's classes read at an older count may lack a newer class. */
export function classGeneration(): number {
  return generation;
}

/** Whether the token is there and its word belongs to the class (`cls`, from wordClass). */
export function inClass(token: Token | undefined, cls: number): boolean {
  return token !== undefined && (token.classes & cls) !== 0;
}
