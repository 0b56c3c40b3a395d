/**
 * "Most crews left the Old Pier in May. … The other depots are being wound down.": "the other"
 * or "the remaining" and a plural noun name the rest of what belongs to those a sentence before
 * told of, so a sentence that names no actor of its own tells of that sentence's actors.
 */

import { inferred, withHits } from './carry-context';
import type { ConceptHit } from './find-concepts';
import type { SentenceWords } from './sentence-facts';
import type { Token } from './tokenize';
import type { ConceptId } from './types';

/** How many sentences back the actors of "the other depots" may have been named. */
export const OTHERS_REACH = 3;
/** Words after "the" that make a plural the rest of what was told before. */
const OTHERS = new Set(['other', 'remaining']);
/** Plurals of time: "the remaining weeks" belong to no one. */
const TIMES = new Set(['days', 'weeks', 'months', 'years', 'hours', 'minutes']);

/**
 * The sentence's words with the actors of the nearest of the sentences before (nearest last)
 * naming any, at "the other depots" / "the remaining crews"; undefined when the sentence has no
 * such phrase or names an actor itself.
 */
export function othersOfThose(
  current: SentenceWords,
  before: readonly (SentenceWords | undefined)[],
  actors: ReadonlySet<ConceptId>,
): SentenceWords | undefined {
  const { tokens } = current;
  if (current.hits.some((h) => actors.has(h.concept))) return undefined;
  const at = othersAt(tokens);
  if (at < 0) return undefined;
  const by = tokens[at] as Token;
  for (let back = before.length - 1; back >= 0 && back >= before.length - OTHERS_REACH; back--) {
    const told = before[back];
    if (!told) continue;
    const carried: ConceptHit[] = [];
    for (const h of told.hits)
      if (actors.has(h.concept) && !carried.some((c) => c.concept === h.concept))
        carried.push(inferred(h, at, by));
    if (carried.length > 0) return withHits(current, carried);
  }
  return undefined;
}

/** The plural noun of "the other depots" / "the remaining crews", or -1. */
function othersAt(tokens: readonly Token[]): number {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if ((tokens[i] as Token).norm !== 'the' || !OTHERS.has((tokens[i + 1] as Token).norm)) continue;
    const noun = tokens[i + 2] as Token;
    if (/^[a-z]+s$/.test(noun.raw) && !TIMES.has(noun.norm)) return i + 2;
  }
  return -1;
}
