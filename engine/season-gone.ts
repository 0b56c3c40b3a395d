/**
 * "Some reports this fall said the first crews would leave before Christmas", on a page of
 * January: the autumn that has not yet come this year cannot be what reports already said. A
 * writer early in the year still calls the season just gone "this fall", in the past tense; so
 * "this" + a season the page's month comes before, told with a verb in the past right after it
 * ("this fall said") or right before it ("was announced this fall"), is that season a year back.
 * A present or future clause ("the crews leave this fall") keeps the season ahead.
 */
import { pastForm } from './irregular-past';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** How many words from the season its clause's past verb may stand. */
const VERB_REACH = 3;
/** Words after which an "-ed" form is no past of the clause ("will be announced", "has left"). */
const NOT_PAST_BEFORE = new Set(['has', 'have', 'be', 'being', 'is', 'are', 'will', 'would']);
/** Marks that end the clause the verb is looked for in. */
const BREAKS = ',;:.\u2014\u2013(';

/**
 * Whether "this" + season at tokens `at` (the "this") and `at + 1`, on a page whose month comes
 * before the season's first month, is told in the past: the season just gone.
 */
export function seasonGone(
  tokens: readonly Token[],
  text: string,
  at: number,
  seasonFrom: number,
  pageMonth: number,
): boolean {
  if (pageMonth >= seasonFrom) return false;
  const isPast = (k: number) =>
    pastForm((tokens[k] as Token).norm) && !NOT_PAST_BEFORE.has(tokens[k - 1]?.norm ?? '');
  for (let k = at + 2; k < tokens.length && k <= at + 1 + VERB_REACH; k++) {
    if (gapHas(tokens, text, k, BREAKS)) break;
    if (isPast(k)) return true;
  }
  for (let k = at - 1; k >= 0 && k >= at - VERB_REACH; k--) {
    if (gapHas(tokens, text, k + 1, BREAKS)) break;
    if (isPast(k)) return true;
  }
  return false;
}
