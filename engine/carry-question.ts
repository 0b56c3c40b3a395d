/**
 * An answer takes who and where from the question it answers (issue 16): "Was the handover of
 * the pier done well?" "I think so. We gave the keys to the harbour board in May." — the answer
 * tells the handover and its date in its own words and leaves the pier to the question. The
 * answer is read again with the question's concepts at its first word, and the reading is kept
 * only when the answer's own words tell the claim (its predicate: carry-context.ts
 * `toldInOwnWords`) and the question lends one of the claim's groups at most, an actor or a
 * place, and is itself about the claim or the story's own (not "Did the Danish crews leave?").
 *
 * Measured (context18): the same reading for a pronoun or "the move"/"the plan" opening a
 * sentence, lent from the sentence before, gained nothing on the eval's check half under these
 * tests, and with looser ones (the predicate lent too) only cards on sentences that state none.
 */
import { withEventTold } from './carry-context';
import { endsOnMark, type SentenceWords } from './sentence-facts';
import { speakerLabel } from './speaker-turn';
import type { ConceptId } from './types';

/** How many words a short answer between a question and what it answers may have ("I think so."). */
const SHORT_ANSWER = 4;

/**
 * The question the sentence answers: the sentence before when it asks, or the one before a short
 * answer that names nothing ("Yes.", "I think so."). Undefined when the sentence asks itself.
 */
export function questionAnswered(
  current: SentenceWords,
  before: SentenceWords | undefined,
  twoBefore: SentenceWords | undefined,
): SentenceWords | undefined {
  if (!before || endsOnMark(current.text, '?')) return undefined;
  if (endsOnMark(before.text, '?')) return before;
  if (
    twoBefore &&
    before.hits.length === 0 &&
    before.tokens.length <= SHORT_ANSWER &&
    endsOnMark(twoBefore.text, '?')
  )
    return twoBefore;
  return undefined;
}

/**
 * The answer with every concept of the question it does not name itself, at its first word past
 * a speaker's label ("A:", "GENERAL:"), or undefined when the question adds nothing.
 */
export function withQuestion(
  current: SentenceWords,
  question: SentenceWords,
): { at: number; words: SentenceWords } | undefined {
  const at = speakerLabel(current);
  if (at >= current.tokens.length) return undefined;
  const words = withEventTold(current, question, at);
  return words === current ? undefined : { at, words };
}

/**
 * Whether the question may lend the claim what the answer leaves out: it names none of `barred`
 * (another body, another theatre); its subject, the first thing it names, is one of the claim's
 * concepts or one of `own` (the story's own places and actors), not another actor ("Did the
 * Danish crews leave the pier?"); and the claim's groups the answer's own words leave unmet are
 * one at most, met by an actor or a place the question names (`lendable`).
 */
export function questionLendsWhoOrWhere(
  groups: readonly (readonly ConceptId[])[],
  answer: SentenceWords,
  question: SentenceWords,
  lendable: ReadonlySet<ConceptId>,
  barred: ReadonlySet<ConceptId>,
  own: ReadonlySet<ConceptId>,
): boolean {
  if (question.hits.some((h) => barred.has(h.concept))) return false;
  const from = speakerLabel(question);
  // The first thing it names may be read as several concepts ("the pier" a place and a count
  // of boats): it is the claim's or the story's own when one of them is.
  const subject = question.hits.find((h) => h.from >= from && !h.inferred);
  if (
    subject &&
    !question.hits.some(
      (h) =>
        h.from === subject.from &&
        !h.inferred &&
        (own.has(h.concept) || groups.some((group) => group.includes(h.concept))),
    )
  )
    return false;
  let lent = 0;
  for (const group of groups) {
    if (answer.hits.some((h) => !h.inferred && group.includes(h.concept))) continue;
    if (++lent > 1) return false;
    if (!question.hits.some((h) => lendable.has(h.concept) && group.includes(h.concept)))
      return false;
  }
  return true;
}
