/**
 * "With the ferry service due to end in May, a debate has come to a head: will the island be cut
 * off?": a statement closed by a colon and followed by a question it introduces tells what stands
 * before the colon; only the words after it ask. Read as a frame over the question (what a
 * sentence asks it does not assert: a claim keyed only there is not read), so that the sentence
 * is not turned down whole as a question (topic-gate.ts). So does a semicolon: "The crews left
 * the pier this month; were you surprised?" tells the crews' leaving.
 */
import type { Frame } from './find-frames';
import type { Token } from './tokenize';
import { gapHas, marksBetween } from './word-gaps';

/** Question words: "who …?", "why …?" (asked-after-comma.ts reads them after a joining word). */
export const QUESTION_WORDS = new Set('who what when where why how which'.split(' '));
/** Words that open a direct question: an auxiliary put first, or a question word. */
export const QUESTION_OPENERS = new Set([
  ...'does do did is are was were will would can could should shall has have had'.split(' '),
  ...QUESTION_WORDS,
]);
/**
 * Words a statement before the colon (or before a closing tag, asked-in-tag.ts) has at least:
 * "Q:", "HOST:", "Mr. Quill:" are labels.
 */
export const STATEMENT_WORDS = 4;
/**
 * Words opening a supposition: "Suppose the service ended in May: would …?" asks about a case
 * it does not assert.
 */
const SUPPOSING = new Set('suppose supposing imagine assume assuming say picture if'.split(' '));
/** Closing quotes and brackets that may follow the question mark. */
const CLOSERS = '"\'”’)';

/** Whether the text's last mark, closing quotes and brackets aside, is a question mark. */
export function endsAsking(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text.charCodeAt(i) <= 32 || CLOSERS.includes(text[i] as string))) i--;
  return i >= 0 && text[i] === '?';
}

/**
 * Where the statement's own words start: after a speaker's label ("HOST:", "Mr. Quill:") among its
 * first words, the label ending before the word at `before`; else at its first word. A statement
 * whose own first word is a question opener ("Will they leave, or not?") asks throughout.
 */
export function statementStart(tokens: readonly Token[], text: string, before: number): number {
  let first = 0;
  for (let j = 1; j < before && j <= 3; j++) if (gapHas(tokens, text, j, ':')) first = j;
  return first;
}

/** The question after a statement's colon, as a frame (`asked`), or null. */
export function askedAfterColon(tokens: readonly Token[], text: string): Frame | null {
  if (tokens.length <= STATEMENT_WORDS || !endsAsking(text)) return null;
  if (SUPPOSING.has((tokens[0] as Token).norm)) return null;
  for (let k = tokens.length - 1; k >= STATEMENT_WORDS; k--) {
    // A semicolon joins a statement to its question as a colon does ("The crews left in May;
    // were you surprised?"), unless the words before it ask too ("Will they go; will …?").
    const colon = gapHas(tokens, text, k, ':');
    if (!colon && !gapHas(tokens, text, k, ';')) continue;
    const opener = tokens[k] as Token;
    if (!QUESTION_OPENERS.has(opener.norm)) return null;
    if (!colon && QUESTION_OPENERS.has((tokens[statementStart(tokens, text, k)] as Token).norm))
      return null;
    // "Will they go? Officials say: what choice is there?": a question before it asks too.
    if (marksBetween(text, 0, opener.start, '?')) return null;
    return { from: k, to: tokens.length - 1, opener: opener.raw, asked: true };
  }
  return null;
}
