/**
 * "The crews will depart from the Old Pier within days. The handover will be completed by
 * Friday.": a story noun naming an event again ("the handover") takes up a card whose sentence
 * told it in another word the card's claim takes as the same ("depart"), not only in its own.
 */

import type { ConceptId } from './types';

/**
 * Whether `a` and `b` are one concept, or stand together in one of the claim's groups of
 * concepts (any of which it takes as meeting that requirement).
 */
export function sameInClaim(
  groups: readonly (readonly ConceptId[])[],
  a: ConceptId,
  b: ConceptId,
): boolean {
  return a === b || groups.some((group) => group.includes(a) && group.includes(b));
}
