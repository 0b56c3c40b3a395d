/**
 * Negation and denial cues, and whether a concept falls in their scope, so that
 * "the State Department denied that a withdrawal had been discussed" asserts the denial,
 * not the withdrawal.
 */
import { NEGATION_CUES } from './english';
import type { Token } from './tokenize';

export type Negation = { at: number; word: string; denial: boolean };

const CUES = new Set(NEGATION_CUES);
const DENIALS = new Set(['deny', 'denied', 'denies', 'denying', 'rejected', 'dismissed']);
/**
 * A plain "not" governs the next few content words ("at no point did we discuss the withdrawal"
 * reaches "withdrawal" as the second); a denial verb governs the rest of the sentence.
 */
const NEGATION_REACH = 3;
/** Words that do not count towards the reach. */
const FUNCTION_WORDS = new Set(
  'the a an of to be been being is are was were did do does have has had we they it he she i you point longer any at stage time way really in on that this there ever so'.split(
    ' ',
  ),
);
/** "not necessarily", "not only", "not yet": a hedged negation does not deny what follows. */
const HEDGES = new Set([
  'necessarily',
  'immediately',
  'only',
  'just',
  'yet',
  'entirely',
  'fully',
  'all',
]);

export function findNegations(tokens: Token[]): Negation[] {
  const found: Negation[] = [];
  tokens.forEach((token, at) => {
    if (HEDGES.has(tokens[at + 1]?.norm ?? '')) return;
    // "have yet to agree" negates without a "not".
    const yetTo = token.norm === 'yet' && tokens[at + 1]?.norm === 'to';
    if (CUES.has(token.norm) || token.norm.endsWith("n't") || yetTo) {
      // "no" in "no longer" still negates; "no" as in "No. 2" does not occur in prose we read.
      found.push({ at, word: token.raw, denial: DENIALS.has(token.norm) });
    }
  });
  return found;
}

/** True when a negation governs the token at `at` (same clause, close enough, or a denial). */
export function isNegated(
  at: number,
  negations: Negation[],
  tokens: Token[],
  sentence: string,
): boolean {
  return negations.some((n) => {
    if (n.at >= at) return false;
    if (n.denial) return true;
    const content = tokens.slice(n.at + 1, at).filter((t) => !FUNCTION_WORDS.has(t.norm)).length;
    if (content >= NEGATION_REACH) return false;
    const between = sentence.slice((tokens[n.at] as Token).end, (tokens[at] as Token).start);
    return !/[;,:]|\bbut\b/.test(between);
  });
}
