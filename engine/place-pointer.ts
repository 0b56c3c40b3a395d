/**
 * Which place "the pier" is. A claim about the north pier read on "the pier" alone takes the
 * words to point at the north pier; after "Storms hit the ferry pier at Portsea", the pier the
 * next sentence tells of is Portsea's, not the north pier.
 */
import type { SentenceWords } from './sentence-facts';
import type { Token } from './tokenize';
import type { ConceptId } from './types';
import { marksBetween } from './word-gaps';

/** How many sentences back the place a pointer points at may have been named. */
const POINTER_REACH = 2;
/** How far after the noun its place may be named ("a pier at Portsea", "a pier just off Portsea"). */
const PLACE_AFTER = 3;

/**
 * Whether the claim's place group is read only on pointers ("the pier") and the nearest of the
 * sentences before that names a place of the story (`places`) names another than the group's,
 * beside the pointer's noun ("a pier at Portsea", "the Portsea pier"): the pointer points there.
 */
export function pointsElsewhere(
  words: SentenceWords,
  group: readonly ConceptId[],
  pointers: ReadonlySet<ConceptId>,
  places: ReadonlySet<ConceptId>,
  before: readonly (SentenceWords | undefined)[],
): boolean {
  /** The pointers' nouns ("pier" in "the pier"): the place pointed at was told with one. */
  const nouns = new Set<string>();
  for (const h of words.hits) {
    if (!group.includes(h.concept)) continue;
    if (!pointers.has(h.concept)) return false;
    const noun = words.tokens[h.to - 1]?.norm;
    if (noun) nouns.add(noun);
  }
  if (nouns.size === 0) return false;
  for (let k = before.length - 1; k >= 0 && k >= before.length - POINTER_REACH; k--) {
    const b = before[k];
    if (!b) continue;
    if (b.hits.some((h) => group.includes(h.concept) && !pointers.has(h.concept))) return false;
    if (b.hits.some((h) => places.has(h.concept)))
      // "a pier at Portsea", "the Portsea pier": the place is named with the noun. "The
      // sprawling pier, officials in Portsea said" names the place of someone else.
      return b.tokens.some(
        (t, at) =>
          nouns.has(t.norm) &&
          !b.hits.some((h) => pointers.has(h.concept) && h.from <= at && h.to > at) &&
          b.hits.some(
            (h) =>
              places.has(h.concept) &&
              ((h.from > at &&
                h.from <= at + PLACE_AFTER &&
                !marksBetween(b.text, t.end, (b.tokens[h.from] as Token).start, ',;:—–')) ||
                (h.to <= at && h.to >= at - 1)),
          ),
      );
  }
  return false;
}
