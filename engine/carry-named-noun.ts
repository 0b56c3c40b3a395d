/**
 * "The repairs are overseen by a joint harbour committee. That committee meets again in May.":
 * "that" or "this" opening a sentence with the noun a named thing of the sentence before ended
 * on takes up that thing, whatever the story makes of it (an actor or not), as a pronoun takes
 * up the actors (carry-subject.ts). Only a name of several words: a one-word name said again
 * is named again by itself. carry-context.ts reads "the commission" after a capitalised name
 * ("the Harbour Works Commission") anywhere in the sentence; this reads a name in lower case
 * too, but only after an opening "that"/"this" ("the committee" may be another one).
 */

import { inferred, SINGULAR_DEMONSTRATIVES, withHits } from './carry-context';
import type { SentenceWords } from './sentence-facts';

/**
 * The sentence read with the concept the sentence before named by a phrase ending on the noun
 * after an opening "that"/"this"; undefined when it opens otherwise or no such phrase was told.
 */
export function namedByItsNoun(
  current: SentenceWords,
  previous: SentenceWords | undefined,
): SentenceWords | undefined {
  const { tokens } = current;
  if (!previous || !SINGULAR_DEMONSTRATIVES.has(tokens[0]?.norm ?? '')) return undefined;
  const noun = tokens[1];
  if (!noun) return undefined;
  for (const h of previous.hits) {
    if (h.inferred || h.to - h.from < 2 || previous.tokens[h.to - 1]?.norm !== noun.norm) continue;
    if (current.hits.some((c) => c.concept === h.concept)) return undefined;
    return withHits(current, [inferred(h, 1, noun)]);
  }
  return undefined;
}
