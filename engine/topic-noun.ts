/**
 * "Inside the Harbour Board's Pier Closure", "Timeline: How the Town Negotiated the Ferry's
 * Exit", "Unions Press For Total Closure": a headline may name an act only as a thing, a noun
 * the headline is about (after a possessive, an article or a preposition, or a word that is a
 * noun by its ending). Such a headline is dated by its page as any other, but the page's month
 * is then when someone wrote about the act, not when a plan said it would happen: it does not
 * tell that the plan's moment came. Told as an act ("Ferries Leave The North Pier", "Crews
 * Complete First Stage") or naming the plan's own step (`retoldBy`: its phase, its place), it may.
 */
import type { ConceptHit } from './find-concepts';
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';
import type { Claim } from './types';
import { inClass, wordClass } from './word-class';

/** Words after which the next word is a noun: articles, possessive pronouns, prepositions. */
const BEFORE_NOUN = wordClass(
  'the a an its their his her our this that these those for of on about over into inside behind toward towards against amid during'.split(
    ' ',
  ),
);

/** Endings that make a word a noun of an act: removal, closure, movement, evacuation, shutdown. */
const NOUN_ENDINGS = ['al', 'ure', 'ment', 'tion', 'sion', 'down', 'out'];

/** Whether the one-word hit at `at` reads as a noun: by its ending, or by the word before it. */
function nounHit(tokens: readonly Token[], h: ConceptHit): boolean {
  if (h.to - h.from !== 1) return false;
  const word = (tokens[h.from] as Token).norm;
  if (word.length > 5 && NOUN_ENDINGS.some((e) => word.endsWith(e))) return true;
  const before = tokens[h.from - 1];
  if (!before) return false;
  return before.norm.endsWith("'s") || inClass(before, BEFORE_NOUN);
}

/**
 * Whether a plan's key words (`key`, its hits of the claim's first group) are all such nouns and
 * the sentence names none of the concepts that name the plan itself (`retoldBy`): then the page's
 * date does not time the plan.
 */
export function planOnlyAsTopic(
  claim: Claim,
  key: readonly ConceptHit[],
  facts: SentenceFacts,
): boolean {
  if (claim.kind !== 'plan' || key.length === 0) return false;
  const tokens = facts.tokens;
  for (const h of key) if (h.inferred || !nounHit(tokens, h)) return false;
  for (const concept of claim.recognize.retoldBy ?? []) {
    const at = facts.hitsOf(concept);
    for (let k = 0; k < at.length; k++)
      if (!(facts.hits[at[k] as number] as ConceptHit).inferred) return false;
  }
  return true;
}
