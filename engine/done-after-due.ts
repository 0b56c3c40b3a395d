/**
 * A plan told as done on a page written after its date, without the date: "the first stage has
 * been completed", "the crews left the north pier", "the ferry service is over". A reader of that
 * page knows which plan it was: the one due before it. The sentence asserts the plan without
 * stating its date, so its card shows no value (as a plan retold by its own words does), and it
 * never sets another date against the plan's.
 *
 * Not a plan whose date is the answer to a disputed question (a side: "all gone by the end of one
 * year or the next"): a dateless "they have left" does not say which. Not a page of the plan's
 * month or before it, where the plan is still ahead or under way, nor a sentence looking ahead or
 * telling the plan as it stood ("was to close", "should have left"), nor one naming a date of its
 * own (the caller has found that none agrees).
 */
import type { ConceptHit } from './find-concepts';
import { future, type YearMonth } from './resolve-dates';
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';
import type { Claim } from './types';

/** Months since year 0 of a "YYYY-MM" date. */
function monthOf(due: string): number {
  return Number(due.slice(0, 4)) * 12 + Number(due.slice(5, 7));
}

/** Whether the page's month is past a plan's due month (due as "YYYY-MM"). */
export function publishedAfterDue(published: YearMonth | null, due: string): boolean {
  if (!published?.month || !Number(due.slice(5, 7))) return false;
  return published.year * 12 + published.month > monthOf(due);
}

/**
 * Whether the claim is a plan a dateless sentence on this page may tell as done: its date is
 * past, and no other plan of the story fell due since (`nextDue`, the earliest due month of the
 * story's plans after this one's, compile-claims.ts): "the troops have left", read in March 2026,
 * may be the exit due at the end of 2025 as well as the first stage due in September, and tells
 * neither. The plan last due is the one a reader of the page takes it for.
 */
export function doneMayTime(
  claim: Claim,
  published: YearMonth | null,
  nextDue: string | undefined,
): boolean {
  if (claim.kind !== 'plan' || claim.due === undefined || claim.position) return false;
  if (!published || !publishedAfterDue(published, claim.due)) return false;
  return !nextDue || published.year * 12 + published.month <= monthOf(nextDue);
}

/**
 * Past participles that tell a plan, not its outcome: "the planned end of the mission", "the
 * agreed departure", "the long-expected exit".
 */
const PLAN_PARTICIPLES = new Set([
  'planned',
  'scheduled',
  'expected',
  'supposed',
  'intended',
  'proposed',
  'agreed',
  'promised',
  'announced',
  'slated',
  'targeted',
  'envisaged',
  'envisioned',
  'called',
  'demanded',
  'requested',
  'asked',
  'urged',
  'wanted',
]);

/**
 * Words that tell an end or a departure as come about, besides the "-ed" pasts: "the mission is
 * over", "the troops are gone", "left", "came to an end", "drew to a close", "stood down".
 */
const DONE_WORDS = new Set([
  'over',
  'gone',
  'done',
  'left',
  'went',
  'withdrew',
  'withdrawn',
  'came',
  'ran',
  'wound',
  'drew',
  'drawn',
  'began',
  'begun',
  'stood',
  'quit',
]);

/** Words of what might or ought to be, not what was: "should have left", "could have ended". */
const NOT_TOLD_AS_FACT = new Set(['should', 'must', 'could', 'might', 'may', 'would', 'ought']);

/** Whether the word tells that something came about. */
function doneWord(t: Token | undefined): boolean {
  if (!t) return false;
  const w = t.norm;
  if (DONE_WORDS.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') && !PLAN_PARTICIPLES.has(w);
}

/**
 * Whether a sentence naming no date tells the plan `claim` as done on a page published after the
 * plan's date (doneMayTime): one of the claim's phrases holds a word of its coming about ("the
 * mission ended", "troops have gone", "the first stage was completed", "the mission is over"),
 * the sentence neither looking ahead nor telling what might have been. `tokens` are the words
 * read for the claim (the clause before a later one its exclusions leave out).
 */
export function toldDoneAfterDue(
  claim: Claim,
  facts: SentenceFacts,
  tokens: readonly Token[],
  nextDue: string | undefined,
): boolean {
  if (facts.dates.length > 0 || !doneMayTime(claim, facts.published, nextDue)) return false;
  if (future(tokens)) return false;
  for (const t of tokens) if (NOT_TOLD_AS_FACT.has(t.norm)) return false;
  for (const group of claim.recognize.require)
    for (const concept of group)
      for (const k of facts.hitsOf(concept)) {
        const h = facts.hits[k] as ConceptHit;
        if (h.inferred || h.to > tokens.length) continue;
        for (let i = h.from; i < h.to; i++) if (doneWord(tokens[i])) return true;
      }
  return false;
}
