/**
 * Decides whether one sentence asserts one claim, and says why. Every requirement of the
 * claim's recognizer (concept groups, polarity, date, numbers) is checked against the facts
 * found in the sentence; each agreement becomes a piece of evidence and adds to the score.
 */

import { alignedWith } from './aligned-with';
import { askedSubject } from './asked-subject';
import { attributionSpans, keyOnlyTeller } from './attribution';
import { calledFalse, namedFalse } from './called-false';
import { laterClause, relativeReport, secondReport, secondVerb } from './clauses';
import { comparedStandards } from './compared-standard';
import { comparisonClause } from './comparison-clause';
import { conceded } from './concession';
import { opensWithDefinedTerm } from './defined-term';
import { otherObject } from './denied-object';
import { describedInDoubt } from './described-in-doubt';
import { doneMayTime, publishedAfterDue, toldDoneAfterDue } from './done-after-due';
import { UNCERTAIN } from './english';
import type { ConceptHit } from './find-concepts';
import { ANSWERING, estimatedAfterBut, type Negation, negatedRightBefore } from './find-negations';
import { foreseenPace } from './foreseen-pace';
import { groupParts, onePartHolds } from './group-parts';
import { supposed } from './hypothetical';
import { bidden } from './imperative';
import { IRREGULAR_PAST } from './irregular-past';
import { inOpeningCondition } from './opening-condition';
import { outcomeStatement } from './outcome-clause';
import { toldByAnother } from './own-speaker';
import { pastOpeningTimeEnd } from './past-opening-time';
import { perfectsAhead } from './perfect-ahead';
import { inPlannedAside, withoutPlannedAsides } from './planned-aside';
import { presupposedGroups, takenForGranted } from './presupposed';
import { demanded, recommended } from './recommends';
import { rememberedStart } from './remembered-that';
import {
  type DateMention,
  formatDate,
  future,
  PLACE_CLAUSE,
  toldAsDone,
  weekdayMonth,
  weekdayOf,
  type YearMonth,
} from './resolve-dates';
import { endsOnMark, type NumberMention, type SentenceFacts } from './sentence-facts';
import { separateSubject } from './separate-subject';
import { setApartAt, setApartEnd } from './set-apart';
import { passiveDealPhrase, signingOf } from './signing-date';
import { sortNumbers } from './sort-numbers';
import { spanAfterPast } from './span-after-past';
import { spelledNumbers } from './spelled-numbers';
import { talkedAbout } from './talked-about';
import { timeClauseAt } from './time-clause';
import type { Token } from './tokenize';
import { toldAudience } from './told-audience';
import { planOnlyAsTopic } from './topic-noun';
import { conditioned } from './trailing-condition';
import type { Claim, ClaimDate, Evidence } from './types';
import { untilClauses } from './until-clause';
import { wished } from './wished';
import { inClass, wordClass } from './word-class';
import { gapHas } from './word-gaps';

/**
 * Words are only put together when read: a sentence often has dozens of candidate claims, of
 * which one wins (its evidence goes on the card) and the rest are reported only when the caller
 * explains (CLI --explain, the eval's confusion list).
 */
export type Recognition =
  | {
      ok: true;
      score: number;
      /**
       * How much of the sentence the reading explains: the words its concepts, date and figures
       * take up. Between claims of the same score, the one that explains more wins.
       */
      covered: number;
      /**
       * The claim's own values the sentence states (its figures, its date): between readings of
       * equal score and cover, the one whose score rests more on values than on words is the
       * more specific ("fewer than 2,000 stay" is a count, not only "fewer").
       */
      valued: number;
      /**
       * Required groups that cannot each have words of their own: met only by words another
       * group's hit also takes ("have left" as both the leaving and its being done).
       */
      repeated: number;
      /**
       * 1 when no one statement of a sentence joined by semicolons names every group ("the pier
       * closed; the crews pledge to stay" read as one claim): between readings of equal score and
       * repetition, the one a single statement asserts wins.
       */
      split: number;
      /**
       * 1 when a headline was read without the group its claim lets a headline leave out
       * (headlineMayOmit: "Last Ferry Leaves The Pier" for "the last ferries began to leave").
       * Between readings of equal score, one that names every group of its claim tells more
       * surely what the headline says ("Ferry Exit Comes Early" is the early exit, not its start).
       */
      omitted: number;
      /**
       * 1 when the claim's kind fits the sentence's tense: a plan told looking ahead ("are
       * expected to sail by May"), an event told otherwise. Between readings equal in all else,
       * a plan and the event it leads to ("the crews stay on at the pier"), the fitting one wins.
       */
      tense: number;
      /**
       * Required groups the sentence names only where it takes them for granted (presupposed.ts:
       * a relative clause on the subject, a known intention: "welcomed the decision to keep …").
       * Between readings of equal score, the one with fewer tells more of what the main clause
       * asserts. Absent means none.
       */
      presupposed?: number;
      /**
       * True for a plan a dateless sentence tells as done on a page after its date
       * (done-after-due.ts): the plan last due before the page, it wins over a reading of equal
       * score (what the story tells done in the same words before then is older news). Absent
       * for every other reading.
       */
      doneUndated?: true;
      /**
       * True for a plan named whole by the foil of a sentence that goes on to tell what came of
       * it ("said it would close the next week; in the end, …": outcome-clause.ts): any reading
       * that is not one yields nothing to it. Absent for every other reading.
       */
      foil?: true;
      evidence: () => Evidence[];
      date?: DateMention;
    }
  | {
      ok: false;
      reason: () => string;
      /** Share of concept groups found, to rank near misses. */
      progress: number;
    };

/** How many words after its verb an object may start ("formed a broad new committee"). */
const SUBJECT_REACH = 3;

/** Counts are often rounded ("some 2,500", "about 2,400"): accept ±5 %. */
const NUMBER_TOLERANCE = 0.05;

const NO_FIGURES: [number, NumberMention][] = [];

export function recognize(
  claim: Claim,
  facts: SentenceFacts,
  /** For a plan: the last month of a page that may tell it as done undated (done-after-due.ts). */
  toldDoneUntil?: string,
): Recognition {
  const rule = claim.recognize;
  /** The first hit of each group that was found, in group order. */
  const firstHits: ConceptHit[] = [];
  let found = 0;
  let missingGroup: string[] | undefined;
  let negatedGroup: string | undefined;
  /** The first hit of a group other than the key naming a place only in a frame ("under … with Portsea"). */
  let framedOnly: ConceptHit | undefined;
  /** How the first group (the claim's key concept, e.g. "reopen") was expressed. */
  const key: ConceptHit[] = [];
  const hits = facts.hits;
  /** A claim asserting its words: a negation in a phrase's gap negates it (not a denial's). */
  const positive = rule.polarity !== 'negate';
  /** Positions in `hits` of the group's concepts' hits, in sentence order. */
  const positions: number[] = [];
  /**
   * "Officials said under 1,500 would stay": a figure standing as the subject counts what the
   * claim counts, so it may stand for one group (never the key) that has no words of its own,
   * or whose words are only in a denial or a doubt ("has not said how many crews …; officials
   * said 1,500 would stay"). Looked for only then.
   */
  let count: ConceptHit | null | undefined = rule.numbers ? undefined : null;
  const countFor = (group: readonly string[]): ConceptHit | null => {
    if (count === undefined) count = bareCount(facts, rule.numbers ?? [], group[0] as string);
    const hit = count;
    count = null;
    return hit;
  };
  for (let g = 0; g < rule.require.length; g++) {
    const group = rule.require[g] as string[];
    // Only a non-empty list is cut: setting an array's length calls into the runtime.
    if (positions.length > 0) positions.length = 0;
    for (let c = 0; c < group.length; c++) {
      const of = facts.hitsOf(group[c] as string);
      for (let k = 0; k < of.length; k++) positions.push(of[k] as number);
    }
    if (positions.length === 0) {
      const counted = g > 0 && count !== null ? countFor(group) : null;
      if (counted) {
        found++;
        firstHits.push(counted);
      } else missingGroup ??= group;
      continue;
    }
    if (group.length > 1) sortNumbers(positions);
    const first = hits[positions[0] as number] as ConceptHit;
    // A group counts as negated only when every way it was expressed is negated.
    let allNegated = true;
    for (let k = 0; k < positions.length; k++) {
      const h = hits[positions[k] as number] as ConceptHit;
      if (g === 0) key.push(h);
      if (
        allNegated &&
        (h.inferred ||
          (facts.negatedAt(h.from)
            ? ownDenial(rule, facts, h.from)
            : !(positive && facts.negatedWithin(h))))
      )
        allNegated = false;
    }
    if (
      g > 0 &&
      framedOnly === undefined &&
      facts.frames.length &&
      (placesOnlyFramed(positions, facts) || onlyTimed(positions, facts))
    )
      framedOnly = first;
    const counted = allNegated && g > 0 && count !== null ? countFor(group) : null;
    found++;
    firstHits.push(counted ?? first);
    if (allNegated && !counted) negatedGroup ??= first.concept;
  }
  const progress = rule.require.length ? found / rule.require.length : 0;
  let omitted = 0;
  if (
    missingGroup &&
    rule.headlineMayOmit !== undefined &&
    found === rule.require.length - 1 &&
    missingGroup.includes(rule.headlineMayOmit) &&
    newsOfTheMonth(claim, facts) &&
    namesMore(rule.require, facts)
  ) {
    missingGroup = undefined;
    omitted = 1;
  }
  if (missingGroup) {
    const missing = missingGroup;
    return rejected(progress, () => `no "${missing.join(' | ')}" in the sentence`);
  }
  // "A few stay at the pier, the rest move to the island": what is said of each group is read
  // within its own part; a reading joining the stay to the island is told of no one group.
  if (facts.groups) {
    const parts = groupParts(facts, facts.groups);
    if (parts && !onePartHolds(rule.require, hits, facts.hitsOf, parts, facts.groups.actors))
      return rejected(progress, () => 'joins what the sentence tells of two groups');
  }
  // "Under the agreement, the last ferries sail in May": the claim's key concept named
  // only in a frame is taken for granted; the sentence asserts what its main clause says.
  // An aside ("the closure, which began this autumn, …") still reports what it says.
  if (
    facts.frames.length &&
    key.every((h) => !h.inferred && facts.framedAt(h.from) && !inAside(h.from, facts.frames))
  ) {
    const framed = key[0] as ConceptHit;
    return rejected(progress, () => `"${framed.text}" is only taken for granted (a frame)`);
  }
  if (framedOnly) {
    const framed = framedOnly;
    return rejected(progress, () => `"${framed.text}" is only taken for granted (a frame)`);
  }
  // "A separate charter governs the ferry links": a group named only in a subject set apart is
  // another thing than the story's (separate-subject.ts).
  const setApartSubject = separateSubject(facts.tokens, facts.text);
  if (setApartSubject && rule.require.some((group) => onlyWithin(group, facts, setApartSubject))) {
    return rejected(progress, () => 'named only in a subject set apart ("a separate …")');
  }

  const advised = facts.tokens.length > 2 ? recommended(firstHits, facts) : undefined;
  if (advised) {
    const text = advised.text;
    return rejected(progress, () => `recommended ("should … ${text}"), not reported`);
  }
  const demand =
    claim.kind === 'plan' && facts.tokens.length > 2
      ? demanded(firstHits, facts, rule.require)
      : undefined;
  if (demand) {
    const text = demand.text;
    return rejected(progress, () => `demanded ("called for … ${text}"), not reported`);
  }
  if (rule.speakers && toldByAnother(facts, rule.speakers))
    return rejected(progress, () => "told by someone other than the claim's own speaker");
  const asked = askedSubject(firstHits, facts);
  if (asked) {
    const text = asked.text;
    return rejected(progress, () => `the subject of "… ${text}": asked, not reported`);
  }
  const supposing = supposed(facts);
  if (supposing) {
    const word = supposing.raw;
    return rejected(progress, () => `supposed under a condition ("If …, … ${word}"), not reported`);
  }
  const supposedEvent = inOpeningCondition(firstHits, facts);
  if (supposedEvent) {
    const word = supposedEvent.raw;
    return rejected(
      progress,
      () => `supposed in an opening condition ("${word} …,"), not reported`,
    );
  }
  const bidding = bidden(firstHits, facts);
  if (bidding) {
    const word = bidding.raw;
    return rejected(progress, () => `bidden ("${word} …"), not reported`);
  }
  const wish = wished(firstHits, facts);
  if (wish) {
    const word = wish.raw;
    return rejected(progress, () => `wished ("… ${word} …"), not reported`);
  }
  const topic = talkedAbout(firstHits, facts);
  if (topic) return rejected(progress, () => 'the topic of a talk ("spoke … about …"), not told');
  const condition = conditioned(firstHits, facts);
  if (condition) {
    const word = condition.raw;
    return rejected(
      progress,
      () => `supposed under a condition ("… ${word} … if …"), not reported`,
    );
  }
  const debunked =
    namedFalse(firstHits, facts) ??
    (rule.polarity === 'negate' ? undefined : calledFalse(firstHits, facts));
  if (debunked) {
    const text = debunked.text;
    return rejected(progress, () => `"${text}" is told, then called false`);
  }

  if (rule.subjectFirst && rule.require.length > 1) {
    const subjects = facts.hits.filter((h) => rule.require[0]?.includes(h.concept));
    const actions = facts.hits.filter((h) => rule.require[1]?.includes(h.concept));
    // Subject before its verb ("the committee, formed in 2023"), or its object right after it
    // ("formed a committee"); anything further away is someone else's verb.
    // A participle opening the sentence ("Founded a decade ago to fight them, the committee …")
    // is said of the main clause's subject, however far it stands.
    // A phrasing of the verb that holds its object ("built a committee") pairs them itself.
    const paired = subjects.some((s) =>
      actions.some(
        (a) =>
          s.from < a.from ||
          (s.from > a.from && s.to <= a.to) ||
          (s.from >= a.to && s.from - a.to <= SUBJECT_REACH) ||
          (a.from === 0 && !a.inferred && s.from >= a.to),
      ),
    );
    if (!paired)
      return rejected(
        progress,
        () =>
          `"${actions[0]?.text}" is not said of ${subjects[0]?.concept} ("${subjects[0]?.text}")`,
      );
  }

  let excludedAt = -1;
  // "The council calls the reopening a win; the union says it is not enough": a statement of
  // its own after a semicolon excludes nothing the statement holding the whole claim asserts.
  const own =
    rule.exclude && facts.text.includes(';') ? holdingStatement(rule.require, facts) : null;
  const rel = rule.exclude && facts.text.includes(',') ? placeClause(rule.require, facts) : null;
  // "Officials said the pier would close the next week; in the end, the crews left in March":
  // the foil's future is what was said then, and excludes nothing of an event the outcome tells.
  const outcome =
    rule.exclude && claim.kind === 'event' ? outcomeStatement(facts.tokens, facts.text) : null;
  const toldInOutcome = outcome !== null && namedFrom(rule.require, facts, outcome[1]);
  // "The freight talks ran in parallel with the talks on the pier that opened in May": the words
  // after the cue hold the whole claim, and an exclusion before it names the other thing.
  let apart: [number, number] | null | undefined;
  /** The end of a past phrase of time holding the whole claim (past-opening-time.ts), -1: none. */
  let pastOpening: number | undefined;
  /** Where what a modal verb of memory recalls starts (remembered-that.ts), -1: none. */
  let remembered: number | undefined;
  const setApart = (hit: ConceptHit) => {
    if (apart === undefined) {
      // A cue of setting apart ends at its aside's closing comma (setApartEnd); a clause of time
      // ("…, as the crews leave") runs to the end of the sentence.
      const cue = setApartAt(facts.tokens, facts.text);
      apart = cue ?? timeClauseAt(facts.tokens, facts.text);
      const end = cue ? setApartEnd(facts.tokens, facts.text, cue) : facts.tokens.length;
      if (apart && !everyGroupWithin(rule.require, facts, apart[1], end)) apart = null;
    }
    return apart !== null && hit.to <= apart[0];
  };
  for (const concept of rule.exclude ?? []) {
    // "The board's chair spoke in Portsea. Portsea and Ashby agreed on an end to the survey": what
    // a name named again was lent from the sentence before is not what this one names (lentToName).
    // Most concepts have no hit, or none lent: their list is used as it is, not copied.
    const named = facts.hitsOf(concept);
    const lent = (k: number) => lentToName(hits[k] as ConceptHit, facts);
    const ownHits = named.some(lent) ? named.filter((k) => !lent(k)) : named;
    // An aside ("The council, which later ran the harbour board, …") excludes
    // nothing: the main clause says what the sentence asserts.
    let at = ownHits[0];
    if (at !== undefined && toldInOutcome && outcome && (hits[at] as ConceptHit).to <= outcome[0])
      at = ownHits.find((k) => (hits[k] as ConceptHit).from >= (outcome[1] as number));
    // "His remarks came after …": the owner a possessive carries over is not what the sentence is about.
    if (at !== undefined && carriedByPossessive(hits[at] as ConceptHit, facts)) at = undefined;
    // Where the story was filed places it, and excludes nothing.
    if (at !== undefined && (hits[at] as ConceptHit).filed) at = undefined;
    // "…, residents and officials said": who tells it is not what happened.
    if (at !== undefined && namesTeller(hits[at] as ConceptHit, facts)) at = undefined;
    // "…, according to people familiar with the talks": whom the source is close to is not
    // what happened; a later word of the concept outside the span still excludes.
    if (at !== undefined && facts.text.includes('ccording to')) {
      const spans = attributionSpans(facts.tokens, facts.text);
      const inSpan = (k: number) => {
        const { from, to } = hits[k] as ConceptHit;
        return spans.some(([lo, hi]) => from >= lo && to <= hi);
      };
      if (inSpan(at)) at = ownHits.find((k) => !inSpan(k));
    }
    // "… told parliament that …": who hears it is not who acts in it.
    if (at !== undefined && toldAudience(hits[at] as ConceptHit, facts.tokens)) at = undefined;
    // "Crews close to the guild …": whom they are aligned with is not who acts in it.
    if (at !== undefined && alignedWith(hits[at] as ConceptHit, facts.tokens, facts.text))
      at = undefined;
    // "The council answered within days": a span counted from a past event is nothing to come.
    if (at !== undefined && spanAfterPast(facts.tokens, facts.text, (hits[at] as ConceptHit).from))
      at = undefined;
    // "The handover, scheduled for later this month, …" on a page of the month it happened.
    if (at !== undefined && scheduledThisMonth(claim, hits[at] as ConceptHit, facts))
      at = undefined;
    // "The plan has not been shelved": an exclusion the sentence itself negates did not
    // happen, and excludes nothing.
    if (
      at !== undefined &&
      (facts.frames.length ||
        negatedRightBefore(
          facts.tokens,
          (hits[at] as ConceptHit).from,
          (hits[at] as ConceptHit).to,
        ))
    ) {
      at = undefined;
      for (const k of ownHits) {
        const { from, to } = hits[k] as ConceptHit;
        if (
          (!facts.framedAt(from) || inFrontedTime(from, facts)) &&
          !negatedRightBefore(facts.tokens, from, to)
        ) {
          at = k;
          break;
        }
      }
    }
    if (at !== undefined && own) {
      const { from } = hits[at] as ConceptHit;
      if (from < own[0] || from >= own[1]) at = undefined;
    }
    // "Patrols will watch the road to Portsea, where the crews took over the pier in May": a
    // clause on a place that tells the whole claim is read alone, the main clause's words aside.
    if (at !== undefined && rel !== null) {
      const { from } = hits[at] as ConceptHit;
      if (from < rel[0] || from >= rel[1]) at = undefined;
    }
    if (at !== undefined && setApart(hits[at] as ConceptHit)) at = undefined;
    // "Three months after the crews handed over the pier, the town asks what will follow": the
    // claim told wholly in a past phrase of time opening the sentence; the main clause's words
    // exclude nothing of it.
    if (at !== undefined) {
      if (pastOpening === undefined) {
        const end = pastOpeningTimeEnd(facts.tokens, facts.text);
        pastOpening = end > 0 && everyGroupWithin(rule.require, facts, 0, end) ? end : -1;
      }
      if (pastOpening > 0 && (hits[at] as ConceptHit).from >= pastOpening) at = undefined;
    }
    // "Readers will remember that in May the crews left": the modal of the remembering is the
    // reader's; it excludes nothing of a claim told wholly after it (remembered-that.ts).
    if (at !== undefined) {
      if (remembered === undefined) {
        const start = rememberedStart(facts.tokens);
        remembered =
          start > 0 && everyGroupWithin(rule.require, facts, start, facts.tokens.length)
            ? start
            : -1;
      }
      if (remembered > 0 && (hits[at] as ConceptHit).to <= remembered) at = undefined;
    }
    // "… ran weeks ahead of the timetable the towns fixed last year": the standard compared
    // against is taken for granted, and a word of it ("last year") excludes nothing.
    if (at !== undefined && inStandard(hits[at] as ConceptHit, facts)) at = undefined;
    // "Crews are still posted at three piers: the north pier until the convoys finish, …": the
    // event a clause of "until" names is taken for granted (until-clause.ts), and excludes nothing.
    if (at !== undefined && inUntilClause(hits[at] as ConceptHit, facts)) at = undefined;
    if (at !== undefined && (excludedAt < 0 || at < excludedAt)) excludedAt = at;
  }
  const excluded = hits[excludedAt];
  /**
   * "The convoy left the pier and is expected to reach the island tonight": what a later clause
   * adds (another verb of the same subject, "…, adding that more will follow") excludes nothing
   * the clause before it asserts. That clause alone then holds the claim, and dates it.
   */
  const cut = excluded ? laterCut(rule, facts) : -1;
  if (excluded && cut < 0 && !reportedAgainAfter(rule, facts, excludedAt))
    return rejected(progress, () => `mentions ${excluded.concept} ("${excluded.text}")`);

  let score = found;
  let denial: { cue: Negation; denied: ConceptHit } | undefined;
  if (rule.polarity === 'negate') {
    // A denial claim is asserted when its key concept is what is negated, or said in the
    // positive words of a denial (`deniedBy`: "can now run the pier on their own").
    // Not when negated, before it or inside its phrase ("could not run it on their own").
    const said = rule.deniedBy
      ? key.find(
          (h) =>
            !h.inferred &&
            rule.deniedBy?.includes(h.concept) &&
            !facts.negatedAt(h.from) &&
            !facts.negations.some((n) => n.at >= h.from && n.at < h.to),
        )
      : undefined;
    // A negated word of denial is no denial: "not to believe the gang is finished" denies the
    // denial ("finished"), a double negative, so the claim's other side is what is said.
    const denied =
      said ??
      key.find(
        (h) => !h.inferred && !rule.deniedBy?.includes(h.concept) && facts.negatedAt(h.from),
      );
    const cue: Negation | undefined = said
      ? { at: said.from, word: said.text, denial: true, until: said.to - 1 }
      : denied && facts.negations.filter((n) => n.at < denied.from).at(-1);
    if (!denied || !cue) return rejected(progress, () => 'the sentence does not deny or negate it');
    if (cue.partial)
      return rejected(progress, () => `a partial statement ("${cue.word} …"), not a denial`);
    // An explicit denial is more specific than any affirmative reading of the same words.
    score += 2;
    const other = said ? undefined : otherObject(denied, facts, rule.require);
    if (other) {
      const word = other.raw;
      return rejected(progress, () => `denies "${denied.text}" of another thing ("${word}")`);
    }
    denial = { cue, denied };
  } else if (negatedGroup) {
    const negated = negatedGroup;
    return rejected(progress, () => `the sentence negates ${negated}`);
  } else {
    // "It is unclear how many lanes will stay open" asks; it does not assert that they stay. Nor
    // does "The Riverland council has not said how many crews are now in the region": a doubt
    // before a part of the claim leaves that part asked.
    let latest = -1;
    for (const h of firstHits) if (h.from > latest) latest = h.from;
    let doubt: ConceptHit | undefined;
    for (const at of facts.hitsOf(UNCERTAIN)) {
      const h = hits[at] as ConceptHit;
      if (
        h.from < latest &&
        !foreseenPace(facts.tokens, h.from) &&
        doubtsOwnClause(h, firstHits, facts, rule.require) &&
        !askedOpening(facts, h.from, latest)
      ) {
        doubt = h;
        break;
      }
    }
    if (doubt) {
      const text = doubt.text;
      return rejected(progress, () => `reported as unknown ("${text}")`);
    }
  }

  // "The crews may stay on beyond 2026": what comes after a plan's date is not the plan.
  if (!rule.date && claim.kind === 'plan' && claim.due && facts.dates.length) {
    const due = claim.due;
    const after = datesBefore(facts, cut).find((d) => d.role === 'since' && pastDue(d, due));
    if (after) {
      const text = after.text;
      return rejected(progress, () => `tells what comes after "${text}", past the plan's date`);
    }
  }

  // "The crews are due to finish leaving the pier within days", on a page of January, for a
  // plan due in December that answers a question of when: a plan still told as ahead once its
  // month has passed, with no date of its own, is a later schedule, and its card would set the
  // old date against the sentence's. Told as what was said then ("would"), it is the plan retold.
  if (
    claim.kind === 'plan' &&
    claim.due &&
    claim.position &&
    facts.future &&
    facts.dates.length === 0 &&
    !facts.tokens.some((t) => t.norm === 'would') &&
    publishedAfterDue(facts.published, claim.due)
  )
    return rejected(progress, () => `told as still ahead after the plan's date (${claim.due})`);

  // "The crews were to have left the pier by May": a plan as it stood, its outcome untold (or
  // not kept); the sentence does not report the event.
  if (claim.kind === 'event' && cut < 0 && plannedPerfect(facts.tokens))
    return rejected(progress, () => `told as a plan ("were to have"), not as done`);

  // "The town will remember them long after the last ferry has sailed": the event told only in
  // a clause of time whose perfect a look ahead makes still to come (perfect-ahead.ts). Only
  // when the key names what happened, not who ("… will not disarm until the crews have left":
  // the crews' leaving is the condition the main clause sets, and the claim its tie).
  const actors = facts.groups?.actors;
  if (
    claim.kind === 'event' &&
    key.length > 0 &&
    actors !== undefined &&
    !(rule.require[0] ?? []).some((c) => actors.has(c)) &&
    facts.text.includes(' ha')
  ) {
    const ahead = perfectsAhead(facts.tokens, facts.text);
    const inside = (h: ConceptHit) => ahead.some(([from, to]) => h.from >= from && h.to <= to);
    if (ahead.length > 0 && key.every(inside)) {
      const told = (key[0] as ConceptHit).text;
      return rejected(progress, () => `told as still to come ("${told}")`);
    }
  }

  // "In early 2019, the crews moved their boats out": a time opening the sentence
  // dates what its main clause tells; a year before an event happened is an earlier event.
  // Only for a claim with no date rule of its own (that rule reads the sentence's dates itself).
  if (claim.kind === 'event' && claim.happened && !rule.date) {
    const before = earlierOpeningYear(facts, Number(claim.happened.slice(0, 4)));
    if (before)
      return rejected(
        progress,
        () => `dated "${before.text}", before it happened (${claim.happened})`,
      );
  }
  // "By the end of 2019, the remaining crews became instructors": what was done in a year before
  // a plan was made is some earlier step, not the plan.
  if (claim.kind === 'plan' && claim.announced && !rule.date) {
    const before = earlierOpeningYear(facts, Number(claim.announced.slice(0, 4)));
    if (before)
      return rejected(
        progress,
        () => `dated "${before.text}", before the plan was made (${claim.announced})`,
      );
  }

  let date: DateMention | undefined;
  /** Whether the sentence states the claim's date (not a near "soon", not the page's month). */
  let dated = false;
  /** Whether the plan is told as done after its date, with no date (done-after-due.ts). */
  let doneUndated = false;
  if (rule.date) {
    const wanted = rule.date;
    // "The pier closes this month, while the ferries sail until May": a date only a later
    // clause names is that clause's, when the clause before holds every group of the claim.
    const dateCut = cut < 0 && facts.dates.length ? claimClauseEnd(rule, facts) : cut;
    // An event told as what came of it (outcome-clause.ts) is dated and tensed by the outcome
    // alone: the foil's dates and its future are what was said then.
    const fromOutcome = toldInOutcome && outcome ? outcome[1] : -1;
    const outcomeWords = fromOutcome < 0 ? facts.tokens : facts.tokens.slice(fromOutcome);
    const ahead =
      fromOutcome >= 0
        ? future(outcomeWords) || plannedThen(outcomeWords)
        : cut < 0
          ? facts.future || plannedThen(facts.tokens)
          : future(tokensBefore(facts, cut)) || plannedThen(tokensBefore(facts, cut));
    const done = () => toldAsDone(fromOutcome >= 0 ? outcomeWords : tokensBefore(facts, cut));
    let dates = whenClauseTimes(datesBefore(facts, dateCut), rule.require, facts);
    if (fromOutcome >= 0 && dates.some((d) => d.from >= fromOutcome))
      dates = dates.filter((d) => d.from >= fromOutcome);
    // The sentence's dates, or some of them, read for the claim's wanted date.
    const checkWith = (some: DateMention[]) =>
      checkDate(
        wanted,
        rule.dateRole ?? 'any',
        !!claim.position,
        some,
        ahead,
        done,
        facts.published,
      );
    let check = checkWith(dates);
    // "…, closing the phase agreed a year earlier": the date of a signing the claim's words do
    // not name is the deal's, and no more states the claim's date than it contradicts it.
    // The claim's date is its key assertion's (its first group): a known deal only its other
    // groups name ("announced …, closing the phase agreed a year earlier") is not it.
    if (check.kind === 'agree' && datesKnownDeal(check.date, rule, facts)) {
      const own = dates.filter((d) => !datesKnownDeal(d, rule, facts));
      check = checkWith(own);
    }
    // "The crews left the pier on Sunday under the deal signed in May": the date of a signing
    // the claim's words do not name is the deal's; it does not contradict the claim.
    if (check.kind === 'conflict' && datesASigning(check.date, rule, facts)) {
      const own = dates.filter((d) => !datesASigning(d, rule, facts));
      check = checkWith(own);
      // A report of the day ("on Saturday") whose other dates are all a deal's is dated by its page.
      const day =
        own.length === 0 && facts.dates.length === dates.length
          ? pageNews(facts, wanted, dayWords(facts))
          : undefined;
      if (day) check = { kind: 'agree', date: day };
    } else if (
      check.kind === 'conflict' &&
      claim.kind === 'event' &&
      inPlannedAside(check.date, facts.tokens, facts.text)
    ) {
      // "The closure, originally set for May, slipped into June": the aside's date is the plan's,
      // not the event's; the event is read with the sentence's other dates.
      const own = dates.filter((d) => !inPlannedAside(d, facts.tokens, facts.text));
      check = checkWith(own);
    } else if (
      check.kind === 'none' &&
      claim.position &&
      rule.dateRole !== 'deadline' &&
      facts.dates.length === 0 &&
      dayWords({ ...facts, tokens: tokensBefore(facts, cut) })
    ) {
      // "The crews took over the pier on Saturday": what the day's report says happened, happened
      // in the page's days; on a disputed date, that is its answer.
      const day = pageNews(facts, wanted, true);
      if (day) check = { kind: 'agree', date: day };
    }
    // "The closure, meant to end in May, finished in June": a plan whose date stands only in an
    // aside of planning, the rest of the sentence telling in the past what came of it, is taken
    // for granted; the sentence states the outcome, not the plan.
    if (
      check.kind === 'agree' &&
      claim.kind === 'plan' &&
      inPlannedAside(check.date, facts.tokens, facts.text) &&
      toldOutcome(facts)
    )
      return rejected(
        progress,
        () => `the plan's date stands in an aside; the sentence tells what came of it`,
      );
    if (check.kind === 'conflict')
      return rejected(
        progress,
        () => `states ${formatDate(check.date)}, the claim is about ${formatDate(wanted)}`,
      );
    // "The advisers kept on after September have now left": what the sentence tells came after a
    // month past the one the event happened in; the claim's year alone does not make it that event.
    if (check.kind === 'agree' && claim.kind === 'event' && claim.happened) {
      const after = check.date;
      const year = Number(claim.happened.slice(0, 4));
      const month = Number(claim.happened.slice(5, 7));
      if (
        after.role === 'since' &&
        after.month !== undefined &&
        month > 0 &&
        after.year * 12 + after.month > year * 12 + month
      )
        return rejected(
          progress,
          () =>
            `tells what came after ${formatDate(after)}, past when it happened (${claim.happened})`,
        );
    }
    // Not for a claim that answers a disputed date ("done by the end of one year" or "in the next"):
    // a headline naming the closure on a December page does not say when it ends.
    // Not for a plan the headline names only as its topic ("Inside the Ferry's Exit"): the page's
    // month is when someone wrote about it (topic-noun.ts).
    const news =
      check.kind === 'none' && !claim.position && cut < 0 && !planOnlyAsTopic(claim, key, facts)
        ? headlineNews(facts, wanted)
        : undefined;
    if (news) date = news;
    else if (check.kind === 'none' && rule.dateRequired && !retoldPlan(claim, facts, cut)) {
      // "The first stage has been completed", on a page after its month: the plan told as done.
      if (
        !toldDoneAfterDue(
          claim,
          facts,
          tokensBefore(facts, cut),
          toldDoneUntil,
          cut < 0 && datedByPage(facts),
        )
      )
        return rejected(
          progress,
          () => `states no date (the claim is about ${formatDate(wanted)})`,
        );
      doneUndated = true;
    }
    // Near at hand ("soon") times the plan without naming its month: no value for the card.
    if (check.kind === 'agree' && check.weak) date = check.date.near ? undefined : check.date;
    else if (check.kind === 'agree') {
      date = check.date;
      dated = true;
      score += wanted.month !== undefined && check.date.month !== undefined ? 2 : 1;
      // A date that settles a disputed question is the most informative reading of the sentence.
      // Not a month the side's year leaves unexplained: "the mission ends in two stages, the last
      // in September 2026" is the September plan's date, which the side "in 2026" only contains.
      if (
        claim.position &&
        rule.dateRequired &&
        (wanted.month !== undefined || check.date.month === undefined)
      )
        score += 2;
    }
  }

  /** The figures the claim is about, each with the sentence's figure that states it. */
  const figures: [wanted: number, stated: NumberMention][] = rule.numbers ? [] : NO_FIGURES;
  for (const wanted of rule.numbers ?? []) {
    const number = statedFigure(facts, wanted);
    if (!number) {
      const other = facts.numbers[0];
      return rejected(progress, () =>
        other
          ? `states ${other.text}, the claim is about ${wanted}`
          : `states no figure (the claim is about ${wanted})`,
      );
    }
    score += 1;
    figures.push([wanted, number]);
  }

  // "The committee was formed in 2023, after the floods destroyed the pier": a claim named only
  // in a clause of time ranks below one the main clause asserts.
  // So too one named only where the sentence takes it for granted ("… ahead of the timetable
  // agreed in May", "welcomed the decision to keep …": presupposed.ts), or only in what it
  // concedes ("may have lost X, but …": concession.ts).
  // A ", when …" clause telling what comes at the date of an empty main clause is no clause of
  // time beside another assertion (toldAtItsDate: two cheap looks end it for most sentences).
  if (
    key.every(
      (h) =>
        !h.inferred &&
        ((subordinate(h.from, facts) && !toldAtItsDate(rule.require, facts)) ||
          takenForGranted(h.from, facts) ||
          conceded(h.from, facts.tokens, facts.text)),
    )
  )
    score -= SUBORDINATE_PENALTY;
  // "Since the crews left the pier in May, trade in Portsea has fallen": a reading whose key only
  // the main clause names, while every other group is told only in the clause of time, joins
  // words of two clauses; it yields to a reading the clause of time tells whole ("the crews left
  // the pier"), which the penalty above has already lowered, and stands when it is the only one.
  else if (onlyInTimeClause(rule.require, key, facts)) score -= SPLIT_PENALTY;
  // "…, a member of the harbour board said of the crews": a claim keyed only in who tells it
  // yields to one the sentence tells as much, and stands alone ("… we struck it," the board said).
  if (keyOnlyTeller(facts, rule.require[0] ?? [])) score -= TELLER_PENALTY;

  const stated = date;
  const covered = coverage(rule.require, facts, date, figures);
  const evidence = (): Evidence[] => [
    ...firstHits.map(
      (hit): Evidence => ({ kind: 'concept', detail: `${hit.concept} ← "${hit.text}"` }),
    ),
    ...(denial
      ? [
          {
            kind: 'negation' as const,
            detail: `${denial.cue.denial ? 'denial' : 'negation'} of ${denial.denied.concept} ← "${denial.cue.word}"`,
          },
        ]
      : []),
    ...(stated
      ? [
          {
            kind: 'date' as const,
            detail: `${stated.role} ${formatDate(stated)} ← "${stated.text}"${stated.relative ? ' (resolved against publication date)' : ''}`,
          },
        ]
      : []),
    ...figures.map(
      ([wanted, number]): Evidence => ({ kind: 'number', detail: `${wanted} ← "${number.text}"` }),
    ),
  ];
  const valued = figures.length + (dated ? 1 : 0);
  const repeated = repeatedGroups(rule.require, facts);
  const split = splitBySemicolon(rule.require, facts) ? 1 : 0;
  const tense = (claim.kind === 'plan') === looksAhead(facts) ? 1 : 0;
  const presupposed = presupposedGroups(rule.require, facts);
  const accepted: Recognition = {
    ok: true,
    score,
    covered,
    valued,
    repeated,
    split,
    omitted,
    tense,
    presupposed,
    evidence,
  };
  if (date) accepted.date = date;
  if (doneUndated) accepted.doneUndated = true;
  if (claim.kind === 'plan' && facts.text.includes(';')) {
    const told = outcomeStatement(facts.tokens, facts.text);
    if (told && everyGroupWithin(rule.require, facts, 0, told[0])) accepted.foil = true;
  }
  return accepted;
}

/**
 * "The council declared the pier closed; the crews pledge to hand back their keys": a semicolon
 * joins two statements, and a reading taking words from both is weaker than one either asserts
 * alone. So does a colon ("the change is a new name rather than a closure: the sign comes down,
 * and the crews stay on under new contracts"; fit21, +1 hit and -1 wrong on blind-21, no other
 * set moved). Not a rejection: the second part often goes on with the first's subject ("There is a
 * deal; only its date is open"). Whether no part names every group of the claim (an actor
 * carried from the sentence before counts in any part).
 */
function splitBySemicolon(groups: readonly (readonly string[])[], facts: SentenceFacts): boolean {
  if (!facts.text.includes(';') && !facts.text.includes(':')) return false;
  // "Harbour Transit Board (HTB): the body that runs the ferries": a glossary's term and its
  // definition are one statement about the term (defined-term.ts).
  const bounds = statementBounds(
    facts,
    opensWithDefinedTerm(facts.tokens, facts.text) ? ';' : ';:',
  );
  return bounds !== null && holdingStatementOf(groups, facts, bounds) === null;
}

/**
 * The tokens [from, to) of the one statement of a sentence joined by semicolons that names every
 * group of the claim (an actor carried from the sentence before counts in any), or null when
 * none does or the sentence is one statement.
 */
function holdingStatement(
  groups: readonly (readonly string[])[],
  facts: SentenceFacts,
): [number, number] | null {
  const bounds = statementBounds(facts);
  return bounds && holdingStatementOf(groups, facts, bounds);
}

/** Where each statement of a sentence joined by semicolons starts, and its end; null for one. */
function statementBounds(facts: SentenceFacts, marks = ';'): number[] | null {
  const bounds = [0];
  for (let k = semicolonAfter(facts, 1, marks); k >= 0; k = semicolonAfter(facts, k + 1, marks))
    bounds.push(k);
  if (bounds.length === 1) return null;
  bounds.push(facts.tokens.length);
  return bounds;
}

/** The first statement between `bounds` that names every group of the claim, or null. */
function holdingStatementOf(
  groups: readonly (readonly string[])[],
  facts: SentenceFacts,
  bounds: readonly number[],
): [number, number] | null {
  for (let p = 0; p + 1 < bounds.length; p++) {
    const from = bounds[p] as number;
    const to = bounds[p + 1] as number;
    const holds = groups.every((group) =>
      group.some((concept) =>
        facts.hitsOf(concept).some((k) => {
          const h = facts.hits[k] as ConceptHit;
          return h.inferred || (h.from >= from && h.from < to);
        }),
      ),
    );
    if (holds) return [from, to];
  }
  return null;
}

/**
 * Whether the sentence looks ahead in its own report: "the crews are staying on for now and are
 * expected to leave by May" does (a second verb of the same subject), "the council said the
 * crews had left and that its staff would run the pier" does not (a second report's future).
 */
function looksAhead(facts: SentenceFacts): boolean {
  if (!facts.future) return false;
  const cut = secondReport(facts.tokens, facts.text);
  return cut < 0 || future(facts.tokens.slice(0, cut));
}

/**
 * Whether two hits take the same words: the very same, or overlapping with neither inside the
 * other ("have left" and "left the pier"). A word inside a longer phrase ("the pier" inside "an
 * accord on the pier") is that phrase's detail, and stays the word's own.
 */
function clash(a: ConceptHit, b: ConceptHit): boolean {
  if (a.from === b.from && a.to === b.to) return true;
  if (a.to <= b.from || b.to <= a.from) return false;
  const aInB = b.from <= a.from && a.to <= b.to;
  const bInA = a.from <= b.from && b.to <= a.to;
  return !aInB && !bInA;
}

/**
 * How many required groups cannot be given words of their own: the groups less the most that
 * can be met by hits no two of which clash (a search over a handful of groups).
 */
function repeatedGroups(groups: readonly (readonly string[])[], facts: SentenceFacts): number {
  const options: ConceptHit[][] = [];
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] as readonly string[];
    const own: ConceptHit[] = [];
    for (let c = 0; c < group.length; c++) {
      const at = facts.hitsOf(group[c] as string);
      for (let k = 0; k < at.length; k++) {
        const h = facts.hits[at[k] as number] as ConceptHit;
        if (!h.inferred) own.push(h);
      }
    }
    if (own.length) options.push(own);
  }
  const taken: ConceptHit[] = [];
  let best = 0;
  const search = (g: number, met: number) => {
    if (met + options.length - g <= best) return;
    if (g === options.length) {
      best = met;
      return;
    }
    for (const h of options[g] as ConceptHit[])
      if (!clashesAny(taken, h)) {
        taken.push(h);
        search(g + 1, met + 1);
        taken.pop();
      }
    search(g + 1, met);
  };
  search(0, 0);
  return options.length - best;
}

/**
 * Whether `h` clashes with a hit already taken. A function, not a closure in repeatedGroups'
 * loop: one holding the loop's hit made every pass allocate a context for it.
 */
function clashesAny(taken: readonly ConceptHit[], h: ConceptHit): boolean {
  for (let k = 0; k < taken.length; k++) if (clash(taken[k] as ConceptHit, h)) return true;
  return false;
}

/** Conjunctions that open a clause of time ("after the floods destroyed the pier"). */
const SUBORDINATORS = new Set(['after', 'when', 'since']);

/**
 * What a reading loses when its key concept lies in such a clause: more than a month's bonus (2),
 * so the main clause's claim wins even against a dated one ("moved north since the handover in
 * January"), and the reading still stands when it is the only one.
 */
const SUBORDINATE_PENALTY = 3;
/**
 * What a reading loses when only its key lies outside such a clause and the rest inside it:
 * SUBORDINATE_PENALTY and the point of a group more, so a reading wholly inside the clause,
 * itself lowered by SUBORDINATE_PENALTY, outranks it though it has a group fewer. Not more: a
 * dated reading keeps its month's bonus ("The guild's pilots have run the pier since the crews'
 * exit was completed in January" stays the pier's handover; +4 lost such a card on retold-bank).
 */
const SPLIT_PENALTY = SUBORDINATE_PENALTY + 2;

/** What a reading keyed only in the sentence's teller loses: a tie, not more. */
const TELLER_PENALTY = 1;

/** Whether the word at `at` lies in a clause of time: one opened before it, no break between. */
function subordinate(at: number, facts: SentenceFacts): boolean {
  const { tokens, text } = facts;
  // "… stay until May, when the pier is due to close": words read from the "when" on (a phrasing
  // "when … close" of asking when) lie in the clause that "when" opens after its comma.
  if (tokens[at]?.norm === 'when' && gapHas(tokens, text, at, ',')) return true;
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (gapHas(tokens, text, k + 1, ',;:\u2013\u2014')) return false;
    // "has since moved north": the adverb, not a clause.
    if (SUBORDINATORS.has(t.norm)) return !PERFECT.has(tokens[k - 1]?.norm ?? '');
    // "Crews who left the pier in May have moved north": a relative clause on the subject, with
    // no comma before it (an aside between commas still reports), runs to the main clause's
    // auxiliary; with no such auxiliary after it ("… the crews who remain"), it is no subject's.
    if (t.norm === 'who' && k > 0 && !gapHas(tokens, text, k, ',;:\u2013\u2014'))
      return relativeOnSubject(tokens, text, k, at);
  }
  return false;
}

/**
 * "Since the crews left the pier in May, trade in Portsea has fallen": whether every group but
 * the key is told only in a clause of time, and the key only outside it. Groups a carry, a count
 * or a headline filled (no words of their own, or inferred ones) keep the reading whole. The
 * first group after the key is asked first, its first hit first: most readings end there, with
 * one backward scan.
 */
function onlyInTimeClause(
  groups: readonly (readonly string[])[],
  key: readonly ConceptHit[],
  facts: SentenceFacts,
): boolean {
  if (groups.length < 2) return false;
  const { hits } = facts;
  for (let g = 1; g < groups.length; g++) {
    const group = groups[g] as readonly string[];
    let any = false;
    for (let c = 0; c < group.length; c++) {
      const of = facts.hitsOf(group[c] as string);
      for (let k = 0; k < of.length; k++) {
        const h = hits[of[k] as number] as ConceptHit;
        if (h.inferred || !subordinate(h.from, facts)) return false;
        any = true;
      }
    }
    if (!any) return false;
  }
  // "… had changed in Ashby since the crews left Portsea": the clause names a key of its own.
  for (let k = 0; k < key.length; k++)
    if (subordinate((key[k] as ConceptHit).from, facts)) return false;
  return true;
}

/**
 * Whether the word at `at` lies in the restrictive relative clause opened by "who" at `who`,
 * which a main clause's auxiliary closes later in the sentence, before any punctuation.
 */
function relativeOnSubject(tokens: readonly Token[], text: string, who: number, at: number) {
  for (let j = who + 2; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (gapHas(tokens, text, j, ',;:\u2013\u2014')) return false;
    if (MAIN_AUXILIARIES.has(t.norm)) return j > at;
  }
  return false;
}

/** Verbs a count stands before as their subject: "under 1,500 would stay", "some 300 remain". */
const COUNT_VERBS = new Set(
  'is are was were will would has have had can could may might must should remain remained remains stay stayed stays'.split(
    ' ',
  ),
);

/**
 * One of the claim's figures standing in the sentence with no noun after it, as the subject of a
 * verb ("under 1,500 would stay"): the count of whatever the claim counts, as a hit of `concept`.
 */
function bareCount(
  facts: SentenceFacts,
  wanted: readonly number[],
  concept: string,
): ConceptHit | null {
  const { tokens } = facts;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.value === undefined || !COUNT_VERBS.has((tokens[i + 1] as Token).norm)) continue;
    const value = t.value;
    if (
      !facts.negatedAt(i) &&
      facts.numbers.some((n) => n.text === t.raw) &&
      wanted.some((w) => Math.abs(value - w) <= w * NUMBER_TOLERANCE)
    )
      return { concept, from: i, to: i + 1, text: t.raw };
  }
  return null;
}

/** Auxiliaries that open the main clause after a relative one ("… who left in May have moved"). */
const MAIN_AUXILIARIES = new Set(
  'is are was were will would has have had can could may might must should'.split(' '),
);

/** Auxiliaries of the perfect, before which "since" is an adverb ("has since moved"). */
const PERFECT = new Set(['has', 'have', 'had']);

/**
 * "The statement did not say how many crews would leave, but officials called it a pause": a
 * doubt leaves open its own clause; a part of the claim only a later clause tells is told. A
 * part the later clause tells again in words of its own ("has not said how many crews it has;
 * officials said fewer than 300 would stay") is told there, whatever the doubt asked.
 */
function doubtsOwnClause(
  doubt: ConceptHit,
  parts: readonly ConceptHit[],
  facts: SentenceFacts,
  groups: readonly (readonly string[])[],
) {
  const later = laterClause(facts.tokens, facts.text, doubt.to, facts.tokens.length - 1);
  // A semicolon closes the doubt's statement: "… has not said how many; officials put it at 300".
  const stop = semicolonAfter(facts, doubt.to);
  const end = later < 0 ? stop : stop < 0 ? later : Math.min(later, stop);
  // "Whether the crews return, which the council says depends on the pier": what the speaker's
  // relative clause says of the thing asked is asserted, when it holds a part of the claim.
  const said = relativeReport(facts.tokens, facts.text, doubt.to);
  if (said >= 0 && (end < 0 || said <= end) && parts.some((h) => !h.inferred && h.from > said))
    return false;
  // "whether the gap could be used by the raiders, whose boats remain in the bay": the comma-led
  // "who"/"whose" clause describes what was named, as told; a part of the claim in it is asserted.
  const described = describedInDoubt(facts.tokens, facts.text, doubt.to, end);
  if (described >= 0 && parts.some((h) => !h.inferred && h.from > described)) return false;
  // "whether the vote comes in May, as most councillors expect": the asked thing is expected.
  // Only for a claim that is itself an expectation, whose groups read that verb.
  if (doubt.text.toLowerCase() === 'whether') {
    const verb = expectedAs(facts, doubt.to);
    if (
      verb >= 0 &&
      facts.hits.some((h) => h.from === verb && groups.some((g) => g.includes(h.concept)))
    )
      return false;
  }
  if (end < 0) return true;
  // "… has not said how many crews remain, but a pilot put the number at a dozen": the later
  // clause answers what the doubt asked, so the asked thing (crews remain) is told.
  if (
    estimatedAfterBut(facts.tokens, facts.text, end) ||
    estimatedAfterBut(facts.tokens, facts.text, end + 1)
  )
    return false;
  const inDoubt = (h: ConceptHit) => h.inferred || (h.from > doubt.from && h.from < end);
  return parts.some(
    (h) =>
      inDoubt(h) &&
      !(groups.find((group) => group.includes(h.concept)) ?? []).some((concept) =>
        facts.hitsOf(concept).some((k) => {
          const other = facts.hits[k] as ConceptHit;
          return !other.inferred && other.from >= end;
        }),
      ),
  );
}

/** Verbs of an expectation an "as" clause tells: "…, as officials expect". */
const EXPECTING = new Set(
  'expect expects expected predict predicts predicted anticipate anticipates anticipated'.split(
    ' ',
  ),
);

/**
 * The verb of a clause "…, as <a few words> expect" after token `from` and a comma (what the
 * "whether" before it asked, someone expects), or -1.
 */
function expectedAs(facts: SentenceFacts, from: number): number {
  const { tokens, text } = facts;
  for (let k = from + 1; k < tokens.length; k++) {
    if ((tokens[k] as Token).norm !== 'as' || !gapHas(tokens, text, k, ',')) continue;
    for (let j = k + 1; j < tokens.length && j <= k + 4; j++)
      if (EXPECTING.has((tokens[j] as Token).norm)) return j;
  }
  return -1;
}

/** The first token after a semicolon at or after token `from`, or -1. */
function semicolonAfter(facts: SentenceFacts, from: number, marks = ';'): number {
  const { tokens, text } = facts;
  if (![...marks].some((m) => text.includes(m))) return -1;
  for (let k = Math.max(from, 1); k < tokens.length; k++)
    if (gapHas(tokens, text, k, marks)) return k;
  return -1;
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her']);

/** Whether `hit` is an actor carried over from the sentence before by an opening possessive. */
function carriedByPossessive(hit: ConceptHit, facts: SentenceFacts): boolean {
  return hit.inferred === true && POSSESSIVES.has(facts.tokens[hit.from]?.norm ?? '');
}

/**
 * Whether `hit` was carried onto a word the sentence names something with itself ("Portsea and
 * Ashby agreed …" after "The guild's envoy in Portsea …": "Portsea" lends the guild nothing).
 */
function lentToName(hit: ConceptHit, facts: SentenceFacts): boolean {
  if (!hit.inferred) return false;
  // A name is written with a capital; "the deal (→ "firm")" says which deal, and still excludes.
  const first = facts.tokens[hit.from]?.raw.charAt(0) ?? '';
  if (first === first.toLowerCase()) return false;
  for (const h of facts.hits) if (!h.inferred && h.from <= hit.from && hit.from < h.to) return true;
  return false;
}

/** Openers of a frame that tells when: "After the last crews leave, …". */
const TIME_FRAME_OPENERS = new Set(['after', 'following', 'before']);

/**
 * Whether token `at` lies in a frame of time opening the sentence ("After the last crews leave,
 * a few guards will stay at the pier"): the clause is not what the sentence reports, but it says
 * which time the report is about, so a claim's exclusion named there (a time after the end) still
 * excludes, as it does in the same clause placed after the main one.
 */
function inFrontedTime(at: number, facts: SentenceFacts): boolean {
  for (const f of facts.frames)
    if (f.from === 0 && at < f.to && TIME_FRAME_OPENERS.has(f.opener.toLowerCase())) return true;
  return false;
}

/** Words of the sentence the claim's concepts (every hit of every group), date and figures cover. */
function coverage(
  groups: readonly (readonly string[])[],
  facts: SentenceFacts,
  date: DateMention | undefined,
  figures: readonly [number, NumberMention][],
): number {
  const words = new Uint8Array(facts.tokens.length + 1);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] as readonly string[];
    for (let c = 0; c < group.length; c++) {
      const of = facts.hitsOf(group[c] as string);
      for (let k = 0; k < of.length; k++) {
        const h = facts.hits[of[k] as number] as ConceptHit;
        if (!h.inferred) words.fill(1, h.from, h.to);
      }
    }
  }
  if (date) words.fill(1, date.from, date.to);
  let n = figures.length;
  for (let i = 0; i < words.length; i++) n += words[i] as number;
  return n;
}

/**
 * The most recognize() can score `claim` on any sentence: one per required group, and every
 * bonus its rule allows. Only a higher score replaces the best claim of a sentence, so a
 * candidate whose highest score is no more than the best so far need not be read.
 */
/**
 * Whether every hit at `positions` names one of the story's places inside a frame (not an
 * aside), none inferred: "under new arrangements with Portsea" takes the town for granted, so
 * it places nothing the main clause tells there.
 */
function placesOnlyFramed(positions: readonly number[], facts: SentenceFacts): boolean {
  for (let k = 0; k < positions.length; k++) {
    const h = facts.hits[positions[k] as number] as ConceptHit;
    if (h.inferred || !facts.places.has(h.concept)) return false;
    if (!facts.framedAt(h.from) || inAside(h.from, facts.frames)) return false;
  }
  return true;
}

/**
 * "The crews stayed at the pier after the handover, running the ropes": a group named only in
 * the time a clause is dated by ("after the handover") is taken for granted, not told.
 */
function onlyTimed(positions: readonly number[], facts: SentenceFacts): boolean {
  for (let k = 0; k < positions.length; k++) {
    const h = facts.hits[positions[k] as number] as ConceptHit;
    if (h.inferred) return false;
    if (!facts.frames.some((f) => f.timed && f.from <= h.from && h.from <= f.to)) return false;
  }
  return true;
}

export function highestScore(claim: Claim): number {
  const rule = claim.recognize;
  let score = rule.require.length;
  if (rule.polarity === 'negate') score += 2;
  if (rule.date) {
    score += rule.date.month !== undefined ? 2 : 1;
    if (claim.position && rule.dateRequired) score += 2;
  }
  return score + (rule.numbers?.length ?? 0);
}

/**
 * The sentence's figure stating `wanted`, within the tolerance of a rounded count: digits first,
 * then figures in words ("some two thousand", "twenty-five hundred") when no digits do.
 */
function statedFigure(facts: SentenceFacts, wanted: number): NumberMention | undefined {
  const near = (n: NumberMention) => Math.abs(n.value - wanted) <= wanted * NUMBER_TOLERANCE;
  return facts.numbers.find(near) ?? spelledNumbers(facts.tokens).find(near);
}

/**
 * False when recognize(claim, facts) is sure to turn the claim down, told from a few cheap looks
 * at the sentence; true means only that it has to be read. A big knowledge base offers a
 * sentence many candidates, and recognize() reaches these checks only after its costlier ones
 * (frames, conditions, exclusions, the date), so pick-best.ts asks this first. Each test below
 * restates a rejection recognize() makes whatever else the sentence says: change them together
 * (tests/unit/engine/may-recognize.test.ts holds them to the same answers).
 */
export function mayRecognize(claim: Claim, facts: SentenceFacts, toldDoneUntil?: string): boolean {
  const rule = claim.recognize;
  // A claim whose date is required is accepted only with a date that agrees with it: one the
  // sentence states (checkDate() agrees only with one of them), or the page's (pageNews(), for a
  // headline or a report of the page's days), or none for a plan its own words retell
  // (retoldPlan(): it needs one of those words), or none for a plan told as done on a page after
  // its date (done-after-due.ts). Otherwise "states no date" or another date.
  if (
    rule.date &&
    rule.dateRequired &&
    !datedByPage(facts) &&
    !dayWords(facts) &&
    !statesDate(facts, rule.date) &&
    !(
      rule.retoldBy &&
      claim.kind === 'plan' &&
      !claim.position &&
      namesOne(facts, rule.retoldBy)
    ) &&
    !(facts.dates.length === 0 && doneMayTime(claim, facts.published, toldDoneUntil))
  )
    return false;
  // A denial is read only where a word of its key group is negated or is a word of denial
  // (deniedBy): "the sentence does not deny or negate it" otherwise.
  if (rule.polarity === 'negate' && !keyDenied(rule, facts)) return false;
  // Every figure the claim is about must be stated ("states no figure" or another figure).
  if (rule.numbers)
    for (const wanted of rule.numbers) if (!statedFigure(facts, wanted)) return false;
  return true;
}

/** Whether one of the sentence's dates agrees with `wanted` (agrees()). */
function statesDate(facts: SentenceFacts, wanted: ClaimDate): boolean {
  for (const d of facts.dates) if (agrees(d, wanted)) return true;
  return false;
}

/** Whether the sentence names one of `concepts` in its own words (not inferred). */
function namesOne(facts: SentenceFacts, concepts: readonly string[]): boolean {
  for (const concept of concepts)
    for (const at of facts.hitsOf(concept))
      if (!(facts.hits[at] as ConceptHit).inferred) return true;
  return false;
}

/**
 * Whether a hit of the claim's key group (its first) could be what a denial claim asserts: in
 * its own words, and either negated or a word of denial not negated. recognize() asks more of it
 * than this.
 */
function keyDenied(rule: Claim['recognize'], facts: SentenceFacts): boolean {
  for (const concept of rule.require[0] ?? [])
    for (const at of facts.hitsOf(concept)) {
      const h = facts.hits[at] as ConceptHit;
      // A word of denial denies unless negated; any other key word denies when negated.
      const negated = facts.negatedAt(h.from);
      if (!h.inferred && (rule.deniedBy?.includes(h.concept) ? !negated : negated)) return true;
    }
  return false;
}

/**
 * A headline with no date ("First Ferries Quietly Leave The Harbour") reports the news of the
 * day it was published: that month, when it agrees with the claim's, times the claim, as weakly
 * as a plain date would. Read only when a dated claim found no date in the sentence.
 */
function headlineNews(facts: SentenceFacts, wanted: ClaimDate): DateMention | undefined {
  return pageNews(facts, wanted, timedByPage(facts));
}

/** The page's month as the sentence's date, when `timed` and it agrees with the claim's. */
function pageNews(
  facts: SentenceFacts,
  wanted: ClaimDate,
  timed: boolean,
): DateMention | undefined {
  if (!facts.published || !timed) return undefined;
  // "ended on Wednesday" on a page of Friday 2 October: the Wednesday before, in September.
  const published = reportedDay(facts, facts.published);
  if (published.year !== wanted.year) return undefined;
  if (wanted.month !== undefined && wanted.month !== published.month) return undefined;
  return {
    year: published.year,
    month: published.month,
    role: 'point',
    relative: true,
    text: 'the page’s date',
    from: 0,
    to: 0,
  };
}

/**
 * The month of the day a report names: its weekday, the last one on or before the page's day
 * (the next one when the sentence looks ahead); the page's month for "today" or no weekday.
 */
function reportedDay(facts: SentenceFacts, published: YearMonth): { year: number; month: number } {
  for (const t of facts.tokens) {
    const weekday = weekdayOf(t);
    if (weekday !== undefined) return weekdayMonth(published, weekday, facts.future);
  }
  return published;
}

/** Words that date what a sentence reports to the days around its page's ("on Sunday", "today"). */
const DAY_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight'.split(' '),
);

/**
 * "The council formally ended the ferry service on Sunday": a report dated only by a weekday
 * or "today" tells the news of the page's days, so the page's month times it as a headline's.
 */
function newsOfTheDay(facts: SentenceFacts): boolean {
  return facts.dates.length === 0 && dayWords(facts);
}

/** DAY_WORDS as a word class (word-class.ts): read on every candidate needing a date. */
const DAY_WORD = wordClass(DAY_WORDS);

/** Whether the sentence names a day of its page's week ("on Sunday", "today"). */
function dayWords(facts: SentenceFacts): boolean {
  const tokens = facts.tokens;
  for (let k = 0; k < tokens.length; k++) if (inClass(tokens[k], DAY_WORD)) return true;
  return false;
}

/**
 * Whether the page's date may time the sentence: a headline with no date, or a report dated
 * only by its days (a claim needing a date is still worth reading on it: pick-best.ts).
 */
export function timedByPage(facts: SentenceFacts): boolean {
  return datedByPage(facts) || newsOfTheDay(facts);
}

/**
 * Whether the sentence is a headline stating no date, so the page's date may time it (a claim
 * needing a date is still worth reading on it: pick-best.ts).
 */
export function datedByPage(facts: SentenceFacts): boolean {
  // A subhead of a word or two ("Ferry Closure") names a topic; a headline tells what happened.
  return (
    facts.published !== null &&
    facts.dates.length === 0 &&
    facts.tokens.length >= HEADLINE_WORDS &&
    !endsOnMark(facts.text, '.!?…:')
  );
}

/**
 * Whether the sentence is a headline (datedByPage) on a page published in the month the event
 * claim happened: the day's news, which may name the event in fewer words (headlineMayOmit).
 */
function newsOfTheMonth(claim: Claim, facts: SentenceFacts): boolean {
  const happened = claim.kind === 'event' ? claim.happened : undefined;
  const published = facts.published;
  if (!happened || !published || !datedByPage(facts)) return false;
  return (
    Number(happened.slice(0, 4)) === published.year &&
    Number(happened.slice(5, 7)) === published.month
  );
}

/** First words of a schedule told as standing now: "will", "due to", "scheduled for", "is to". */
const SCHEDULED = new Set([
  'will',
  "'ll",
  'due',
  'scheduled',
  'slated',
  'set',
  'expected',
  'is',
  'are',
]);

/**
 * "The pier's handover, scheduled for later this month, …", "days before the crews are due to
 * finish leaving", on a page published in the month an event claim happened: the page tells that
 * very event as its schedule stands, days ahead, and a word of that schedule excludes nothing
 * when the event is known to its day.
 * Only a schedule in force ("will", "due to", "scheduled"), not one told as it stood ("would",
 * "was to"), which may have slipped.
 */
function scheduledThisMonth(claim: Claim, hit: ConceptHit, facts: SentenceFacts): boolean {
  const happened = claim.kind === 'event' ? claim.happened : undefined;
  const published = facts.published;
  // Only an event known to its day: one known by its month alone ("the crews began leaving in
  // May") may be what "are expected to leave this month" still waits for.
  if (happened?.length !== 10 || !published?.month) return false;
  if (
    Number(happened.slice(0, 4)) !== published.year ||
    Number(happened.slice(5, 7)) !== published.month
  )
    return false;
  return SCHEDULED.has(facts.tokens[hit.from]?.norm ?? '');
}

/**
 * Whether the headline names, in words of their own, a concept the claim does not require
 * ("Behind the Crews' Exit From the Old Pier": the exit), so that it tells something happening
 * in fewer words than a sentence would. "The Crews and the Old Pier" names only the claim's place
 * and actors (another concept read on the same words, the pier's name, adds nothing): a topic,
 * not news.
 */
function namesMore(groups: readonly (readonly string[])[], facts: SentenceFacts): boolean {
  const required = (h: ConceptHit) => groups.some((group) => group.includes(h.concept));
  return facts.hits.some(
    (h) =>
      !h.inferred &&
      !required(h) &&
      !facts.hits.some((r) => required(r) && r.from < h.to && h.from < r.to),
  );
}

/** How far into the sentence a time opening it may start: "In 2020", "Back in early 2020". */
const OPENING_REACH = 2;
/**
 * Words before an opening year that say when the clause's event took place; "By 2019, …" and
 * "By the end of 2019, …" tell what was done by then, so it took place then too.
 */
const OPENING_TIME = new Set(['in', 'during', 'by']);
/** "the end of" 2019: the part of the year between the opening word and its year. */
const PART_OF_YEAR = new Set(['end', 'start', 'beginning', 'middle', 'close', 'turn']);

/**
 * The date opening the sentence ("In early 2020, …", "Back in 2019, …"), when its year is before
 * `year`; a writer's rounded year ("four years ago") and a span ("Not since 2014") are left alone.
 */
function earlierOpeningYear(facts: SentenceFacts, year: number): DateMention | undefined {
  for (let k = 0; k < facts.dates.length; k++) {
    const d = facts.dates[k] as DateMention;
    if (d.approximate || d.year >= year) continue;
    // "By the end of 2021, …": the part of the year read as the year's own words.
    const from =
      d.from >= 3 &&
      facts.tokens[d.from - 1]?.norm === 'of' &&
      PART_OF_YEAR.has(facts.tokens[d.from - 2]?.norm as string) &&
      facts.tokens[d.from - 3]?.norm === 'the'
        ? d.from - 3
        : d.from;
    if (from > OPENING_REACH) continue;
    // "In 2020", "In early 2020", "During 2019": when it happened; "Not since 2014 have …" is a
    // span up to now.
    for (let j = 0; j < from; j++) if (OPENING_TIME.has((facts.tokens[j] as Token).norm)) return d;
  }
  return undefined;
}

/** Words of a plan told as it stood then: "was meant to", "were due to", "was supposed to". */
const PLANNED = new Set(['meant', 'supposed', 'due', 'scheduled', 'slated', 'set', 'planned']);
const PLANNED_WORD = wordClass(PLANNED);

/**
 * "The ferries were meant to stop in late 2024": a plan retold as it stood, whatever came of it,
 * looks ahead from then as "will" does, so its date is the plan's.
 */
function plannedThen(tokens: SentenceFacts['tokens']): boolean {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as SentenceFacts['tokens'][number];
    if (!inClass(t, PLANNED_WORD) || tokens[i + 1]?.norm !== 'to') continue;
    // "was meant to", "were originally due to"
    for (let k = i - 1; k >= 0 && k >= i - 2; k--)
      if (tokens[k]?.norm === 'was' || tokens[k]?.norm === 'were') return true;
  }
  return false;
}

/**
 * "were to leave", "would quit": a plan told as it stood when it was made, in the past's future
 * (a report of what was agreed), not a forecast of the next event ("a convoy will leave"), and
 * not a "would" of some other verb ("the pier, which crews have left, would become a park"):
 * the auxiliary stands right before one of the claim's key words (`verbs`).
 */
function toldAsItStood(tokens: SentenceFacts['tokens'], verbs: readonly ConceptHit[]): boolean {
  const governs = (at: number) => verbs.some((h) => h.from > at && h.from <= at + AUXILIARY_REACH);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as SentenceFacts['tokens'][number];
    if (t.norm === 'would' && (governs(i) || saidItWould(tokens, i))) return true;
    if ((t.norm === 'was' || t.norm === 'were') && tokens[i + 1]?.norm === 'to' && governs(i + 1))
      return true;
  }
  return plannedThen(tokens) || keptToTime(tokens);
}

/** Nouns of a plan's times ("the agreed timings", "the timetable"). */
const TIMINGS = new Set([
  'timings',
  'timing',
  'timetable',
  'schedule',
  'timeline',
  'dates',
  'deadline',
]);
/** Words between "in accordance with" (or "according to") and those nouns ("the agreed"). */
const TIMING_WORDS = 3;

/**
 * "The first stage has been completed in accordance with the agreed timings", "… on schedule",
 * "… on time", "… as planned": done as the plan set, the sentence tells the plan's date held, so it retells
 * the plan as it stood.
 */
function keptToTime(tokens: SentenceFacts['tokens']): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = (tokens[i] as SentenceFacts['tokens'][number]).norm;
    const next = tokens[i + 1]?.norm ?? '';
    if (
      (w === 'on' && (next === 'schedule' || next === 'time')) ||
      (w === 'as' && (next === 'planned' || next === 'scheduled'))
    )
      return true;
    const opens = (w === 'accordance' && next === 'with') || (w === 'according' && next === 'to');
    if (!opens) continue;
    for (let k = i + 2; k < tokens.length && k <= i + 2 + TIMING_WORDS; k++)
      if (TIMINGS.has((tokens[k] as SentenceFacts['tokens'][number]).norm)) return true;
  }
  return false;
}

/** Verbs of a promise or report before "it would": the plan as it was given. */
const GIVEN = new Set(['said', 'promised', 'pledged', 'announced', 'planned', 'expected']);

/**
 * "The pier closed on Monday, as the council had said it would": "it would", after a verb of
 * saying, is the plan as it was given, whichever verb of the sentence it stands for.
 */
function saidItWould(tokens: SentenceFacts['tokens'], at: number): boolean {
  const subject = tokens[at - 1]?.norm;
  return (subject === 'it' || subject === 'they') && GIVEN.has(tokens[at - 2]?.norm ?? '');
}

/** How far after "would" the verb it governs may stand ("would quit", "would all quietly leave"). */
const AUXILIARY_REACH = 3;

/**
 * "The first stage, under which the ferries were to leave the north pier": a plan named by its
 * own words (`retoldBy`: its phase, the place it empties) and told as it stood when it was made,
 * or announced by a headline, is that plan though the sentence gives no date. Read only when the claim's date is
 * required and the sentence states none.
 */
function retoldPlan(claim: Claim, facts: SentenceFacts, cut: number): boolean {
  const named = claim.recognize.retoldBy;
  // A claim answering a disputed question is a side on it: its date is the answer, never implied.
  if (!named || claim.kind !== 'plan' || claim.position) return false;
  const tokens = tokensBefore(facts, cut);
  // A headline that looks ahead ("Ferries To Quit The North Pier") announces the plan itself.
  const verbs: ConceptHit[] = [];
  // Indexed loops: read for each candidate needing a date, often before V8 optimises this.
  const key = claim.recognize.require[0] ?? [];
  for (let c = 0; c < key.length; c++) {
    const at = facts.hitsOf(key[c] as string);
    for (let k = 0; k < at.length; k++) verbs.push(facts.hits[at[k] as number] as ConceptHit);
  }
  if (!toldAsItStood(tokens, verbs) && !(facts.future && datedByPage(facts))) return false;
  for (let c = 0; c < named.length; c++) {
    const at = facts.hitsOf(named[c] as string);
    for (let k = 0; k < at.length; k++) {
      const h = facts.hits[at[k] as number] as ConceptHit;
      if (!h.inferred && (cut < 0 || h.from < cut)) return true;
    }
  }
  return false;
}

/** Fewest words of a headline that tells news. */
const HEADLINE_WORDS = 5;

/** Whether the token at `at` lies in an aside opened by "which" (find-frames.ts). */
function inAside(at: number, frames: SentenceFacts['frames']): boolean {
  for (const f of frames)
    if (f.opener.toLowerCase() === 'which' && at >= f.from && at <= f.to) return true;
  return false;
}

/** The token by which every group of the claim has been named: the latest of each group's first word. */
function allGroupsNamed(rule: Claim['recognize'], facts: SentenceFacts): number {
  const hits = facts.hits;
  let named = 0;
  for (let g = 0; g < rule.require.length; g++) {
    const group = rule.require[g] as string[];
    let first = Number.POSITIVE_INFINITY;
    for (let c = 0; c < group.length; c++) {
      const at = facts.hitsOf(group[c] as string);
      for (let k = 0; k < at.length; k++)
        first = Math.min(first, (hits[at[k] as number] as ConceptHit).from);
    }
    named = Math.max(named, first);
  }
  return named;
}

/** The first word naming the claim's key group (its first), or infinity. */
function keyNamed(rule: Claim['recognize'], facts: SentenceFacts): number {
  let first = Number.POSITIVE_INFINITY;
  for (const concept of rule.require[0] ?? [])
    for (const k of facts.hitsOf(concept)) {
      const h = facts.hits[k] as ConceptHit;
      if (!h.inferred) first = Math.min(first, h.from);
    }
  return first;
}

/** Verbs that tell who says what the sentence reports. */
const TELLING = new Set(['said', 'say', 'says', 'saying', 'told', 'reported', 'recalled', 'added']);

/** Prepositions placing the tellers: "officials in the capital said". */
const PLACE_OF_TELLERS = new Set(['in', 'from']);

/** How many words a teller's name may run before its verb ("residents of the old town said"). */
const TELLER_REACH = 4;

/**
 * Whether the hit names the witnesses who tell the sentence's news, not who is in it: a plural
 * group as the subject of a verb of saying ("residents and harbour officials said", "Residents
 * of Portsea said they watched …"). One voice ("a senior cleric said") says what it holds, and
 * may be what the sentence is about. Words of one phrase only between: no punctuation.
 */
function namesTeller(hit: ConceptHit, facts: SentenceFacts): boolean {
  const { tokens, text } = facts;
  // "commanders in the capital were saying …": the place the tellers speak from is theirs,
  // named as their head noun's is.
  const where = hit.from >= 2 && PLACE_OF_TELLERS.has((tokens[hit.from - 1] as Token).norm);
  const head = tokens[where ? hit.from - 2 : hit.to - 1] as Token;
  if (!head.norm.endsWith('s') || head.norm.endsWith("'s") || head.norm.endsWith('’s'))
    return false;
  if (where && gapHas(tokens, text, hit.from - 1, ',;:.!?"“”()')) return false;
  for (let k = hit.to; k < tokens.length && k <= hit.to + TELLER_REACH; k++) {
    const t = tokens[k] as Token;
    if (gapHas(tokens, text, k, ',;:.!?"“”()')) return false;
    if (TELLING.has(t.norm)) return true;
  }
  return false;
}

/** Whether any group of the claim is named by the sentence's own words from token `from` on. */
function namedFrom(groups: readonly (readonly string[])[], facts: SentenceFacts, from: number) {
  return groups.some((g) =>
    g.some((c) =>
      facts.hitsOf(c).some((i) => {
        const h = facts.hits[i] as ConceptHit;
        return !h.inferred && h.from >= from;
      }),
    ),
  );
}

/**
 * Whether every group has a hit within tokens [lo, hi). Apart from placeClause(): closures in
 * its loop over the words, holding the loop's positions, made every pass allocate a context.
 */
function everyGroupWithin(
  groups: readonly (readonly string[])[],
  facts: SentenceFacts,
  lo: number,
  hi: number,
): boolean {
  const inside = (c: string) =>
    facts.hitsOf(c).some((i) => {
      const h = facts.hits[i] as ConceptHit;
      return h.from >= lo && h.to <= hi;
    });
  return groups.every((g) => g.some(inside));
}

/** Words that may open a standard of comparison (compared-standard.ts): most sentences have none. */
const COMPARING = /\b(?:than|ahead|behind)\b/i;
/** A word opening a clause of "until": the clauses are looked for only in a sentence with one. */
const UNTIL_WORD = /\b(?:until|till)\b/i;

/** Whether the hit lies wholly inside the standard a comparison is measured against. */
function inStandard(hit: ConceptHit, facts: SentenceFacts): boolean {
  if (!COMPARING.test(facts.text)) return false;
  for (const [from, to] of comparedStandards(facts.tokens, facts.text))
    if (hit.from >= from && hit.to <= to) return true;
  return false;
}

/** Whether the hit lies in a clause of "until" naming a known event (until-clause.ts). */
function inUntilClause(hit: ConceptHit, facts: SentenceFacts): boolean {
  if (!UNTIL_WORD.test(facts.text)) return false;
  for (const [from, to] of untilClauses(facts.tokens, facts.text))
    if (hit.from >= from && hit.to <= to) return true;
  return false;
}

/** PLACE_CLAUSE as a word class: placeClause tests every token, for each claim with exclusions. */
const PLACE_CLAUSE_WORD = wordClass(PLACE_CLAUSE);

/**
 * The clause ", where …" (or ", when …") after the main clause, to the next comma or the
 * sentence's end, when it holds a word of every group of the claim; or null. [first token,
 * end).
 */
function placeClause(
  groups: readonly (readonly string[])[],
  facts: SentenceFacts,
): [number, number] | null {
  const { tokens, text } = facts;
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if ((t.classes & PLACE_CLAUSE_WORD) === 0 || !gapHas(tokens, text, k, ',')) continue;
    let end = tokens.length;
    for (let e = k + 1; e < tokens.length; e++)
      if (gapHas(tokens, text, e, ',;')) {
        end = e;
        break;
      }
    return everyGroupWithin(groups, facts, k, end) ? [k, end] : null;
  }
  return null;
}

/** Pronouns a main clause may open on that tells nothing of its own ("That will change …"). */
const EMPTY_SUBJECTS = new Set(['that', 'this', 'it', 'everything', 'all']);

/**
 * "That will change by September, when the last crews are due to leave the pier": a main clause
 * opening on a pronoun says only that something comes at its date; the clause ", when …" right
 * after that date, holding every group of the claim, tells what comes, so it is what the
 * sentence asserts, not a clause of time beside another assertion.
 */
function toldAtItsDate(groups: readonly (readonly string[])[], facts: SentenceFacts): boolean {
  if (!EMPTY_SUBJECTS.has(facts.tokens[0]?.norm ?? '') || !facts.text.includes(', when'))
    return false;
  const clause = placeClause(groups, facts);
  if (!clause || facts.tokens[clause[0]]?.norm !== 'when') return false;
  return facts.dates.some((d) => d.to === clause[0]);
}

/**
 * "… harder after May, when the last crews are due to leave the pier": a clause ", when …"
 * holding every group of the claim tells what happens at the date just before its comma, so
 * for this claim that date is a point in time, whatever "after" or "since" it is in the main
 * clause. The other dates are as read.
 */
function whenClauseTimes(
  dates: DateMention[],
  groups: readonly (readonly string[])[],
  facts: SentenceFacts,
): DateMention[] {
  if (!dates.some((d) => d.role !== 'point') || !facts.text.includes(',')) return dates;
  const clause = placeClause(groups, facts);
  if (!clause || facts.tokens[clause[0]]?.norm !== 'when') return dates;
  const at = clause[0];
  return dates.map((d) => (d.to === at && d.role !== 'point' ? { ...d, role: 'point' } : d));
}

/**
 * Where a later clause opens that holds every exclusion of the claim while the clause before it
 * names every group (clauses.ts), or only the key group when the later clause is a second verb
 * of the same subject ("… and would …"), or -1.
 */
function laterCut(rule: Claim['recognize'], facts: SentenceFacts): number {
  const hits = facts.hits;
  const named = allGroupsNamed(rule, facts);
  let excluded = Number.POSITIVE_INFINITY;
  for (const concept of rule.exclude ?? [])
    for (const k of facts.hitsOf(concept))
      if (!lentToName(hits[k] as ConceptHit, facts))
        excluded = Math.min(excluded, (hits[k] as ConceptHit).from);
  const cut = named < excluded ? laterClause(facts.tokens, facts.text, named, excluded) : -1;
  if (cut >= 0) return cut;
  // "The second crossing had begun and would be run from the island": a second verb of the same
  // subject may tell the rest of the claim (where, how) in a tense of its own; its future does
  // not undo what the first verb, which the key group names, reports.
  const key = keyNamed(rule, facts);
  if (key >= excluded) return -1;
  const second = laterClause(facts.tokens, facts.text, key, excluded);
  return second >= 0 && secondVerb(facts.tokens, second) ? second : -1;
}

/** Verbs of saying again that open a second report of the same speaker ("… and repeated that"). */
const SAID_AGAIN = new Set(
  'repeated reiterated added said stressed insisted noted confirmed restated'.split(' '),
);

/**
 * "The mayor said the ferries would keep running and repeated that the pier had closed": a
 * second report of the same speaker, opened by "and" and a verb of saying with "that", is a
 * statement of its own; an exclusion only in the report before it ("would") excludes nothing
 * when every group of the claim is named after the opening. Read only for a claim with an
 * exclusion found, on a sentence with such an opening.
 */
function reportedAgainAfter(
  rule: Claim['recognize'],
  facts: SentenceFacts,
  excludedAt: number,
): boolean {
  const tokens = facts.tokens;
  const hits = facts.hits;
  const from = (hits[excludedAt] as ConceptHit).from;
  for (let k = from + 1; k + 2 < tokens.length; k++) {
    if (
      (tokens[k] as Token).norm !== 'and' ||
      !SAID_AGAIN.has((tokens[k + 1] as Token).norm) ||
      (tokens[k + 2] as Token).norm !== 'that'
    )
      continue;
    // Every exclusion before the opening, every group after it.
    for (const concept of rule.exclude ?? [])
      for (const i of facts.hitsOf(concept)) {
        const h = hits[i] as ConceptHit;
        if (!lentToName(h, facts) && h.from >= k) return false;
      }
    return rule.require.every((group) =>
      group.some((concept) =>
        facts.hitsOf(concept).some((i) => {
          const h = hits[i] as ConceptHit;
          return !h.inferred && h.from > k + 2;
        }),
      ),
    );
  }
  return false;
}

/**
 * Where a clause of contrast (", while …", ", whereas …"), or one on a place the claim does not
 * name (", where …"), begins after the words of every group of the claim, or -1. Other later clauses ("and is expected to …", ", with the first phase due
 * in May") go on with the same subject's news, and may date it.
 */
function claimClauseEnd(rule: Claim['recognize'], facts: SentenceFacts): number {
  const named = allGroupsNamed(rule, facts);
  const at = laterClause(facts.tokens, facts.text, named, facts.tokens.length - 1);
  if (CONTRASTS.has(facts.tokens[at]?.norm ?? '')) return at;
  // "… moved to the island, where the crews stayed into 2026": a clause on a place the claim
  // does not name tells that place's news, dated its own way. On the claim's own place ("left
  // the pier, where the guild took over in May") it goes on with the claim's news.
  if (facts.tokens[at]?.norm === 'where' && !namesBefore(rule, facts, at)) return at;
  // "… closed a week later than the council had indicated in May": May is when it was said.
  return comparisonClause(facts.tokens, named);
}

/** Whether a word of the claim's groups ends just before token `at` (what a "where" is about). */
function namesBefore(rule: Claim['recognize'], facts: SentenceFacts, at: number): boolean {
  for (const group of rule.require)
    for (const concept of group)
      for (const k of facts.hitsOf(concept))
        if ((facts.hits[k] as ConceptHit).to === at) return true;
  return false;
}

/** Words that open a clause of contrast after a comma: another subject's news ("…, while …"). */
const CONTRASTS = new Set(['while', 'whereas']);

/** The sentence's dates that end before token `cut` (all of them when `cut` is -1). */
function datesBefore(facts: SentenceFacts, cut: number): DateMention[] {
  return cut < 0 ? facts.dates : facts.dates.filter((d) => d.to <= cut);
}

/** How many months after its due month a plan's own "from …" may start ("after May", "from June"). */
const DUE_REACH = 2;

/**
 * Whether a since-date tells what comes past a plan due at `due` (YYYY-MM): a year from the
 * due year on ("beyond 2026"), or a month more than DUE_REACH after the due month. "From
 * June" on a plan due in May is when the plan itself takes over, not what follows it.
 */
function pastDue(d: DateMention, due: string): boolean {
  const year = Number(due.slice(0, 4));
  const month = Number(due.slice(5, 7));
  if (d.month === undefined || !month) return d.year >= year;
  return d.year * 12 + d.month > year * 12 + month + DUE_REACH;
}

/**
 * Whether the date `d` ("in May", "on 3 May", or right after the verb: "agreed a year earlier")
 * is the date of a signing ("the deal signed between the two towns in May") that no hit of the
 * claim's groups takes: the deal's date.
 */
function datesASigning(d: DateMention, rule: Claim['recognize'], facts: SentenceFacts): boolean {
  const k = signingOf(d, facts);
  return k >= 0 && !inOwnPhrase(rule.require, facts, k, k);
}

/** Words before a verb that make it a clause's own verb, not a participle on the noun before. */
const OWN_VERB_BEFORE = new Set(
  'had has have was were is are be been being and or but who which that they it we he she i also then'.split(
    ' ',
  ),
);

/**
 * Whether `d` dates a deal named with its participle after its noun ("closing the phase agreed a
 * year earlier") that the claim's key words do not name: a thing the sentence takes as known, and
 * its date the deal's. Not a clause's own verb ("the two capitals had agreed in 2021 to …").
 */
function datesKnownDeal(d: DateMention, rule: Claim['recognize'], facts: SentenceFacts): boolean {
  const k = signingOf(d, facts);
  if (k < 1) return false;
  const noun = facts.tokens[k - 1] as Token;
  // "The deal to close the depot had been settled in May": what the deal's infinitive names,
  // and only that, is the key; the date is the deal's (signing-date.ts).
  if (OWN_VERB_BEFORE.has(noun.norm)) {
    const phrase = passiveDealPhrase(facts.tokens, facts.text, k);
    if (phrase === null) return false;
    const key = rule.require.slice(0, 1);
    const deal = phrase[0] - 2;
    return (
      namedWithin(key[0] ?? [], facts, phrase) &&
      !inOwnPhrase(key, facts, k, k) &&
      !inOwnPhrase(key, facts, deal, deal)
    );
  }
  // A lower-case word: a name before the verb is its subject ("Portsea agreed in 2021 …").
  const first = noun.raw.charCodeAt(0);
  if (first < 97 || first > 122) return false;
  // Right after its noun: not "the phase, agreed …", with a mark between.
  if (/[,;:.]/.test(facts.text.slice(noun.end, (facts.tokens[k] as Token).start))) return false;
  // Not an adverb on the verb ("… quickly agreed in May").
  if (noun.norm.endsWith('ly')) return false;
  return !inOwnPhrase(rule.require.slice(0, 1), facts, k, k);
}

/** The sentence's words before token `cut` (all of them when `cut` is -1). */
function tokensBefore(facts: SentenceFacts, cut: number): SentenceFacts['tokens'] {
  return cut < 0 ? facts.tokens : facts.tokens.slice(0, cut);
}

/**
 * Whether the negation of the token at `at` comes only from denials whose verb lies in a phrase
 * of the claim's that also holds the token: "denies the closure linked to the strike" is the
 * claim's own phrasing, and asserts it. A plain "not" in a phrase ("did not include the departure
 * of the crews") still negates, and so does a denial of words outside the phrase. Read only for a
 * negated hit, and never for a claim that is itself a denial.
 */
function ownDenial(rule: Claim['recognize'], facts: SentenceFacts, at: number): boolean {
  if (rule.polarity === 'negate') return false;
  for (const n of facts.negations) {
    if (n.at >= at || at > n.until) continue;
    if (!n.denial || !inOwnPhrase(rule.require, facts, n.at, at)) return false;
  }
  return true;
}

/** Whether a hit of one of the groups holds both the token `cue` and the token `at`. */
function inOwnPhrase(
  groups: readonly (readonly string[])[],
  facts: SentenceFacts,
  cue: number,
  at: number,
): boolean {
  for (const group of groups)
    for (const concept of group)
      for (const k of facts.hitsOf(concept)) {
        const h = facts.hits[k] as ConceptHit;
        if (!h.inferred && h.from <= cue && cue < h.to && h.from <= at && at < h.to) return true;
      }
  return false;
}

/** Whether a hit of the group's concepts lies inside [from, to). */
function namedWithin(
  group: readonly string[],
  facts: SentenceFacts,
  [from, to]: [number, number],
): boolean {
  for (const c of group)
    for (const k of facts.hitsOf(c)) {
      const h = facts.hits[k] as ConceptHit;
      if (h.from >= from && h.to <= to) return true;
    }
  return false;
}

/** Whether every hit of the group's concepts is a word of the sentence's own inside [from, to). */
function onlyWithin(
  group: readonly string[],
  facts: SentenceFacts,
  [from, to]: [number, number],
): boolean {
  let any = false;
  for (const c of group)
    for (const k of facts.hitsOf(c)) {
      const h = facts.hits[k] as ConceptHit;
      if (h.inferred || h.from < from || h.to > to) return false;
      any = true;
    }
  return any;
}

function rejected(progress: number, reason: () => string): Recognition {
  return { ok: false, reason, progress };
}

type DateCheck =
  | { kind: 'agree'; date: DateMention; weak?: boolean }
  | { kind: 'conflict'; date: DateMention }
  | { kind: 'none' };

/**
 * Compares the sentence's dates with the claim's. For a claim that answers a disputed question
 * about a deadline, the latest deadline in the sentence is the one that decides
 * ("one lane in March, the rest by the end of 2025" answers "end of 2025").
 */
function checkDate(
  wanted: ClaimDate,
  role: 'deadline' | 'any',
  decidesPosition: boolean,
  dates: DateMention[],
  ahead: boolean,
  done: () => boolean,
  published: YearMonth | null,
): DateCheck {
  // A deadline claim reads the sentence's deadlines; a plan told in the future with none may
  // still time the same event ("the last ferries will sail from the old pier on May 30"). A report of
  // what happened ("began to leave in September") does not set the plan's deadline.
  // "Advise and assist since December 2021" dates the change it reports: an event claim reads
  // a since-date too, once no other date of the sentence agrees.
  let relevant = dates.filter((d) =>
    role === 'deadline' ? d.role === 'deadline' : d.role !== 'since',
  );
  if (role === 'any' && !relevant.some((d) => agrees(d, wanted))) {
    const since = dates.find((d) => d.role === 'since' && agrees(d, wanted));
    if (since) return { kind: 'agree', date: since };
  }
  if (relevant.length === 0 && role === 'deadline') {
    const timed = dates.filter((d) => d.role === 'point');
    const match = timed.find((d) => agrees(d, wanted));
    // Enough to assert the plan, not to outrank a claim the sentence states in more words.
    if (
      match &&
      (ahead || afterPage(match, published) || ((match.month !== undefined || match.end) && done()))
    ) {
      // Retold as done ("the bases were emptied in September") it times the plan it carries
      // out; a demand or a timetable in the present ("leave this year") does not. A date past
      // the page's month looks ahead in any tense: "the last pier crew goes next May", a
      // headline's "Last Ferries Out Of Riverton In 2031". A year alone ("left in 2025") does
      // not time a plan due in a month of it; its end ("left at the end of 2025") does.
      return { kind: 'agree', date: match, weak: true };
    }
    if (ahead) relevant = timed;
  }
  if (relevant.length === 0) return { kind: 'none' };
  if (decidesPosition && role === 'deadline') {
    const latest = relevant.reduce((a, b) => (key(b) > key(a) ? b : a));
    return agrees(latest, wanted)
      ? { kind: 'agree', date: latest, weak: latest.near }
      : { kind: 'conflict', date: latest };
  }
  const match =
    relevant.find((d) => !d.near && agrees(d, wanted)) ?? relevant.find((d) => agrees(d, wanted));
  // "Soon" agrees with the claim's month without stating it: no bonus for the date.
  return match
    ? { kind: 'agree', date: match, weak: match.near }
    : { kind: 'conflict', date: relevant[0] as DateMention };
}

/**
 * Whether a date lies after the page's month (a year: after the page's year; a part of a year:
 * its last month after the page's).
 */
function afterPage(d: DateMention, published: YearMonth | null): boolean {
  if (!published || d.near) return false;
  // "this autumn" on a page of late September: a part of the year not over by the page's month
  // looks ahead, as its later months do.
  if (d.month === undefined && !d.end && d.part)
    return d.year * 12 + d.part.to > published.year * 12 + published.month;
  if (d.month === undefined) return d.year > published.year;
  return d.year * 12 + d.month > published.year * 12 + published.month;
}

/** How many months after the page's a deadline may fall and still be "soon". */
const NEAR_MONTHS = 2;

function key(d: DateMention): number {
  return d.year * 12 + (d.month ?? (d.end ? 12 : (d.part?.to ?? 6)));
}

function agrees(d: DateMention, wanted: ClaimDate): boolean {
  if (d.approximate) return Math.abs(d.year - wanted.year) <= 1;
  // "Soon" on a July page is consistent with "by September".
  if (d.near && d.month !== undefined && wanted.month !== undefined) {
    const ahead = wanted.year * 12 + wanted.month - (d.year * 12 + d.month);
    return ahead >= 0 && ahead <= NEAR_MONTHS;
  }
  if (d.year !== wanted.year) return false;
  if (wanted.month === undefined) return true;
  // "late 2025" is consistent with September 2025 and with the end of 2025.
  if (d.month === undefined && !d.end && d.part)
    return wanted.month >= d.part.from && wanted.month <= d.part.to;
  const month = d.month ?? (d.end ? 12 : undefined);
  return month === undefined || month === wanted.month;
}

/**
 * "Asked whether the pier would reopen, the mayor said it would": the question put in an opening
 * clause is asked, but what the answer after its comma tells is asserted.
 */
function askedOpening(facts: SentenceFacts, doubt: number, latest: number): boolean {
  const { tokens, text } = facts;
  if (doubt !== 1 || tokens[0]?.norm !== 'asked') return false;
  // "…, the mayor said yes": the answer asserts what the opening clause asked.
  for (let k = doubt + 2; k < tokens.length; k++)
    if ((tokens[k] as Token).norm === 'yes' && ANSWERING.has((tokens[k - 1] as Token).norm))
      return true;
  for (let k = doubt + 1; k <= latest && k < tokens.length; k++)
    if (gapHas(tokens, text, k, ',')) return true;
  return false;
}

/**
 * Whether the sentence outside its asides of planning tells in the past something done off the
 * plan: at a date of its own ("came in June") or late or early ("four months late"). Done "on
 * schedule", it keeps the plan's date, and the plan is what it states.
 */
function toldOutcome(facts: SentenceFacts): boolean {
  const own = withoutPlannedAsides(facts.tokens, facts.text);
  if (own === facts.tokens || future(own)) return false;
  if (!toldAsDone(own) && !own.some((t) => IRREGULAR_PAST.has(t.norm))) return false;
  if (own.some((t) => OFF_PLAN.has(t.norm))) return true;
  return facts.dates.some((d) => !inPlannedAside(d, facts.tokens, facts.text));
}

/** Words telling a thing done off its plan's date. */
const OFF_PLAN = new Set([
  'late',
  'later',
  'early',
  'earlier',
  'behind',
  'ahead',
  'delayed',
  'overdue',
  'slipped',
  'postponed',
  'missed',
]);

/**
 * "were to have left", "was supposed to have closed": what was planned
 * by then, told in a tense that leaves it undone (or done otherwise); not a report of the event.
 */
export function plannedPerfect(tokens: readonly Token[]): boolean {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = (tokens[i] as Token).norm;
    const before = (tokens[i - 1] as Token).norm;
    if (t === 'to' && (tokens[i + 1] as Token).norm === 'have') {
      if (before === 'was' || before === 'were') return true;
      if (
        PLANNED_PERFECT.has(before) &&
        (tokens[i - 2]?.norm === 'was' || tokens[i - 2]?.norm === 'were')
      )
        return true;
    }
  }
  return false;
}

/** Words of a plan between "was" and "to have": "was supposed to have", "were due to have". */
const PLANNED_PERFECT = new Set([
  'supposed',
  'meant',
  'due',
  'scheduled',
  'set',
  'expected',
  'slated',
]);
