/**
 * What a body sentence takes from the article's headline: a headline names who acts and where
 * ("Crews To Quit The Old Pier By Spring"), and a body sentence that names neither again ("The
 * last of them will sail in April.") tells of the same crews at the same pier (`headlineDefaults`).
 * A name of several words the headline gives ("Harbour Works Commission") is named again further
 * down by its last noun ("the commission": `headlineNames`, `headlineNameAgain`).
 */

import { inferred, NO_NAME, namesElsewhere, PLACE_NOUNS, withHits } from './carry-context';
import type { ConceptHit } from './find-concepts';
import { onlyGoals } from './goal-place';
import { endsOnMark, type SentenceWords } from './sentence-facts';
import { clockStamp } from './speaker-turn';
import { isUpper, type Token } from './tokenize';
import type { ConceptId } from './types';

/**
 * Words before a name that is both a place and an actor (a country: "Riverland") that make it
 * where the sentence's event happens or where it goes from or to ("in Riverland", "with
 * Riverland", "left Riverland"); without one, the name says whose someone is ("Riverland's own
 * crews", "Riverlandish pilots", "Riverland agreed"), not where.
 */
const OF_PLACE = new Set([
  'in',
  'at',
  'near',
  'inside',
  'outside',
  'within',
  'across',
  'throughout',
  'from',
  'to',
  'into',
  'toward',
  'towards',
  'with',
  'between',
  'leave',
  'leaves',
  'left',
  'leaving',
  'quit',
  'quits',
  'exit',
  'exits',
  'enter',
  'entered',
]);

/**
 * Whether the hit names the sentence's own place: a place that is no actor ("the Old Pier"),
 * or a country after a word of place ("in Riverland"), not as whose someone is ("Riverlandish
 * pilots"). A place carried in from before is the sentence's own.
 */
function ownPlaceHit(
  h: ConceptHit,
  tokens: readonly Token[],
  actors: ReadonlySet<ConceptId>,
  placeNames: ReadonlySet<ConceptId>,
): boolean {
  if (!placeNames.has(h.concept)) return false;
  if (h.inferred || !actors.has(h.concept)) return true;
  const before = tokens[h.from - 1]?.norm === 'the' ? h.from - 2 : h.from - 1;
  return OF_PLACE.has(tokens[before]?.norm ?? '');
}

/** Whether a hit of `hits` the sentence names itself covers token `k` and passes `test`. */
function coveredBy(hits: readonly ConceptHit[], k: number, test: (h: ConceptHit) => boolean) {
  for (let j = 0; j < hits.length; j++) {
    const h = hits[j] as ConceptHit;
    if (!h.inferred && h.from <= k && k < h.to && test(h)) return true;
  }
  return false;
}

/**
 * The sentence's words with the headline's actors when it names no actor, and the headline's
 * places when it names no place, carried to its last word; undefined when it takes nothing. Only
 * under a headline (the article's first line, with no full stop) and for a whole sentence (one
 * ending on its mark, not a subhead) that names no one and nowhere else: a capitalised word past
 * its first, save a month or a day ("Dockers at Ashby struck too."), tells of them, not of the
 * headline's. Not a rival so: a name of the story's own actors ("Riverland's own crews", which
 * then names the actor, not a place), a place named only as where a move went ("some turned
 * west, toward Ashby": goal-place.ts), nor the first word after a live page's clock time
 * ("10:50 — Some …").
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
  const tokens = current.tokens;
  let ownActor = false;
  let ownPlaces: ConceptHit[] | undefined;
  for (let k = 0; k < current.hits.length; k++) {
    const h = current.hits[k] as ConceptHit;
    if (actors.has(h.concept)) ownActor = true;
    if (!ownPlaceHit(h, tokens, actors, placeNames)) continue;
    ownPlaces ??= [];
    ownPlaces.push(h);
  }
  // "Some turned west, toward Ashby.": a place named only as a move's goal is not where it
  // happened (goal-place.ts), and its name is no rival to the headline's.
  let goals = false;
  if (ownPlaces?.every((h) => !h.inferred)) {
    ownPlaces.sort((a, b) => a.from - b.from);
    goals = onlyGoals(tokens, ownPlaces);
  }
  // "Not everyone has left the west, however.": a sentence that names a place outside the
  // story's ("the west", "in Kirkuk") is there, not at the headline's place.
  const ownPlace = (ownPlaces !== undefined && !goals) || (!ownPlaces && namesElsewhere(tokens));
  if (ownActor && ownPlace) return undefined;
  for (let k = clockStamp(current) + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!isUpper(t.raw.charCodeAt(0)) || NO_NAME.has(t.norm)) continue;
    if (coveredBy(current.hits, k, (h) => actors.has(h.concept))) continue;
    if (goals && coveredBy(current.hits, k, (h) => placeNames.has(h.concept))) continue;
    return undefined;
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

/**
 * The names of several words the headline gives, each written with capitals and ending on a noun
 * a body sentence may name it by again ("Harbour Works Commission" → "the commission"); not a
 * noun said of any place ("the region"). Read once a page: most headlines give none.
 */
export function headlineNames(headline: SentenceWords | undefined): ConceptHit[] {
  const names: ConceptHit[] = [];
  if (!headline) return names;
  for (let k = 0; k < headline.hits.length; k++) {
    const h = headline.hits[k] as ConceptHit;
    if (h.inferred || h.to - h.from < 2) continue;
    const first = headline.tokens[h.from] as Token;
    const last = headline.tokens[h.to - 1] as Token;
    if (!isUpper(first.raw.charCodeAt(0)) || !isUpper(last.raw.charCodeAt(0))) continue;
    // "the region", "the country": said of any region, not only the one the headline named.
    if (PLACE_NOUNS.has(nameNoun(headline, h).norm)) continue;
    names.push(h);
  }
  return names;
}

/**
 * The noun a name is named again by: its last word ("Harbour Works Commission" → "the
 * commission"), or its first before "of" ("Council of the Island of Portsea" → "the council").
 */
function nameNoun(headline: SentenceWords, h: ConceptHit): Token {
  const of = headline.tokens[h.from + 1];
  return (
    h.to - h.from > 2 && of?.norm === 'of' ? headline.tokens[h.from] : headline.tokens[h.to - 1]
  ) as Token;
}

/** Words that point back at a thing named before: "the commission", "this board". */
const POINTING = new Set(['the', 'this', 'that']);

/**
 * "Harbour Works Commission Takes Over The Pier Talks" … "The commission is the only channel …":
 * "the"/"this"/"that" and the noun one of the headline's names (`headlineNames`) ended on names
 * that thing again, further into the article than the sentence before (carry-context.ts reads a
 * name of the sentence just before so). The sentence's words with it at the noun, or undefined;
 * not when the sentence names that thing itself.
 */
export function headlineNameAgain(
  current: SentenceWords,
  headline: SentenceWords,
  names: readonly ConceptHit[],
): SentenceWords | undefined {
  const tokens = current.tokens;
  for (const h of names) {
    const noun = nameNoun(headline, h).norm;
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!POINTING.has((tokens[i] as Token).norm) || (tokens[i + 1] as Token).norm !== noun)
        continue;
      if (current.hits.some((c) => c.concept === h.concept)) return undefined;
      return withHits(current, [inferred(h, i + 1, tokens[i + 1] as Token)]);
    }
  }
  return undefined;
}
