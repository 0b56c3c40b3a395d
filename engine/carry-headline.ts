/**
 * What a body sentence takes from the article's headline: a headline names who acts and where
 * ("Crews To Quit The Old Pier By Spring"), and a body sentence that names neither again ("The
 * last of them will sail in April.") tells of the same crews at the same pier.
 */

import { inferred, NO_NAME, withHits } from './carry-context';
import type { ConceptHit } from './find-concepts';
import { endsOnMark, type SentenceWords } from './sentence-facts';
import { isUpper, type Token } from './tokenize';
import type { ConceptId } from './types';

/**
 * The sentence's words with the headline's actors when it names no actor, and the headline's
 * places when it names no place, carried to its last word; undefined when it takes nothing. Only
 * under a headline (the article's first line, with no full stop) and for a whole sentence (one
 * ending on its mark, not a subhead) that names no one and nowhere of its own: a capitalised
 * word past its first, save a month or a day ("Dockers at Ashby struck too."), tells of them, not of the headline's.
 */
export function headlineDefaults(
  current: SentenceWords,
  headline: SentenceWords | undefined,
  actors: ReadonlySet<ConceptId>,
  places: ReadonlySet<ConceptId>,
  placeNames: ReadonlySet<ConceptId>,
): SentenceWords | undefined {
  // The cheapest tests first: most sentences name something, or are read under no headline.
  if (!headline || current.hits.length === 0) return undefined;
  let ownActor = false;
  let ownPlace = false;
  for (let k = 0; k < current.hits.length; k++) {
    const c = (current.hits[k] as ConceptHit).concept;
    if (actors.has(c)) ownActor = true;
    if (placeNames.has(c)) ownPlace = true;
  }
  if (ownActor && ownPlace) return undefined;
  const tokens = current.tokens;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (isUpper(t.raw.charCodeAt(0)) && !NO_NAME.has(t.norm)) return undefined;
  }
  if (!endsOnMark(current.text, '.!?…') || endsOnMark(headline.text, '.!?…')) return undefined;
  const at = tokens.length - 1;
  const by = tokens[at] as Token;
  const carried: ConceptHit[] = [];
  for (let k = 0; k < headline.hits.length; k++) {
    const h = headline.hits[k] as ConceptHit;
    if (carried.some((c) => c.concept === h.concept)) continue;
    if ((!ownActor && actors.has(h.concept)) || (!ownPlace && places.has(h.concept)))
      carried.push(inferred(h, at, by));
  }
  return carried.length > 0 ? withHits(current, carried) : undefined;
}
