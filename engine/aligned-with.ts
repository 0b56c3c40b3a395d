/**
 * "Crews close to the guild say the pier must shut", "boats loyal to the harbour board": a body
 * named only as what someone is aligned with ("close to", "loyal to", "beholden to", "aligned
 * with", "allied to|with", "affiliated to|with") is not who acts in the sentence, nor is one
 * named in a hyphened word of alignment ("council-leaning crews", "guild-backed boats"). An
 * exclusion named only so excludes nothing (recognize.ts), as a told audience does
 * (told-audience.ts).
 */
import type { ConceptHit } from './find-concepts';
import type { Token } from './tokenize';

/** Each preposition, with the words of alignment that take it ("close to", "aligned with"). */
const ALIGNED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['to', new Set(['close', 'closer', 'loyal', 'allied', 'beholden', 'affiliated'])],
  ['with', new Set(['aligned', 'allied', 'affiliated'])],
]);
/** Words that may stand between the preposition and the body: "close to the guild". */
const BEFORE_BODY = new Set(['the', 'its', 'their']);

/** Second halves of a hyphened word naming whom its noun leans to: "council-leaning crews". */
const HYPHENED = new Set([
  'leaning',
  'aligned',
  'backed',
  'allied',
  'affiliated',
  'friendly',
  'funded',
]);

/** Whether the hit is what a word of alignment right before it (or hyphened after it) names. */
export function alignedWith(hit: ConceptHit, tokens: readonly Token[], text: string): boolean {
  const next = tokens[hit.to];
  // "council-leaning": the hyphen joins the body to the word of alignment; "the council backed
  // the plan" (a space, a verb) names who acts.
  if (
    next &&
    HYPHENED.has(next.norm) &&
    text[next.start - 1] === '-' &&
    next.start - 1 === (tokens[hit.to - 1] as Token).end
  )
    return true;
  let k = hit.from - 1;
  if (k >= 0 && BEFORE_BODY.has((tokens[k] as Token).norm)) k--;
  const words = k >= 1 ? ALIGNED.get((tokens[k] as Token).norm) : undefined;
  return words?.has((tokens[k - 1] as Token).norm) === true;
}
