/**
 * "With the ferry service due to end in May, a debate has come to a head: will the island be cut
 * off?": a statement closed by a colon and followed by a question it introduces tells what stands
 * before the colon; only the words after it ask. Read as a frame over the question (what a
 * sentence asks it does not assert: a claim keyed only there is not read), so that the sentence
 * is not turned down whole as a question (topic-gate.ts). So does a semicolon: "The crews left
 * the pier this month; were you surprised?" tells the crews' leaving; and so does a dash, the
 * interviewer's way of putting a fact to the one asked ("The crews left in May — did that
 * surprise you?", "Critics say the pier should stay open — do you agree?"). The question may
 * open on the name of the one asked ("…; Minister Hale, was that the right call?").
 */
import type { Frame } from './find-frames';
import { isUpper, type Token } from './tokenize';
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
/** Dashes that join a statement to the question put after it (a spaced hyphen too). */
const DASHES = '\u2014\u2013';
/** Capitalised words a question may open on to name the one asked ("Minister Hale, was …"). */
const ADDRESS_WORDS = 3;

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

/**
 * Whether a dash stands before token k: an em or en dash, or a hyphen with a space on either
 * side (a hyphen inside a word is no gap).
 */
function dashBefore(tokens: readonly Token[], text: string, k: number): boolean {
  if (gapHas(tokens, text, k, DASHES)) return true;
  const gap = text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
  return gap.includes(' - ');
}

/**
 * The question's opener at or after token k: the word itself, or the word after a name of the
 * one asked and its comma ("Congresswoman Hale, was that …": capitalised words, then a comma).
 */
function openerAt(tokens: readonly Token[], text: string, k: number): number {
  if (QUESTION_OPENERS.has((tokens[k] as Token).norm)) return k;
  for (let j = k; j < k + ADDRESS_WORDS && j < tokens.length - 1; j++) {
    if (!isUpper((tokens[j] as Token).raw.charCodeAt(0))) return -1;
    if (gapHas(tokens, text, j + 1, ','))
      return QUESTION_OPENERS.has((tokens[j + 1] as Token).norm) ? j + 1 : -1;
  }
  return -1;
}

/** The question after a statement's colon, as a frame (`asked`), or null. */
export function askedAfterColon(tokens: readonly Token[], text: string): Frame | null {
  if (tokens.length <= STATEMENT_WORDS || !endsAsking(text)) return null;
  if (SUPPOSING.has((tokens[0] as Token).norm)) return null;
  for (let k = tokens.length - 1; k >= STATEMENT_WORDS; k--) {
    // A semicolon joins a statement to its question as a colon does ("The crews left in May;
    // were you surprised?"), unless the words before it ask too ("Will they go; will …?").
    const colon = gapHas(tokens, text, k, ':');
    if (!colon && !gapHas(tokens, text, k, ';') && !dashBefore(tokens, text, k)) continue;
    const at = openerAt(tokens, text, k);
    if (at < 0) return null;
    const opener = tokens[at] as Token;
    // "Minister, when does it end — do you know?": a name of the one asked may open the words
    // that ask too.
    if (!colon && openerAt(tokens, text, statementStart(tokens, text, k)) >= 0) return null;
    // "Will they go? Officials say: what choice is there?": a question before it asks too.
    if (marksBetween(text, 0, opener.start, '?')) return null;
    return { from: k, to: tokens.length - 1, opener: opener.raw, asked: true };
  }
  return null;
}
