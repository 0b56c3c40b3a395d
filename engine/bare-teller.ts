/**
 * "Officials were careful not to call it a retreat.", "Defence officials describe the change as
 * …": officials named by the bare noun belong to no body of their own words; under a headline
 * that names whose they are ("Harbour Board To Close The Old Pier"), they are that body's.
 * Read in index.ts as carry-others.ts is, for a sentence with no card of its own. "Lakeland
 * officials", "officials in Ashby", "the board's officials" name whose they are: the hit of a
 * name or a place is its own, and another word before the noun keeps the noun from being bare.
 */

import { inferred, withHits } from './carry-context';
import type { ConceptHit } from './find-concepts';
import { endsOnMark, type SentenceWords } from './sentence-facts';
import type { Token } from './tokenize';
import type { ConceptId } from './types';

/** Nouns of those who speak for a body without naming it. */
const TELLERS = new Set(['official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Words that may stand before the bare noun and name no body ("senior", "one", "the"). */
const PLAIN = new Set(
  'the one two some several many senior other defence defense military security'.split(' '),
);
/** Words after the noun that say whose they are ("officials in Ashby", "officials of the board"). */
const WHOSE = new Set(['in', 'of', 'from', 'at', 'for']);

/**
 * Whether an actor hit is a bare teller noun opening the sentence as its subject: only the noun,
 * after plain words or none; not after a name ("Lakeland officials") or an owner ("the board's
 * officials"), and not in an aside ("…, if the officials are right").
 */
export function bareTeller(h: ConceptHit, tokens: readonly Token[]): boolean {
  if (h.inferred || h.to - h.from !== 1) return false;
  if (!TELLERS.has(tokens[h.from]?.norm ?? '')) return false;
  if (WHOSE.has(tokens[h.to]?.norm ?? '')) return false;
  let k = h.from - 1;
  while (k >= 0 && PLAIN.has((tokens[k] as Token).norm)) k--;
  return k < 0;
}

/**
 * The sentence's words with the headline's actors at its bare teller noun, when the officials
 * are its only actor ("Officials were careful not to call it a retreat." under "Harbour Board
 * To Close The Old Pier"); undefined otherwise. Only under a headline (a first line with no full
 * stop) naming an actor that is no teller.
 */
export function tellersOfTheHeadline(
  current: SentenceWords,
  headline: SentenceWords | undefined,
  actors: ReadonlySet<ConceptId>,
): SentenceWords | undefined {
  if (!headline || endsOnMark(headline.text, '.!?…')) return undefined;
  let teller: ConceptHit | undefined;
  for (const h of current.hits) {
    if (!actors.has(h.concept)) continue;
    if (!bareTeller(h, current.tokens)) return undefined;
    teller ??= h;
  }
  if (!teller) return undefined;
  const by = current.tokens[teller.from] as Token;
  const carried: ConceptHit[] = [];
  for (const h of headline.hits)
    if (
      actors.has(h.concept) &&
      h.concept !== teller.concept &&
      !carried.some((c) => c.concept === h.concept)
    )
      carried.push(inferred(h, teller.from, by));
  return carried.length > 0 ? withHits(current, carried) : undefined;
}
