/**
 * "The crews left the pier in May, so who could blame the town for celebrating?": a statement, a
 * comma, a joining word and a question opened by a question word. The statement before the comma
 * is told; only the words after it ask (often not even that: the question is rhetorical). Read as a
 * frame over the question, as a question after a statement's colon is (asked-after-colon.ts), so
 * that the sentence is not turned down whole as a question.
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
    if (!OPENING_CONJUNCTIONS.has(join.norm) || !QUESTION_WORDS.has((tokens[k + 1] as Token).norm))
      continue;
    if (marksBetween(text, 0, join.start, '?')) return null;
    return { from: k, to: last, opener: join.raw, asked: true };
  }
  return null;
}
