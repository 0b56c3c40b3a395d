/**
 * "The pier closed a week later than the council had indicated in May": a comparison clause
 * ("than" and a clause with its own subject and verb) tells when and what someone else said or
 * planned; its date and its "would" are its own, not the main clause's.
 */
import type { Token } from './tokenize';

/** Verbs and auxiliaries that make what follows "than" a clause, not a figure ("than 200"). */
const CLAUSE_VERBS = new Set(
  'had has have was were did is are would will could expected planned promised scheduled indicated announced said forecast'.split(
    ' ',
  ),
);
/** How many words after "than" its verb may stand ("than the harbour board had"). */
const SUBJECT_WORDS = 4;

/** The token "than" opening a comparison clause after token `from`, or -1. */
export function comparisonClause(tokens: readonly Token[], from: number): number {
  for (let k = Math.max(from, 0) + 1; k < tokens.length; k++) {
    if ((tokens[k] as Token).norm !== 'than') continue;
    for (let j = k + 1; j <= k + SUBJECT_WORDS && j < tokens.length; j++)
      if (CLAUSE_VERBS.has((tokens[j] as Token).norm)) return k;
  }
  return -1;
}
