/**
 * A claim that is someone's stated position ("the harbour master said the pier still needs the
 * tugs") is asserted only by that speaker. A sentence whose own teller is someone else ("Dock
 * workers said they still need the tugs for some jobs") reports another voice saying something
 * alike, not the claim. The teller is the sentence's opening subject before a verb of saying
 * ("The dock workers said …", "Two captains told reporters …"), the tail naming who tells it
 * (", a dock worker said."), or "according to …". A sentence naming the claim's speaker
 * anywhere ("Dock workers said the harbour master wants the tugs kept") reports the speaker's
 * position, and one naming no teller is left to the claim's other words.
 */
import { attributionSpans, openingTeller, tailAttribution } from './attribution';
import type { SentenceWords } from './sentence-facts';
import type { ConceptId } from './types';

/**
 * Whether the sentence names a teller of its own and nowhere names one of the claim's `speakers`
 * (the speaker or one of its titles) in its own words or, carried from before ("He said …"), as
 * the teller.
 */
export function toldByAnother(words: SentenceWords, speakers: readonly ConceptId[]): boolean {
  const { tokens, text } = words;
  const tellers: [number, number][] = [];
  const opening = openingTeller(tokens, text);
  if (opening) tellers.push(opening);
  const tail = tailAttribution(tokens, text);
  if (tail) tellers.push(tail);
  tellers.push(...attributionSpans(tokens, text));
  if (tellers.length === 0) return false;
  return !words.hits.some(
    (h) =>
      speakers.includes(h.concept) &&
      (!h.inferred || tellers.some(([from, to]) => h.from < to && h.to > from)),
  );
}
