/**
 * "With the ferry service due to end in May, a debate has come to a head: will the island be cut
 * off?": a statement closed by a colon and followed by a question it introduces tells what stands
 * before the colon; only the words after it ask. Read as a frame over the question (what a
 * sentence asks it does not assert: a claim keyed only there is not read), so that the sentence
 * is not turned down whole as a question (topic-gate.ts).
 */
import type { Frame } from './find-frames';
import type { Token } from './tokenize';
import { gapHas, marksBetween } from './word-gaps';

/** Words that open a direct question: an auxiliary put first, or a question word. */
const QUESTION_OPENERS = new Set(
  'does do did is are was were will would can could should shall has have had who what when where why how which'.split(
    ' ',
  ),
);
/** Words a statement before the colon has at least: "Q:", "HOST:", "Mr. Quill:" are labels. */
const STATEMENT_WORDS = 4;
/**
 * Words opening a supposition: "Suppose the service ended in May: would …?" asks about a case
 * it does not assert.
 */
const SUPPOSING = new Set('suppose supposing imagine assume assuming say picture if'.split(' '));
/** Closing quotes and brackets that may follow the question mark. */
const CLOSERS = '"\'”’)';

/** Whether the text's last mark, closing quotes and brackets aside, is a question mark. */
function endsAsking(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text.charCodeAt(i) <= 32 || CLOSERS.includes(text[i] as string))) i--;
  return i >= 0 && text[i] === '?';
}

/** The question after a statement's colon, as a frame (`asked`), or null. */
export function askedAfterColon(tokens: readonly Token[], text: string): Frame | null {
  if (tokens.length <= STATEMENT_WORDS || !endsAsking(text)) return null;
  if (SUPPOSING.has((tokens[0] as Token).norm)) return null;
  for (let k = tokens.length - 1; k >= STATEMENT_WORDS; k--) {
    if (!gapHas(tokens, text, k, ':')) continue;
    const opener = tokens[k] as Token;
    if (!QUESTION_OPENERS.has(opener.norm)) return null;
    // "Will they go? Officials say: what choice is there?": a question before it asks too.
    if (marksBetween(text, 0, opener.start, '?')) return null;
    return { from: k, to: tokens.length - 1, opener: opener.raw, asked: true };
  }
  return null;
}

/** Words that may lead a tag ("…, so is that right?", "…, and isn't it?"). */
const TAG_LEADS = new Set(['so', 'and', 'but', 'or']);
/** A tag of one word: "…, right?", "…, correct?". */
const ONE_WORD_TAGS = new Set(['right', 'correct', 'true', 'no', 'yes']);
/** "is that right", "was that so": the three words of a tag asking to confirm. */
const CONFIRMED = new Set(['right', 'true', 'so', 'correct', 'fair']);
/** Negated auxiliaries that open a tag ("…, don't they?", "…, isn't it?"). */
const NEGATED_AUXILIARIES = new Set(
  "isn't aren't wasn't weren't don't doesn't didn't won't wouldn't haven't hasn't hadn't can't".split(
    ' ',
  ),
);
const TAG_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'you', 'that', 'there']);

/** Whether tokens from..end (inclusive) are a tag: "right", "is that right", "don't they". */
function isTag(tokens: readonly Token[], from: number, end: number): boolean {
  const n = end - from + 1;
  const a = (tokens[from] as Token).norm;
  if (n === 1) return ONE_WORD_TAGS.has(a);
  const b = (tokens[from + 1] as Token).norm;
  if (n === 2) return NEGATED_AUXILIARIES.has(a) && TAG_PRONOUNS.has(b);
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
    let first = 0;
    for (let j = 1; j < k && j <= 3; j++) if (gapHas(tokens, text, j, ':')) first = j;
    if (QUESTION_OPENERS.has((tokens[first] as Token).norm)) return null;
    const opener = tokens[k] as Token;
    return { from: k, to: last, opener: opener.raw, asked: true };
  }
  return null;
}
