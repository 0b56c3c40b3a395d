/**
 * "The board handed the old pier back to the town on Friday. The mayor welcomed the move.": a
 * reaction whose object is a noun standing for any event ("the move", "the step", "the
 * decision") reacts to the event a card of the few sentences before told, so it is read with
 * that sentence's concepts other than its actors (what happened, and where), carried to the noun.
 * Who reacts is the sentence's own.
 */

import { inferred, withHits } from './carry-context';
import { cueClass, cuesIn } from './cue-words';
import type { ConceptHit } from './find-concepts';
import { findNegations, isNegated } from './find-negations';
import { type SentenceWords, wordsWithHits } from './sentence-facts';
import type { Token } from './tokenize';
import type { ConceptId } from './types';

/** Verbs of reacting to what was done. */
export const REACTING = new Set([
  'welcomed',
  'welcomes',
  'welcoming',
  'praised',
  'praises',
  'hailed',
  'hails',
  'applauded',
  'applauds',
  'celebrated',
  'celebrates',
  'condemned',
  'condemns',
  'criticised',
  'criticized',
  'criticises',
  'criticizes',
  'denounced',
  'denounces',
  'greeted',
  'greets',
  'slammed',
  'slams',
  // Turning it down or taking it up reacts to it as much.
  'rejected',
  'rejects',
  'rejecting',
  'opposed',
  'opposes',
  'endorsed',
  'endorses',
  'backed',
  'backs',
]);
/** Nouns that stand for whatever was done, in any story. */
const ANY_EVENT = new Set(['move', 'step', 'decision', 'development', 'moment', 'news']);
/** Determiners before such a noun. */
const POINTING = new Set(['the', 'this', 'that']);
/** A reaction needs both its verb and its noun: a sentence lacking either is not walked (cue-words.ts). */
const REACTING_CUE = cueClass(REACTING);
const ANY_EVENT_CUE = cueClass(ANY_EVENT);

/** Where the noun of "welcomed the move" stands, or -1. */
export function reactionObject(tokens: readonly Token[]): number {
  const cues = cuesIn(tokens);
  if ((cues & REACTING_CUE) === 0 || (cues & ANY_EVENT_CUE) === 0) return -1;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!REACTING.has((tokens[k] as Token).norm)) continue;
    if (POINTING.has(tokens[k + 1]?.norm ?? '') && ANY_EVENT.has(tokens[k + 2]?.norm ?? ''))
      return k + 2;
  }
  return -1;
}

/**
 * The sentence read with what the cards of `carded` (the few sentences before, nearest last;
 * undefined for one with no card) told, the nearest first, other than their actors and what the
 * sentence names itself, at the noun of its reaction; undefined when it has no such reaction.
 * Every card of the few, not the nearest only: a reaction often follows a sentence on what was
 * left behind, not on the event it reacts to.
 */
export function reactionTo(
  current: SentenceWords,
  carded: readonly (SentenceWords | undefined)[],
  actors: ReadonlySet<ConceptId>,
): SentenceWords | undefined {
  const at = reactionObject(current.tokens);
  if (at < 0) return undefined;
  const noun = current.tokens[at] as Token;
  const carried: ConceptHit[] = [];
  for (let back = carded.length - 1; back >= 0; back--) {
    const told = carded[back];
    if (!told) continue;
    // "The crews say they will not sail while the pier is shut. The mayor welcomed the move.":
    // what a sentence tells is not done ("will not sail") is no step to react to. Read only
    // here, for a sentence with a reaction's noun, a few in an article.
    const negations = findNegations(told.tokens, told.text);
    if (
      negations.length > 0 &&
      told.hits.some((h) => !actors.has(h.concept) && isNegated(h.from, negations))
    )
      continue;
    for (const h of told.hits) {
      if (actors.has(h.concept)) continue;
      // "stayed out" (kept apart) tells no staying: a word inside a longer phrase the sentence
      // was read by is that phrase's, not a concept of its own.
      if (told.hits.some((o) => o.from <= h.from && o.to >= h.to && o.to - o.from > h.to - h.from))
        continue;
      if (current.hits.some((c) => c.concept === h.concept)) continue;
      if (carried.some((c) => c.concept === h.concept)) continue;
      carried.push(inferred(h, at, noun));
    }
  }
  return carried.length > 0 ? withHits(current, carried) : undefined;
}

/**
 * Whether a claim read on a reaction takes one of its groups from the sentence's own words
 * (`own`, its hits before the carry): "The mayor welcomed the move." tells the mayor's welcome,
 * not the event it reacts to told again. "Experts welcomed the step." after "The board said the
 * charter would from now on govern the ferry links." is no card of the charter: every group of
 * that claim would be met only by what the noun carried.
 */
export function reactsInOwnWords(
  groups: readonly (readonly ConceptId[])[],
  own: readonly ConceptHit[],
): boolean {
  return groups.some((group) => own.some((h) => !h.inferred && group.includes(h.concept)));
}

/**
 * The sentence without what its reaction's noun named, when none of the few sentences before had
 * a card: "The consulate stays shut. Officials welcomed the decision as a sign of better ties."
 * reacts to a decision the article told of something else, not to the story's event, so "the
 * decision" names no step of the story. The sentence itself when it has no such reaction.
 */
export function reactionToNothing(current: SentenceWords): SentenceWords {
  const at = reactionObject(current.tokens);
  if (at < 0) return current;
  const hits = current.hits.filter((h) => h.inferred || h.to <= at - 1 || h.from > at);
  return hits.length === current.hits.length ? current : wordsWithHits(current, hits);
}
