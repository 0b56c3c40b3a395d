/**
 * Negation and denial cues, and whether a concept falls in their scope, so that
 * "the State Department denied that a withdrawal had been discussed" asserts the denial,
 * not the withdrawal.
 */
import { NEGATION_CUES } from './lexicon';
import type { Token } from './tokenize';

export type Negation = { at: number; word: string; denial: boolean };

const CUES = new Set(NEGATION_CUES);
const DENIALS = new Set(['deny', 'denied', 'denies', 'denying', 'rejected', 'dismissed']);
/** A plain "not" reaches this many words ahead; a denial verb governs the rest of the sentence. */
const NEGATION_REACH = 6;

export function findNegations(tokens: Token[]): Negation[] {
  const found: Negation[] = [];
  tokens.forEach((token, at) => {
    if (CUES.has(token.norm) || token.norm.endsWith("n't")) {
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
    if (at - n.at > NEGATION_REACH) return false;
    const between = sentence.slice((tokens[n.at] as Token).end, (tokens[at] as Token).start);
    return !/[;,:]|\bbut\b/.test(between);
  });
}
