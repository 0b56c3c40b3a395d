/**
 * Whether the words a sentence names an actor by are a person's: an office or role ("the prime
 * minister", "a senior commander"), or a name set beside one ("the mayor, Anna van der Berg").
 * "It" never stands for a person, so a later "it" does not take them over.
 */
import type { ConceptHit } from './find-concepts';
import { isUpper, type Token } from './tokenize';
import { gapHas } from './word-gaps';

/**
 * Nouns of people by their office or role, in any story. Not "official" or "general",
 * adjectives as often ("an official announcement").
 */
const PERSON_NOUNS = new Set(
  'minister premier president leader chairman spokesman spokeswoman spokesperson officials ambassador envoy commander secretary lawmaker senator adviser advisor mayor governor'.split(
    ' ',
  ),
);
/** Particles inside a person's name ("al-Hassan", "bin Zayed", "van der Berg"). */
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'van', 'von', 'der']);

/** A word of a name: capitalised, or a particle of one. */
function nameWord(t: Token): boolean {
  return isUpper(t.raw.charCodeAt(0)) || NAME_PARTICLES.has(t.norm);
}

/** Whether the actor `h`, named in a sentence of `tokens` and `text`, is named as a person. */
export function namedAsPerson(h: ConceptHit, tokens: readonly Token[], text: string): boolean {
  for (let k = h.from; k < h.to; k++) if (PERSON_NOUNS.has(tokens[k]?.norm ?? '')) return true;
  // "the harbour master, Ola Lind": a name set beside an office is a person's.
  let k = h.from;
  while (k > 0 && nameWord(tokens[k - 1] as Token) && !gapHas(tokens, text, k, ',')) k--;
  return k > 0 && gapHas(tokens, text, k, ',') && PERSON_NOUNS.has(tokens[k - 1]?.norm ?? '');
}
