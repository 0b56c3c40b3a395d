/**
 * "A statement made in Riverton on Monday said …", "the mayor said in Riverton that …", "told
 * reporters in Portsea": a name right after "in" after a word of speaking is where it was said,
 * not who says or does what the sentence tells. An actor read only there fills no actor's place
 * (the town is not the speaker of a statement made in it). "Officials in Riverton said …" (the
 * name after its people, subject-after-place.ts) and "Riverton said …" are read as before.
 */

import { SAYING_VERBS } from './english';
import { type ConceptHit, hitsWithout } from './find-concepts';
import { isUpper, type Token } from './tokenize';
import type { ConceptId } from './types';

/** Verbs and nouns of speaking or issuing a statement, besides the saying verbs. */
const SPOKEN = new Set(
  'made issued released delivered spoke speaking announced statement statements remarks speech interview briefing'.split(
    ' ',
  ),
);
/** Verbs of telling whose listener may stand between them and "in" ("told reporters in …"). */
const TOLD = new Set(['told', 'tells', 'telling']);

/** Whether the hit opens on a capitalised name right after "in" after a word of speaking. */
function spokenAt(hit: ConceptHit, tokens: readonly Token[]): boolean {
  const name = tokens[hit.from];
  if (hit.from < 2 || name === undefined || !isUpper(name.raw.charCodeAt(0))) return false;
  if (tokens[hit.from - 1]?.norm !== 'in') return false;
  const before = tokens[hit.from - 2]?.norm ?? '';
  if (SPOKEN.has(before) || SAYING_VERBS.has(before)) return true;
  return TOLD.has(tokens[hit.from - 3]?.norm ?? '');
}

/**
 * The hits without those of an actor named only as the place where something was said. The
 * list given back unchanged (not copied) when none is.
 */
export function withoutSpokenAt(
  hits: ConceptHit[],
  tokens: readonly Token[],
  actors: ReadonlySet<ConceptId>,
): ConceptHit[] {
  return hitsWithout(hits, actors, (h) => spokenAt(h, tokens));
}
