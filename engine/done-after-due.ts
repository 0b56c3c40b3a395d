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
import { pastForm } from './irregular-past';
import { future, type YearMonth } from './resolve-dates';
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';
import type { Claim } from './types';

/** Whether the page's month is past a plan's due month (due as "YYYY-MM"). */
export function publishedAfterDue(published: YearMonth | null, due: string): boolean {
  const month = Number(due.slice(5, 7));
  if (!published?.month || !month) return false;
  return published.year * 12 + published.month > Number(due.slice(0, 4)) * 12 + month;
}

/** Whether the claim is a plan a dateless sentence may tell as done once its date is past. */
export function doneMayTime(claim: Claim, published: YearMonth | null): boolean {
  return (
    claim.kind === 'plan' &&
    claim.due !== undefined &&
    !claim.position &&
    publishedAfterDue(published, claim.due)
  );
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
]);

/** Words of a state reached: "the mission is over", "the troops are gone", "the work is done". */
const DONE_STATE = new Set(['over', 'gone', 'done', 'complete', 'finished']);

/** Words of what might or ought to be, not what was: "should have left", "could have ended". */
const NOT_TOLD_AS_FACT = new Set(['should', 'must', 'could', 'might', 'may', 'would', 'ought']);

/** How many words before a hit may hold its verb's past ("had the crews left", "has ended"). */
const VERB_BEFORE = 2;

/** Whether the word at `at` tells that something came about. */
function doneWord(t: Token | undefined): boolean {
  if (!t) return false;
  return DONE_STATE.has(t.norm) || (pastForm(t.norm) && !PLAN_PARTICIPLES.has(t.norm));
}

/**
 * Whether the hit is told as done: a past form in its words or in the two words before them
 * ("the mission ended", "troops have gone", "the first stage was completed"), or, in a headline,
 * any tense but the future ("Coalition Stands Down In Iraq": a headline's present is its news).
 */
function hitDone(hit: ConceptHit, tokens: readonly Token[], headline: boolean): boolean {
  if (headline) return true;
  for (let k = Math.max(0, hit.from - VERB_BEFORE); k < hit.to && k < tokens.length; k++)
    if (doneWord(tokens[k])) return true;
  return false;
}

/**
 * Whether a sentence naming no date tells the plan `claim` as done on a page published after the
 * plan's date: one of the claim's words (of any group) told in the past, the sentence not looking
 * ahead nor telling what might have been. `tokens` are the words read for the claim (the clause
 * before a later one that the claim's exclusions leave out), `headline` whether the sentence is a
 * headline the page's date times.
 */
export function toldDoneAfterDue(
  claim: Claim,
  facts: SentenceFacts,
  tokens: readonly Token[],
  headline: boolean,
): boolean {
  if (facts.dates.length > 0 || !doneMayTime(claim, facts.published)) return false;
  if (future(tokens)) return false;
  for (const t of tokens) if (NOT_TOLD_AS_FACT.has(t.norm)) return false;
  for (const group of claim.recognize.require)
    for (const concept of group)
      for (const k of facts.hitsOf(concept)) {
        const h = facts.hits[k] as ConceptHit;
        if (!h.inferred && h.to <= tokens.length && hitDone(h, tokens, headline)) return true;
      }
  return false;
}
