/**
 * "The ferry shares the pier with Portsea pilots. Most of those pilots left in May.": "those
 * pilots" are the pilots the sentence before named, so the sentence takes the concepts of that
 * noun and the word right before it ("Portsea pilots"), whoever or whatever they are. So is
 * "that strike" after "a Portsea strike closed the pier" ("The council condemned that strike").
 */

import { inferred, SINGULAR_DEMONSTRATIVES, withHits } from './carry-context';
import { REACTING } from './carry-reaction';
import { cueClass, hasCue } from './cue-words';
import type { ConceptHit } from './find-concepts';
import type { SentenceWords } from './sentence-facts';
import { isUpper, type Token } from './tokenize';
import type { ConceptId } from './types';
import { inClass, wordClass } from './word-class';
import { gapHas } from './word-gaps';

/** Demonstratives of a plural that point back at a noun just used. */
const THOSE = new Set(['those', 'these']);
/** THOSE as a word class: tested at every token of most sentences. */
const THOSE_WORD = wordClass(THOSE);
/**
 * The words pointsBack() may point from ("those", "this", "that", or "the" after a verb of
 * reacting): a sentence with none is not walked (cue-words.ts).
 */
const POINTING_CUE = cueClass([...THOSE, ...SINGULAR_DEMONSTRATIVES, ...REACTING]);
/** Words after "those" that are no noun named before ("those who", "these days"). */
const NO_NOUN = new Set([
  'who',
  'which',
  'that',
  'of',
  'in',
  'are',
  'were',
  'days',
  'weeks',
  'months',
  'years',
  'times',
  'two',
  'three',
]);

/**
 * Words before "that" that make it a conjunction opening a clause ("said that crews …"), not a
 * demonstrative.
 */
const CLAUSE_TAKERS = new Set(
  'said say says told tell tells added adds warned warns believe believes believed think thinks thought know knows knew claimed claims argued argues noted notes insisted insists announced announces reported reports stated states hoped hopes feared fears expected expects agreed agrees found finds showed shows mean means meant suggest suggests suggested confirmed confirms denied denies so such now given assuming clear sure aware'.split(
    ' ',
  ),
);

/**
 * Whether the word at `k` is a demonstrative pointing back with the noun after it: "those" or
 * "these" before a plural, or "that"/"this" before a singular ("The council condemned that
 * strike"), not a conjunction ("said that strike …") nor a relative ("the strike that …").
 */
function pointsBack(tokens: readonly Token[], k: number, text: string): boolean {
  if (inClass(tokens[k], THOSE_WORD)) return true;
  const t = tokens[k] as Token;
  // "The navy answered with strikes on the camps. The council condemned the strikes.": what a
  // reaction takes up with "the" is the thing just told; not a noun a clause or "of" after it
  // names anew ("condemned the strike that followed"). A clause set off by a comma ("condemned
  // the strike, which hit a depot") only adds to a noun already known: it still points back.
  if (t.norm === 'the')
    return (
      k > 0 &&
      REACTING.has((tokens[k - 1] as Token).norm) &&
      (!NAMED_ANEW.has(tokens[k + 2]?.norm ?? '') || addsToKnown(tokens, k + 1, text))
    );
  if (!SINGULAR_DEMONSTRATIVES.has(t.norm)) return false;
  const noun = tokens[k + 1]?.norm ?? '';
  if (noun.endsWith('s') && !noun.endsWith('ss')) return false;
  if (t.norm === 'this') return true;
  // Opening the sentence, after a preposition ("after that strike"), or after a verb in the past
  // that takes no clause ("condemned that strike"): not a relative after a noun ("the strike
  // that …"), nor a conjunction after a verb of saying ("said that strike …").
  const before = tokens[k - 1];
  if (before === undefined) return true;
  if (CLAUSE_TAKERS.has(before.norm)) return false;
  return PREPOSITIONS.has(before.norm) || before.norm.endsWith('ed');
}

/** Words after "the" and its noun that make the noun one of its own: "the strike that followed". */
const NAMED_ANEW = new Set(['that', 'which', 'who', 'of']);
/** Relative pronouns that, after a comma, open a clause adding to a noun already known. */
const NON_RESTRICTIVE = new Set(['which', 'who']);

/** Whether ", which" / ", who" follows the noun at `j` (a clause that does not tell which one). */
function addsToKnown(tokens: readonly Token[], j: number, text: string): boolean {
  if (!tokens[j] || !NON_RESTRICTIVE.has(tokens[j + 1]?.norm ?? '')) return false;
  return gapHas(tokens, text, j + 1, ',');
}

/** Prepositions a demonstrative "that" may follow ("after that strike"). */
const PREPOSITIONS = new Set(
  'after before since of in on by from with about over against for at to during despite following'.split(
    ' ',
  ),
);

/** Prepositions that open a noun's complement ("a date for the vote", "the pilots of the ferry"). */
const COMPLEMENT = new Set(['for', 'of']);

/**
 * Where the noun of the complement after the noun at `j` stands ("date for the announcement":
 * "announcement"), or -1: "for"/"of", then at most one determiner.
 */
function complementAt(tokens: readonly Token[], j: number): number {
  if (!COMPLEMENT.has(tokens[j + 1]?.norm ?? '')) return -1;
  const det = tokens[j + 2]?.norm;
  const at =
    det === 'the' || det === 'a' || det === 'an' || det === 'its' || det === 'their'
      ? j + 3
      : j + 2;
  return at < tokens.length ? at : -1;
}

/**
 * The sentence's words with the concepts (no place: where they are is the sentence's own to
 * tell) the sentence before gave the noun that "those"/"these" now stands before, at that noun
 * and the word before it; undefined when the sentence has no such noun, or the sentence before
 * did not use it, or gave it nothing the sentence does not name itself.
 */
export function thoseNamedAgain(
  current: SentenceWords,
  previous: SentenceWords | undefined,
  places: ReadonlySet<ConceptId>,
): SentenceWords | undefined {
  if (!previous) return undefined;
  const { tokens } = current;
  if (!hasCue(tokens, POINTING_CUE)) return undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!pointsBack(tokens, k, current.text)) continue;
    const noun = tokens[k + 1] as Token;
    if (NO_NOUN.has(noun.norm) || noun.norm.length < 3 || isUpper(noun.raw.charCodeAt(0))) continue;
    // The noun's last use in the sentence before.
    let j = -1;
    for (let p = previous.tokens.length - 1; p >= 0; p--)
      if ((previous.tokens[p] as Token).norm === noun.norm) {
        j = p;
        break;
      }
    if (j < 0) continue;
    const own = new Set(current.hits.map((h) => h.concept));
    const carried: ConceptHit[] = [];
    const after = complementAt(previous.tokens, j);
    for (const h of previous.hits) {
      // On the noun, on the word right before it ("European trainers"), or on the noun of its
      // complement ("a date for the announcement": "that date" is the announcement's).
      if (!((h.from <= j && j < h.to) || h.to === j || (after > 0 && h.from === after))) continue;
      if (places.has(h.concept) || own.has(h.concept)) continue;
      if (carried.some((c) => c.concept === h.concept)) continue;
      carried.push(inferred(h, k + 1, noun));
    }
    return carried.length ? withHits(current, carried) : undefined;
  }
  return undefined;
}
