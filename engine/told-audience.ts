/**
 * "The mayor told the council that the pier would close": whom a speaker tells (the object of
 * "told", "briefed", "addressed") is the audience, not who acts in what is told. An exclusion
 * named only so excludes nothing (recognize.ts).
 */
import type { ConceptHit } from './find-concepts';
import type { Token } from './tokenize';

/** Verbs of telling whose object is who hears it. */
const TO_AUDIENCE = new Set(
  'told tells tell telling briefed briefs brief briefing addressed addresses address addressing informed informs'.split(
    ' ',
  ),
);
/** Words that may stand between the verb and its audience: "told the council". */
const BEFORE_AUDIENCE = new Set(['the', 'a', 'its', 'his', 'her', 'their', 'our']);

/** Whether the hit is who a verb of telling right before it tells. */
export function toldAudience(hit: ConceptHit, tokens: readonly Token[]): boolean {
  let k = hit.from - 1;
  if (k >= 0 && BEFORE_AUDIENCE.has((tokens[k] as Token).norm)) k--;
  return k >= 0 && TO_AUDIENCE.has((tokens[k] as Token).norm);
}
