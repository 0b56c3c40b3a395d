/**
 * "A schedule shared online, showing the pier closed by May, was fake": a report told and then
 * called false asserts nothing of what it reported. The verdict comes after the report, as
 * the predicate of "be" ("was fake", "are untrue", "is a hoax"), in the same statement: a
 * semicolon or a colon closes it ("the pier closed in May; rumours of a strike were false"),
 * and so do "but" (save "but were false", the same subject's) and a comma before "and", "or"
 * or "while" ("the pier closes in May, and rumours of a delay are false" calls only the
 * rumours false).
 * The verdict may come first, too, as a noun of falsehood naming the report after it: "the
 * myth that the pier closed in May", "the pretence that the crews have gone" tell the report
 * only to call it false.
 */
import type { ConceptHit } from './find-concepts';
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';
import { inClass, wordClass } from './word-class';
import { gapHas } from './word-gaps';

const BE = new Set('is are was were be been being'.split(' '));
/** Words that call a report false, after a form of "be". */
const FALSE_WORDS = new Set(
  'false fake untrue bogus baseless groundless unfounded fabricated invented fictitious'.split(' '),
);
/** Nouns that do the same after "a": "was a hoax". */
const FALSE_NOUNS = new Set('hoax fabrication forgery fiction'.split(' '));
/**
 * Nouns that, before "that", name what follows as false: "the myth that …", "the pretense
 * that …". ("Fiction" and "lie" too; "the notion that" or "the idea that" only doubt it.)
 */
const FALSE_BEFORE = new Set(
  'myth myths pretense pretence illusion fiction fantasy falsehood lie lies canard'.split(' '),
);
/** Words that may stand between "be" and its verdict: "was entirely false". */
const DEGREE = new Set('entirely completely totally simply wholly utterly also all'.split(' '));
/**
 * Both lists as a word class (word-class.ts): a sentence is checked for one of them for each
 * claim read on it, and a bit tested per word costs less than two look-ups.
 */
const FALSEHOOD = wordClass([...FALSE_WORDS, ...FALSE_NOUNS]);
/** Words that, after a comma, open another statement. */
const JOINS = new Set('and or while whereas'.split(' '));

/** Whether the token at `at` opens a verdict of falsehood on what came before it. */
function verdictAt(tokens: readonly Token[], at: number): boolean {
  if (!BE.has((tokens[at] as Token).norm)) return false;
  let k = at + 1;
  while (k < tokens.length && DEGREE.has((tokens[k] as Token).norm)) k++;
  const word = tokens[k]?.norm ?? '';
  if (FALSE_WORDS.has(word)) return true;
  return (word === 'a' || word === 'an') && FALSE_NOUNS.has(tokens[k + 1]?.norm ?? '');
}

/**
 * Whether "the myth that" (a noun of FALSE_BEFORE and "that") opens the clause holding `at`:
 * the nearest "that" within six words before it ("the myth that the harbour crews have gone");
 * a nearer "that" of another noun ("the myth that the plan that crews …") is not the myth's.
 */
function namedFalseBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 1 && at - k <= 6; k--) {
    if ((tokens[k] as Token).norm !== 'that') continue;
    return FALSE_BEFORE.has((tokens[k - 1] as Token).norm);
  }
  return false;
}

/**
 * The first of `parts` when "the myth that …" names the report it opens false, if so. Read for
 * claims of either polarity: "the myth that the crews are gone" and "the myth that the crews
 * are no longer needed" both tell a report only to call it false.
 */
export function namedFalse(
  parts: readonly ConceptHit[],
  facts: SentenceFacts,
): ConceptHit | undefined {
  const tokens = facts.tokens;
  let first: ConceptHit | undefined;
  for (const h of parts) if (!h.inferred && (!first || h.from < first.from)) first = h;
  return first && namedFalseBefore(tokens, first.from) ? first : undefined;
}

/**
 * The first of `parts` that a later verdict of falsehood in the same statement calls false,
 * if any.
 */
export function calledFalse(
  parts: readonly ConceptHit[],
  facts: SentenceFacts,
): ConceptHit | undefined {
  const tokens = facts.tokens;
  // Most sentences hold no word of falsehood: they cost a bit tested a word, and no slice.
  let any = false;
  for (let k = 0; k < tokens.length && !any; k++) any = inClass(tokens[k], FALSEHOOD);
  if (!any) return undefined;
  let first: ConceptHit | undefined;
  for (const h of parts) if (!h.inferred && (!first || h.from < first.from)) first = h;
  if (!first) return undefined;
  for (let k = first.to; k < tokens.length; k++) {
    if (gapHas(tokens, facts.text, k, ';:')) return undefined;
    const word = (tokens[k] as Token).norm;
    // "… spread on Monday but were false": a "but" the verdict follows at once goes on with
    // the same subject.
    if (word === 'but' && verdictAt(tokens, k + 1)) return first;
    if (word === 'but' || (JOINS.has(word) && gapHas(tokens, facts.text, k, ','))) return undefined;
    if (verdictAt(tokens, k)) return first;
  }
  return undefined;
}
