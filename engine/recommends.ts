/**
 * "Riverton should keep a small crew at the pier after May": a verb after "should" or "ought
 * to" recommends; it reports no event, and no claim is asserted by it. Nor does one asked for:
 * "the council asked the ferry company to keep a crew at the pier" reports a request. Where the story's own
 * phrasings take "should" with its verb ("should leave", read as a plan), the phrase decides:
 * a word some phrase already covers is not a bare recommendation. Only in the main clause:
 * "the crews are at the pier, where they should stay until May" reports the plan for them.
 */
import { type ConceptHit, coversToken } from './find-concepts';
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';

/** Words that open a clause of their own before its "should": a report, a plan, a condition. */
const CLAUSE_OPENERS = new Set(
  'where which who whom whose that when while until since because as if unless though although after before once'.split(
    ' ',
  ),
);

/** Whether the token at `at` stands in the sentence's main clause (no opener before it). */
function mainClause(facts: SentenceFacts, at: number): boolean {
  for (let k = 0; k < at; k++)
    if (CLAUSE_OPENERS.has((facts.tokens[k] as { norm: string }).norm)) return false;
  return true;
}

/**
 * Verbs of asking whose "… to <verb>" puts the verb as a request: "asked the company to keep".
 * Not the "-ing" forms: "a motion urging the council to close the pier" tells what the motion
 * says, and a claim about the motion is stated by it.
 */
const REQUESTS = new Set(
  'ask asks asked urge urges urged request requests requested press presses pressed implore implored begged'.split(
    ' ',
  ),
);

/** Prepositions that end a verb of asking's object and open what it is about. */
const TOPIC_PREPOSITIONS = new Set(
  'over about regarding concerning against despite after following'.split(' '),
);

/** How many words may stand between a verb of asking and its "to": "asked the ferry company to". */
const REQUEST_REACH = 5;

/** The position of a verb of asking whose "to" stands right before `at`, or -1. */
function requestBefore(facts: SentenceFacts, at: number): number {
  const tokens = facts.tokens;
  if (tokens[at - 1]?.norm !== 'to') return -1;
  for (let k = at - 2; k >= 0 && k >= at - 1 - REQUEST_REACH; k--) {
    const t = tokens[k] as { norm: string; end: number };
    // "asked for some crews to stay" wants an outcome, and a report of it is read as one
    // (a page of the shapes corpus holds a government that "asked for … forces to stay").
    if (REQUESTS.has(t.norm)) return tokens[k + 1]?.norm === 'for' ? -1 : k;
    if (facts.text.slice(t.end, (tokens[k + 1] as { start: number }).start).includes(',')) break;
    // "pressed the ministry over its decision to close the pier": the "to" is the noun's
    // after a preposition, and the verb asks about the decision, not for the closing.
    if (TOPIC_PREPOSITIONS.has(t.norm)) break;
  }
  return -1;
}

/**
 * "Under the plan, the crews should be gone by May": a "should" after an opening "Under …,"
 * tells what those terms expect, as "are to" would, and recommends nothing.
 */
function underTerms(facts: SentenceFacts, modal: number): boolean {
  for (let i = 0; i < facts.frames.length; i++) {
    const f = facts.frames[i] as { from: number; to: number; opener: string };
    if (f.from === 0 && f.opener.toLowerCase() === 'under' && f.to <= modal) return true;
  }
  return false;
}

/**
 * "By September the crews should have left the pier": "should have" done by a deadline still to
 * come tells what is expected by then (a future perfect), as "are to have left" would; it
 * recommends nothing. With a deadline past ("should have left by 2020") it is a reproach and
 * stays unreported.
 */
function expectedByDeadline(facts: SentenceFacts, modal: number): boolean {
  const now = facts.published;
  if (!now || facts.tokens[modal + 1]?.norm !== 'have') return false;
  return facts.dates.some(
    (d) =>
      d.role === 'deadline' &&
      (d.year > now.year || (d.year === now.year && (d.month ?? 12) > now.month)),
  );
}

/**
 * Verbs of demanding: what follows them in their clause is demanded, not told as done or planned.
 * "demand"/"demands" only before "that": otherwise they are as often the noun ("rejected demands to
 * hand over …").
 */
const DEMANDS = new Set('demanded demanding urge urges urged urging'.split(' '));
/** Forms of "demand" that are the verb only before "that". */
const DEMANDS_THAT = new Set('demand demands'.split(' '));
/** Verbs that demand only with "for" after them: "called for the crews to leave". */
const DEMANDS_FOR = new Set('call calls called calling'.split(' '));
/** Verbs that demand only as a motion's: "a motion requiring the crews to leave". */
const REQUIRES = new Set('require requires required requiring'.split(' '));
/** Texts put to a vote, whose "requiring" is a demand. */
const MOTIONS = new Set(
  'motion motions resolution resolutions bill bills petition amendment amendments'.split(' '),
);
/**
 * Nouns of an arrangement: "the plan calls for …", "the deal demands …" tell the arrangement's
 * own terms, which a claim about it is told by.
 */
const ARRANGEMENTS = new Set(
  'plan plans deal deals agreement agreements accord timetable schedule roadmap arrangement framework pact treaty memorandum terms'.split(
    ' ',
  ),
);
/** How many words before a verb of demanding an arrangement's noun may stand. */
const ARRANGEMENT_REACH = 6;

/** Relative pronouns that may open an aside set off by commas. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);

/**
 * Where the aside opened by the relative pronoun at `k` ends (the token after its closing comma),
 * or -1 when no comma stands right before the pronoun or none closes the aside.
 */
function asideEnd(facts: SentenceFacts, k: number): number {
  const tokens = facts.tokens;
  const gap = (j: number) =>
    facts.text.slice(
      (tokens[j - 1] as { end: number }).end,
      (tokens[j] as { start: number }).start,
    );
  if (k === 0 || !gap(k).includes(',')) return -1;
  for (let j = k + 1; j < tokens.length; j++) if (gap(j).includes(',')) return j;
  return -1;
}

/** The position of the first verb of demanding in the sentence's main clause before `at`, or -1. */
function demandBefore(facts: SentenceFacts, at: number): number {
  const tokens = facts.tokens;
  for (let k = 0; k < at; k++) {
    const t = (tokens[k] as { norm: string }).norm;
    if (CLAUSE_OPENERS.has(t)) {
      // "A deputy, who sits on the committee, tabled …": an aside set off by commas closes at
      // its comma, and the main clause goes on after it.
      const close = RELATIVES.has(t) ? asideEnd(facts, k) : -1;
      if (close < 0 || close > at) return -1;
      k = close - 1;
      continue;
    }
    const demand =
      DEMANDS.has(t) ||
      (DEMANDS_THAT.has(t) && tokens[k + 1]?.norm === 'that') ||
      (DEMANDS_FOR.has(t) && tokens[k + 1]?.norm === 'for') ||
      (REQUIRES.has(t) && k > 0 && MOTIONS.has((tokens[k - 1] as { norm: string }).norm));
    if (!demand) continue;
    for (let j = k - 1; j >= 0 && j >= k - ARRANGEMENT_REACH; j--)
      if (ARRANGEMENTS.has((tokens[j] as { norm: string }).norm)) return -1;
    return k;
  }
  return -1;
}

/**
 * "Lawmakers demanded that every crew leave by May", "called for the crews to leave", "a motion
 * requiring the crews to leave": a plan whose key, after a verb of demanding in the main clause,
 * is demanded is not reported. Not when a concept of the claim names the demand itself (a claim
 * about what someone seeks), nor when an arrangement demands it ("the plan calls for …": its
 * terms).
 */
export function demanded(
  parts: readonly ConceptHit[],
  facts: SentenceFacts,
  concepts: readonly (readonly string[])[],
): ConceptHit | undefined {
  const key = parts[0];
  if (!key || key.inferred) return undefined;
  const at = demandBefore(facts, key.from);
  if (at < 0) return undefined;
  for (let i = 0; i < facts.hits.length; i++) {
    const h = facts.hits[i] as ConceptHit;
    if (!h.inferred && h.from <= at && at < h.to && concepts.some((g) => g.includes(h.concept)))
      return undefined;
  }
  return key;
}

/** How many words may stand between a "should" and the "to" of its verb's purpose. */
const PURPOSE_REACH = 12;
/** Words that end the clause a "should" governs, going back from a "to". */
const PURPOSE_STOPS = new Set(
  'and but or because while if unless when whereas although though since so said says told how what why whether who which'.split(
    ' ',
  ),
);
/** Words before a "to" that make it their own ("going to", "able to"): no purpose. */
const TO_OWNERS = new Set(
  'going used able likely unlikely expected due set about have has had ought want wants refuse refuses try tries manage manages need needs agree agrees decide decides seem seems'.split(
    ' ',
  ),
);
/** Words opening a clause with a subject of its own after "that" ("… that the crews will stay"). */
const SUBJECTS = new Set('the a an they it we he she its their this these those i you'.split(' '));

/**
 * The "should" whose verb's purpose the "to" right before `at` opens ("should use the agreements
 * that replace the old deal to keep a crew"), or -1: back from the "to" within its clause (no
 * break, no conjunction, no verb of saying, no "that" opening a clause of its own).
 */
function purposeOf(facts: SentenceFacts, at: number): number {
  const tokens = facts.tokens;
  const owner = tokens[at - 2]?.norm ?? '';
  // "managed to", "refuse to": a verb's own "to" (its complement), not a purpose.
  if (at < 3 || tokens[at - 1]?.norm !== 'to' || TO_OWNERS.has(owner) || owner.endsWith('ed'))
    return -1;
  for (let k = at - 2; k >= 1 && k >= at - 1 - PURPOSE_REACH; k--) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (/[,;:—–()"]/.test(facts.text.slice(t.end, next.start))) return -1;
    if (PURPOSE_STOPS.has(t.norm)) return -1;
    if (t.norm === 'that' && SUBJECTS.has(next.norm)) return -1;
    // "should use" (its verb after it), not "should" ending a clause of its own, nor one put
    // before its subject ("Nor should the factions that refuse to …").
    if (t.norm === 'should') return k + 1 < at - 1 && !SUBJECTS.has(next.norm) ? k : -1;
  }
  return -1;
}

/** The first of `parts` that a bare "should" or "ought to" right before it recommends, if any. */
export function recommended(
  parts: readonly ConceptHit[],
  facts: SentenceFacts,
): ConceptHit | undefined {
  const tokens = facts.tokens;
  for (let i = 0; i < parts.length; i++) {
    const h = parts[i] as ConceptHit;
    if (h.inferred || h.from === 0) continue;
    const before = tokens[h.from - 1]?.norm;
    const modal =
      before === 'should'
        ? h.from - 1
        : before === 'to' && tokens[h.from - 2]?.norm === 'ought'
          ? h.from - 2
          : -1;
    if (
      modal >= 0 &&
      !coversToken(facts.hits, modal, true) &&
      mainClause(facts, modal) &&
      !(before === 'should' && (underTerms(facts, modal) || expectedByDeadline(facts, modal)))
    )
      return h;
    // "Riverton should use the new funds to keep a crew at the pier": the verb of purpose is
    // recommended with the verb "should" governs.
    const governing = purposeOf(facts, h.from);
    if (
      governing >= 0 &&
      !coversToken(facts.hits, governing, true) &&
      mainClause(facts, governing) &&
      !underTerms(facts, governing)
    )
      return h;
    // A request is the claim itself when the claim's own parts name it ("asked the crews to
    // leave" for a claim about what the council seeks); otherwise it reports no event.
    const asking = requestBefore(facts, h.from);
    if (asking >= 0 && !parts.some((p) => !p.inferred && p.from <= asking && asking < p.to))
      if (mainClause(facts, asking)) return h;
  }
  return undefined;
}
