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
import { gapHas } from './word-gaps';

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
 * Whether the claim is a plan a dateless sentence on this page may tell as done: its date is past,
 * and the page is not later than `until` (ClaimTables.toldDoneUntil: the last month before another
 * plan of the story fell due, or before an event carrying this one out happened). "The crews
 * have left", read in March, may be the closure due at the end of the year before as well as the
 * first stage due in September, and tells neither; read after the ferries the story knows sailed,
 * it is that event, not the plan. The plan last due is the one a reader of the page takes it for.
 */
export function doneMayTime(
  claim: Claim,
  published: YearMonth | null,
  until: string | undefined,
): boolean {
  if (claim.kind !== 'plan' || claim.due === undefined || claim.position || !until) return false;
  if (!published || !publishedAfterDue(published, claim.due)) return false;
  return published.year * 12 + published.month <= monthOf(until);
}

/**
 * The last month ("YYYY-MM") a page may tell the plan `claim` as done with no date (doneMayTime):
 * the month before its next plan fell due or an event carrying it out happened (an event that
 * does not carry it out, "not done", aside), or "" (none: the compiled story is plain JSON) when
 * no month after its date is left, for a plan that answers a disputed question, or for any other
 * claim.
 */
export function toldDoneUntil(
  claim: Claim,
  claims: readonly Claim[],
  carriedOutBy: readonly Claim[],
): string {
  const due = claim.kind === 'plan' && !claim.position ? claim.due?.slice(0, 7) : undefined;
  if (!due) return '';
  let until = Number.POSITIVE_INFINITY;
  for (const c of claims) {
    const other = c.kind === 'plan' ? c.due?.slice(0, 7) : undefined;
    if (other && other > due) until = Math.min(until, monthOf(other));
  }
  for (const event of carriedOutBy) {
    const done = event.kind === 'event' ? event.happened?.slice(0, 7) : undefined;
    if (done) until = Math.min(until, monthOf(done) - 1);
  }
  if (until <= monthOf(due)) return '';
  if (until === Number.POSITIVE_INFINITY) return '9999-12';
  const year = Math.floor((until - 1) / 12);
  const month = until - year * 12;
  return `${year}-${String(month).padStart(2, '0')}`;
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
 * over", "the crews are gone", "left", "came to an end", "drew to a close", "stood down".
 */
const DONE_WORDS = new Set([
  'over',
  'gone',
  'done',
  'left',
  'went',
  'withdrew',
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

/**
 * A headline's present of ending or leaving: "Harbour Board Stands Down In Portsea", "… As Ferry
 * Service Wraps Up". A headline tells its news in the present; these verbs (not "nears its end")
 * tell the end itself.
 */
const HEADLINE_DONE = new Set([
  'ends',
  'closes',
  'concludes',
  'wraps',
  'winds',
  'stands',
  'leaves',
  'quits',
  'exits',
]);

/** Words of what might or ought to be, not what was: "should have left", "could have ended". */
const NOT_TOLD_AS_FACT = new Set(['should', 'must', 'could', 'might', 'may', 'would', 'ought']);

/**
 * Words that open a clause of condition or of time around what it tells ("once the crews have
 * left", "when the last one has gone", "after the service ended, …"): what they tell is a
 * condition, a time ahead, or a past the main clause takes for granted, not the news that the
 * plan was done. Nor do words of wishing tell it ("want the crews gone").
 */
const NOT_ASSERTED = new Set([
  'once',
  'when',
  'whenever',
  'until',
  'till',
  'before',
  'if',
  'unless',
  'after',
  'since',
  'want',
  'wants',
  'wanted',
  'wanting',
  'wish',
  'wishes',
  'demand',
  'demands',
]);

/**
 * Spans that measure from a past event to the page ("seven weeks after the service ended", "two
 * months since"): the clause dates the event close to the page, which tells it as news.
 */
const SPANS = new Set(['days', 'weeks', 'months', 'week', 'month']);

/**
 * Whether the word at `at` is told in a clause of its own that does not assert it (NOT_ASSERTED),
 * read back to the clause's start (a comma, semicolon, colon or dash).
 */
function notAsserted(tokens: readonly Token[], text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    if (gapHas(tokens, text, k + 1, ',;:\u2013\u2014')) return false;
    const w = (tokens[k] as Token).norm;
    if (!NOT_ASSERTED.has(w)) continue;
    if ((w === 'after' || w === 'since') && SPANS.has(tokens[k - 1]?.norm ?? '')) return false;
    return true;
  }
  return false;
}

/** Auxiliaries of the perfect: the word after one (or two) tells what has come about. */
const PERFECT = new Set(['has', 'have', 'had']);

/**
 * Whether the word at `at` tells that something came about: a past or a word of a state reached,
 * or any word right after a perfect's auxiliary ("have already sailed off", "had all gone").
 */
function doneAt(tokens: readonly Token[], at: number): boolean {
  if (doneWord(tokens[at])) return true;
  for (let k = at - 1; k >= 0 && k >= at - 2; k--)
    if (PERFECT.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** Whether the word tells that something came about. */
function doneWord(t: Token | undefined): boolean {
  if (!t) return false;
  const w = t.norm;
  if (DONE_WORDS.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') && !PLAN_PARTICIPLES.has(w);
}

/**
 * Whether every group of the claim has a hit of its own, not lying wholly inside another group's:
 * read with no date, a plan needs its every part named ("units left Camp Seven" names no crews:
 * the camp's name is all the second group has, inside the first's "left Camp Seven").
 */
function eachGroupOwnWords(groups: readonly (readonly string[])[], facts: SentenceFacts): boolean {
  const hitsOf = (group: readonly string[]) =>
    group.flatMap((c) => facts.hitsOf(c).map((k) => facts.hits[k] as ConceptHit));
  const all = groups.map(hitsOf);
  const inside = (h: ConceptHit, x: ConceptHit) =>
    x.from <= h.from && h.to <= x.to && x.to - x.from > h.to - h.from;
  return all.every((own, g) =>
    own.some(
      (h) => !h.inferred && !all.some((other, o) => o !== g && other.some((x) => inside(h, x))),
    ),
  );
}

/**
 * Whether a sentence naming no date tells the plan `claim` as done on a page published after the
 * plan's date (doneMayTime): one of the claim's phrases holds a word of its coming about ("the
 * service ended", "crews have gone", "the first stage was completed", "the service is over"),
 * or a headline's present of ending ("Harbour Board Stands Down"), the sentence neither looking ahead
 * nor telling what might have been. `tokens` are the words read for the claim (the clause before
 * a later one its exclusions leave out).
 */
export function toldDoneAfterDue(
  claim: Claim,
  facts: SentenceFacts,
  tokens: readonly Token[],
  until: string | undefined,
  /** Whether the sentence is a headline (no mark at its end), whose present tells its news. */
  headline = false,
): boolean {
  if (facts.dates.length > 0 || !doneMayTime(claim, facts.published, until)) return false;
  if (future(tokens) || !eachGroupOwnWords(claim.recognize.require, facts)) return false;
  for (const t of tokens) if (NOT_TOLD_AS_FACT.has(t.norm)) return false;
  const groups = claim.recognize.require;
  for (let g = 0; g < groups.length; g++)
    for (const concept of groups[g] as readonly string[])
      for (const k of facts.hitsOf(concept)) {
        const h = facts.hits[k] as ConceptHit;
        if (h.inferred || h.to > tokens.length) continue;
        for (let i = h.from; i < h.to; i++)
          if (
            (doneAt(tokens, i) || (headline && HEADLINE_DONE.has((tokens[i] as Token).norm))) &&
            !notAsserted(tokens, facts.text, i) &&
            namesWhat(groups, g, facts)
          )
            return true;
      }
  return false;
}

/**
 * Whether a group other than the `done` one is met by a word that is not one of the story's
 * actors (SentenceFacts.groups): "the board's service is over", "the first crews have gone",
 * not "the board is over", where who acts and a bare word of ending are all there is, a
 * verdict on the body rather than the plan's act.
 */
function namesWhat(
  groups: readonly (readonly string[])[],
  done: number,
  facts: SentenceFacts,
): boolean {
  const actors = facts.groups?.actors;
  for (let g = 0; g < groups.length; g++) {
    if (g === done) continue;
    for (const concept of groups[g] as readonly string[]) {
      if (actors?.has(concept)) continue;
      for (const k of facts.hitsOf(concept))
        if (!(facts.hits[k] as ConceptHit).inferred) return true;
    }
  }
  return false;
}
