/**
 * "Several hundred crew members stay at the pier. About two hundred of them will sail on.": a
 * count "of them" counts what the figure of the sentence before counted, so it takes the
 * concepts of the noun phrase that figure opened ("crew members").
 */

import { inferred, withHits } from './carry-context';
import { isFigure } from './carry-subject';
import type { ConceptHit } from './find-concepts';
import type { SentenceWords } from './sentence-facts';
import type { Token } from './tokenize';
import type { ConceptId } from './types';

/** How many words after the figure before may hold what it counted ("several hundred US advisers"). */
const COUNTED_REACH = 4;
/** What "of" points back at after a count. */
const THEM = new Set(['them', 'those', 'these']);

/** Words of a count beside the number words ("several hundred", "dozens"). */
const COUNT_WORDS = new Set(['hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens']);

/** A count: a figure that is no year (carry-subject.ts), or "hundred", "thousands" … */
function isCountWord(t: Token | undefined): boolean {
  if (!t || /^\d{4}$/.test(t.raw)) return false;
  return isFigure(t) || COUNT_WORDS.has(t.norm);
}

/**
 * The sentence's words with the concepts counted by the last figure of the sentence before, at
 * its own "<figure> of them"; undefined when it has none, or the sentence before counts nothing
 * the story names. Places are left out: where those counted are is the sentence's own to tell.
 */
export function countOfThem(
  current: SentenceWords,
  previous: SentenceWords | undefined,
  places: ReadonlySet<ConceptId>,
): SentenceWords | undefined {
  if (!previous) return undefined;
  const { tokens } = current;
  let at = -1;
  // "of" first: the cheapest test, and the one that fails at nearly every word.
  for (let k = 1; k + 2 < tokens.length + 1; k++)
    if (
      tokens[k]?.norm === 'of' &&
      THEM.has(tokens[k + 1]?.norm ?? '') &&
      isCountWord(tokens[k - 1])
    ) {
      at = k + 1;
      break;
    }
  if (at < 0) return undefined;
  const before = previous.tokens;
  let figure = -1;
  for (let k = 0; k < before.length; k++)
    if (isCountWord(before[k]) && !isCountWord(before[k + 1])) figure = k;
  if (figure < 0) return undefined;
  const by = tokens[at] as Token;
  const own = new Set(current.hits.map((h) => h.concept));
  const carried: ConceptHit[] = [];
  for (const h of previous.hits) {
    if (h.from <= figure || h.from > figure + COUNTED_REACH) continue;
    if (places.has(h.concept) || own.has(h.concept)) continue;
    if (carried.some((c) => c.concept === h.concept)) continue;
    carried.push(inferred(h, at, by));
  }
  return carried.length ? withHits(current, carried) : undefined;
}
