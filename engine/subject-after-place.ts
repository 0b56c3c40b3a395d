/**
 * "The envoy in Riverton welcomed the move", "Diplomats in Riverton said …": a concept whose
 * phrasings open on who acts ("Riverton welcomed", the story's `subjectLed`) is not read where
 * its first word stands right after a preposition of place. That word is where someone else
 * acts (the envoy, the diplomats), the object of "in", never the subject of the verb after it.
 * "Riverton welcomed the move" and "In May Riverton welcomed …" (a month between) are read.
 */
import { type ConceptHit, hitsWithout } from './find-concepts';
import type { Token } from './tokenize';
import type { ConceptId } from './types';

/** Prepositions of place whose object a verb right after it cannot take as its subject. */
const OF_PLACE = new Set(['in', 'at', 'from', 'near', 'inside', 'outside', 'across', 'around']);

/** Whether the hit names its actor only as the object of a preposition of place. */
function placedActor(hit: ConceptHit, tokens: readonly Token[]): boolean {
  if (hit.from === 0 || hit.to - hit.from < 2) return false;
  return OF_PLACE.has(tokens[hit.from - 1]?.norm ?? '');
}

/**
 * The hits without those of a subject-led concept whose first word is a preposition's object.
 * The list given back unchanged (not copied) when none is.
 */
export function withoutPlacedActors(
  hits: ConceptHit[],
  tokens: readonly Token[],
  led: ReadonlySet<ConceptId>,
): ConceptHit[] {
  return hitsWithout(hits, led, (h) => placedActor(h, tokens));
}
