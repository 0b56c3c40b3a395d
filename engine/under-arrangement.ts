/**
 * "Under the plan, 2,000 crews stay", "under that deal the ferries keep sailing": "under" before
 * a known arrangement says whose terms the sentence tells, not that a figure is a ceiling
 * ("under 2,000 crews"). A hit made of that "under" alone (a concept of a most, a limit) is
 * dropped; phrasings that hold more words ("under the terms of") are the story's and are kept.
 */

import type { ConceptHit } from './find-concepts';
import { DEFINITE, TERMS } from './find-frames';
import type { Token } from './tokenize';

/** Nouns of a plan a thing is done under, besides the arrangements of find-frames' TERMS. */
const PLANS = new Set(['plan', 'plans', 'timetable', 'timetables', 'schedule', 'roadmap']);
/** Words between "under the" and its noun: "under that long-awaited bilateral plan". */
const MAX_GAP = 3;

/** Whether the "under" at `at` is followed by a known arrangement ("the", "that", "its" …). */
function underArrangement(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.norm !== 'under' || !DEFINITE.has(tokens[at + 1]?.norm ?? '')) return false;
  for (let k = at + 2; k <= at + 2 + MAX_GAP && k < tokens.length; k++) {
    const noun = tokens[k]?.norm ?? '';
    if (TERMS.has(noun) || PLANS.has(noun)) return true;
  }
  return false;
}

/**
 * The hits without those made of a single "under" before a known arrangement. The list given
 * back unchanged (not copied) when there is none.
 */
export function withoutArrangementUnder(
  hits: ConceptHit[],
  tokens: readonly Token[],
): ConceptHit[] {
  const alone = (h: ConceptHit): boolean => h.to - h.from === 1 && underArrangement(tokens, h.from);
  for (let k = 0; k < hits.length; k++)
    if (alone(hits[k] as ConceptHit)) return hits.filter((h) => !alone(h));
  return hits;
}
