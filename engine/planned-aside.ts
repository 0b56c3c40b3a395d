/**
 * "The closure of the pier, originally set for May, slipped into June": an aside between commas
 * that opens with a word of planning ("due", "set for", "scheduled for", "meant for", "promised for") names when
 * something was planned, not when the rest of the sentence says it happened. Its date is the
 * plan's, so it does not contradict an event the sentence reports at another date (or at none),
 * and its "due" does not make the rest of the sentence look ahead.
 */
import type { DateMention } from './resolve-dates';
import type { Token } from './tokenize';
import { gapBefore, gapHas } from './word-gaps';

/** Words that open an aside naming what was planned. */
const PLANNED = new Set([
  'due',
  'set',
  'scheduled',
  'planned',
  'slated',
  'meant',
  'supposed',
  'expected',
  'intended',
  'targeted',
  'promised',
  'pledged',
]);

/** Words opening a relative clause, and the forms of "be" after them, in ", which was to …". */
const RELATIVE = new Set(['which', 'that']);
const BE = new Set(['was', 'were', 'is', 'are']);

/** Words that may stand before the planning word: "originally set for", "once due". */
const BEFORE_PLANNED = new Set(['originally', 'initially', 'first', 'once', 'previously', 'then']);

/** The most words an aside of planning holds ("originally scheduled for the end of May 2025"). */
const ASIDE_REACH = 9;

/**
 * The end (exclusive) of the aside of planning that opens at token `k`, or -1: a comma before
 * `k`, its first word (past "originally" and the like) a word of planning, and a comma closing
 * it within reach, or the sentence's end.
 */
function asideEnd(tokens: readonly Token[], text: string, k: number): number {
  if (!gapHas(tokens, text, k, ',')) return -1;
  // ", which was to start in May,", ", which had been due in May,": a relative clause of planning,
  // where "to" right after the verb of being is the plan itself.
  let first = k;
  let planned = false;
  if (RELATIVE.has(tokens[first]?.norm ?? '')) {
    first++;
    if (tokens[first]?.norm === 'had' && tokens[first + 1]?.norm === 'been') first += 2;
    else if (BE.has(tokens[first]?.norm ?? '')) first++;
    else return -1;
    planned = tokens[first]?.norm === 'to';
  }
  if (!planned) {
    if (BEFORE_PLANNED.has(tokens[first]?.norm ?? '')) first++;
    if (!PLANNED.has(tokens[first]?.norm ?? '')) return -1;
  }
  for (let j = first + 1; j < tokens.length && j <= k + ASIDE_REACH; j++) {
    if (gapHas(tokens, text, j, ';:.')) return -1;
    if (gapHas(tokens, text, j, ',')) return j;
  }
  return tokens.length - k <= ASIDE_REACH ? tokens.length : -1;
}

/** Whether the date `d` stands in an aside of planning (and is not its first word). */
export function inPlannedAside(d: DateMention, tokens: readonly Token[], text: string): boolean {
  for (let k = d.from - 1; k >= 0 && k >= d.from - ASIDE_REACH; k--) {
    const end = asideEnd(tokens, text, k);
    if (end >= d.to) return true;
    if (gapBefore(tokens, text, k).includes(',')) return false;
  }
  return false;
}

/** The tokens outside every aside of planning: what the sentence tells in its own tense. */
export function withoutPlannedAsides(tokens: readonly Token[], text: string): readonly Token[] {
  let kept: Token[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const end = asideEnd(tokens, text, k);
    if (end >= 0) {
      kept ??= tokens.slice(0, k);
      k = end - 1;
    } else kept?.push(tokens[k] as Token);
  }
  return kept ?? tokens;
}
