/**
 * "The mission would get smaller, giving way over time to a partnership", "the crews thinned out
 * over the years": "over" before "time" or "the years" says how gradually a thing happens, not
 * that something is over. A hit whose last word is that "over" (a concept of an end, "mission …
 * over") is dropped; "the mission is over" and "handed over the keys" are read as before.
 */

import type { ConceptHit } from './find-concepts';
import type { Token } from './tokenize';

/** The nouns of a stretch of time "over the …" names as the way a change comes: "the years". */
const STRETCH = new Set(['years', 'decades', 'long', 'longer']);

/** Whether the "over" at `at` opens "over time" or "over the years". */
function overTime(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.norm !== 'over') return false;
  const next = tokens[at + 1]?.norm;
  if (next === 'time') return true;
  return next === 'the' && STRETCH.has(tokens[at + 2]?.norm ?? '');
}

/**
 * The hits without those that end on an "over" of "over time". The list given back unchanged
 * (not copied) when there is none.
 */
export function withoutOverTime(hits: ConceptHit[], tokens: readonly Token[]): ConceptHit[] {
  const gradual = (h: ConceptHit): boolean => h.to - h.from > 1 && overTime(tokens, h.to - 1);
  for (let k = 0; k < hits.length; k++)
    if (gradual(hits[k] as ConceptHit)) return hits.filter((h) => !gradual(h));
  return hits;
}
