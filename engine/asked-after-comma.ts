/**
 * "The crews left the pier in May, so who could blame the town for celebrating?": a statement, a
 * comma, a joining word and a question opened by a question word. The statement before the comma
 * is told; only the words after it ask (often not even that: the question is rhetorical). So is
 * one before ", but" and a yes/no question of its own ("…, but is it really a closure?"). Read as a
 * frame over the question, as a question after a statement's colon is (asked-after-colon.ts), so
 * that the sentence is not turned down whole as a question.
 *
 * So is a statement spliced to a question on it by a comma alone, the question pointing back at
 * it with "that" or "this": "The crews left the pier in May, does that change your plans?",
 * "…, what does this mean for the ferries?". The pointer takes the statement as told. A statement
 * that opens on a supposition or a subordinate clause ("If the crews leave, does that …?") asks
 * about a case it does not assert, and is no such statement.
 */
import {
  endsAsking,
  QUESTION_OPENERS,
  QUESTION_WORDS,
  STATEMENT_WORDS,
  statementStart,
} from './asked-after-colon';
import { OPENING_CONJUNCTIONS } from './clauses';
import type { Frame } from './find-frames';
import type { Token } from './tokenize';
import { gapHas, marksBetween } from './word-gaps';

/** Joins that set a question against the statement before: "…, but is it really …?". */
const CONTRASTING = new Set(['but', 'yet']);
/** Auxiliaries that open a yes/no question ("is it …", "will they …"). */
const AUXILIARIES = new Set(
  'is are was were do does did will would can could should has have had'.split(' '),
);
/** Words that point back at the statement before the comma, as the splice's question's subject. */
const POINTERS = new Set(['that', 'this']);
/**
 * First words of a clause that is not a statement of its own: a supposition or a subordinate
 * clause ("If the crews leave in May, does that change …?").
 */
const NOT_ASSERTED = new Set(
  'if unless suppose supposing imagine assume assuming say should when whenever once after before until while although though because since as whether'.split(
    ' ',
  ),
);

/**
 * "…, does that change your plans?", "…, what does this mean for …?": after a comma alone, a
 * question whose subject points back at the statement before it (an auxiliary, or a question
 * word and an auxiliary, then "that" or "this").
 */
function pointsBack(tokens: readonly Token[], from: number): boolean {
  const at = QUESTION_WORDS.has((tokens[from] as Token).norm) ? from + 1 : from;
  return (
    AUXILIARIES.has(tokens[at]?.norm ?? '') &&
    POINTERS.has(tokens[at + 1]?.norm ?? '') &&
    tokens[at + 2] !== undefined
  );
}

/** Words of degree a doubt may add before its predicate ("is it really", "did they ever"). */
const DEGREE = new Set(['really', 'actually', 'truly', 'ever', 'even', 'still', 'now', 'all']);

/**
 * "…, but is it really a closure?", "…, yet will it hold?": after a contrasting join, a yes/no
 * question with a predicate of its own asks something more of what the statement told; the
 * statement stands. "…, but did they really?" (nothing past the subject and a word of degree)
 * doubts the statement itself, and is no such question.
 */
function doubtsMore(tokens: readonly Token[], join: Token, from: number, last: number): boolean {
  if (!CONTRASTING.has(join.norm) || !AUXILIARIES.has((tokens[from] as Token).norm)) return false;
  // Past the subject's first word ("it", "the", "Riverton"), at least one word of the predicate.
  let k = from + 2;
  while (k <= last && DEGREE.has((tokens[k] as Token).norm)) k++;
  return k <= last;
}

/** The question after a statement's comma and joining word, as a frame (`asked`), or null. */
export function askedAfterComma(tokens: readonly Token[], text: string): Frame | null {
  const last = tokens.length - 1;
  if (last < STATEMENT_WORDS || !endsAsking(text)) return null;
  // The statement's first word, after a speaker's label ("HOST:"), is no question's.
  const first = statementStart(tokens, text, last);
  if (QUESTION_OPENERS.has((tokens[first] as Token).norm)) return null;
  // The question after the join is opened by a question word (QUESTION_WORDS), not by an
  // auxiliary: "…, or will they?" is a tag (asked-in-tag.ts).
  for (let k = last - 1; k >= first + STATEMENT_WORDS; k--) {
    if (!gapHas(tokens, text, k, ',')) continue;
    const join = tokens[k] as Token;
    if (pointsBack(tokens, k) && !NOT_ASSERTED.has((tokens[first] as Token).norm)) {
      if (marksBetween(text, 0, join.start, '?')) return null;
      return { from: k, to: last, opener: join.raw, asked: true };
    }
    if (!OPENING_CONJUNCTIONS.has(join.norm)) continue;
    if (
      !QUESTION_WORDS.has((tokens[k + 1] as Token).norm) &&
      !doubtsMore(tokens, join, k + 1, last)
    )
      continue;
    if (marksBetween(text, 0, join.start, '?')) return null;
    return { from: k, to: last, opener: join.raw, asked: true };
  }
  return null;
}
