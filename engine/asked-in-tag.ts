/**
 * "The crews left in May, is that right?", "Nobody wants the pier shut, do they?": a statement
 * closed by a short tag asking to confirm it is told; only the tag asks. Read as a frame over the
 * tag, as a question after a statement's colon is (asked-after-colon.ts, whose question openers
 * and ending it shares).
 */
import { endsAsking, QUESTION_OPENERS, STATEMENT_WORDS, statementStart } from './asked-after-colon';
import type { Frame } from './find-frames';
import type { Token } from './tokenize';
import { gapHas, marksBetween } from './word-gaps';

/** Words that may lead a tag ("…, so is that right?", "…, and isn't it?"). */
const TAG_LEADS = new Set(['so', 'and', 'but', 'or']);
/** A tag of one word: "…, right?", "…, correct?". */
const ONE_WORD_TAGS = new Set(['right', 'correct', 'true', 'no', 'yes']);
/** The last word of a three-word tag asking to confirm: "is that right", "was it so". */
const CONFIRMED = new Set(['right', 'true', 'so', 'correct', 'fair']);
/** Negated auxiliaries that open a tag ("…, don't they?", "…, isn't it?"). */
const NEGATED_AUXILIARIES = new Set(
  "isn't aren't wasn't weren't don't doesn't didn't won't wouldn't haven't hasn't hadn't can't".split(
    ' ',
  ),
);
/**
 * Plain auxiliaries that open a tag after a statement ("…, is it?", "…, do they?"): the tag
 * that follows a negative statement ("Nobody wants that, do they?", "not exactly a loss, is it?").
 */
const PLAIN_AUXILIARIES = new Set(
  'is are was were do does did will would have has had can could'.split(' '),
);
/** Pronouns after a tag's auxiliary ("don't they", "isn't it", "wasn't there", "is it"). */
const TAG_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'you', 'that', 'there']);

/** Subject pronouns after which "what" opens a clause, not a question ("What it lacks is …"). */
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);

/**
 * Whether the statement's first word opens a question: an auxiliary or a question word, but not
 * "what" before a subject pronoun, which opens a clause naming a thing ("What it still lacks is
 * the council's vote, isn't it?").
 */
function opensQuestion(tokens: readonly Token[], first: number): boolean {
  const word = (tokens[first] as Token).norm;
  if (!QUESTION_OPENERS.has(word)) return false;
  return !(word === 'what' && SUBJECT_PRONOUNS.has(tokens[first + 1]?.norm ?? ''));
}

/** Whether tokens from..end (inclusive) are a tag: "right", "is that right", "don't they". */
function isTag(tokens: readonly Token[], from: number, end: number): boolean {
  const n = end - from + 1;
  const a = (tokens[from] as Token).norm;
  if (n === 1) return ONE_WORD_TAGS.has(a);
  const b = (tokens[from + 1] as Token).norm;
  if (n === 2)
    return (NEGATED_AUXILIARIES.has(a) || PLAIN_AUXILIARIES.has(a)) && TAG_PRONOUNS.has(b);
  const c = (tokens[from + 2] as Token).norm;
  return n === 3 && (a === 'is' || a === 'was') && (b === 'that' || b === 'it') && CONFIRMED.has(c);
}

/**
 * "The crews left in May, is that right?": a statement closed by a short tag asking to confirm
 * it is told; only the tag asks. The tag as a frame (`asked`), or null. Not when the words
 * before the comma open as a question ("Will they leave, or not?").
 */
export function askedInTag(tokens: readonly Token[], text: string): Frame | null {
  const last = tokens.length - 1;
  if (last < STATEMENT_WORDS || !endsAsking(text)) return null;
  for (let k = last; k >= last - 3 && k > STATEMENT_WORDS; k--) {
    if (!gapHas(tokens, text, k, ',')) continue;
    const from = TAG_LEADS.has((tokens[k] as Token).norm) ? k + 1 : k;
    if (from > last || !isTag(tokens, from, last)) return null;
    if (marksBetween(text, 0, (tokens[k] as Token).start, '?')) return null;
    // The statement's first word, after a speaker's label ("HOST:"), is no question's.
    if (opensQuestion(tokens, statementStart(tokens, text, k))) return null;
    const opener = tokens[k] as Token;
    return { from: k, to: last, opener: opener.raw, asked: true };
  }
  return null;
}
