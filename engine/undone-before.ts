/**
 * "have not done so", "never followed suit", "won't take the same step", "No one did so": a word
 * in the three before a verb that undoes it. One check for the readings that carry the sentence
 * before's claim to others who "did so" or "took the same step" (carry-context.ts, same-step.ts):
 * an undone verb tells that they did not.
 */

import type { Token } from './tokenize';

/** Words before a verb that undo it. */
const UNDOING = new Set(['not', 'never', 'no', "didn't", "hasn't", "haven't", "won't", 'yet']);

/** Whether a word that undoes the verb at `at` stands in the three words before it. */
export function undoneBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++)
    if (UNDOING.has((tokens[k] as Token).norm)) return true;
  return false;
}
