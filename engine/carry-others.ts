/**
 * "Most crews left the Old Pier in May. … The other depots are being wound down.": "the other"
 * or "the remaining" and a plural noun name the rest of what belongs to those a sentence before
 * told of, so a sentence that names no actor of its own tells of that sentence's actors.
 * "The crews spent May loading trucks. What remained was gathered at Ashby.": a free relative
 * "what remained" / "what is left" (bare, or "of them" / "of it") names the rest of those the
 * sentence right before told of; only that sentence, and not across a change of conflict
 * ("What remained of the market …" is a rest of its own).
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
  const rest = restAt(tokens);
  const at = rest >= 0 ? rest : othersAt(tokens);
  if (at < 0) return undefined;
  // A free relative takes up only the sentence right before, and only within one conflict.
  const reach = rest >= 0 ? 1 : OTHERS_REACH;
  if (rest >= 0 && (current.otherTheatre || before[before.length - 1]?.otherTheatre))
    return undefined;
  const by = tokens[at] as Token;
  for (let back = before.length - 1; back >= 0 && back >= before.length - reach; back--) {
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

/** Verbs of the free relative "what remained" / "what is left". */
const REMAINING = new Set(['remained', 'remains']);
/** "what is left" / "what was left" ("what" + a form of "be" + "left"). */
const BE = new Set(['is', 'was']);
/** Words after "of" that keep the rest the whole's told before: "what remained of them". */
const WHOLE_PRONOUNS = new Set(['them', 'it']);

/**
 * The last word of a free relative "what remained" / "what is left" standing for a rest of
 * those told before, or -1: bare or "of them" / "of it", not "what remained of the market" (a
 * whole of its own) nor "what remained to be done" (a task, not a body).
 */
function restAt(tokens: readonly Token[]): number {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const what = (tokens[i] as Token).norm;
    let end = -1;
    // "what's left" is one word.
    if (what === "what's" && tokens[i + 1]?.norm === 'left') end = i + 1;
    else if (what !== 'what') continue;
    else if (REMAINING.has(tokens[i + 1]?.norm ?? '')) end = i + 1;
    else if (BE.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm === 'left') end = i + 2;
    if (end < 0) continue;
    const next = tokens[end + 1]?.norm ?? '';
    if (next === 'to') return -1;
    if (next === 'of' && !WHOLE_PRONOUNS.has(tokens[end + 2]?.norm ?? '')) return -1;
    return end;
  }
  return -1;
}
