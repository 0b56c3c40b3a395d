/**
 * "The handover reflected the will of the town": "will" after a determiner, or before "of",
 * is the noun (a wish), not the auxiliary that puts a verb ahead. A modal is followed by a
 * verb, never by "of", and is never preceded by "the" or a possessive.
 */
import type { Token } from './tokenize';

/** Words that make the next "will" a noun: "the will", "their will", "political will". */
const BEFORE_NOUN = new Set(
  'the a an his her its their our my your popular political public free good ill own sheer'.split(
    ' ',
  ),
);

/** Whether the token at `at` is "will" used as a noun. */
export function willIsNoun(tokens: readonly Token[], at: number): boolean {
  if ((tokens[at] as Token | undefined)?.norm !== 'will') return false;
  return BEFORE_NOUN.has(tokens[at - 1]?.norm ?? '') || tokens[at + 1]?.norm === 'of';
}
