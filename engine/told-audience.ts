/**
 * "The mayor told the council that the pier would close": whom a speaker tells (the object of
 * "told", "briefed", "addressed") is the audience, not who acts in what is told. An exclusion
 * named only so excludes nothing (recognize.ts).
 *
 * Not in the passive: in "Residents were told the ferry crews stay on the island" the audience
 * is the subject ("residents"), and what follows the verb is the reported clause itself, with or
 * without "that"; its subject acts in what is told.
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
/** Forms of "be" and "get" that make a past participle passive: "were told", "got told". */
const PASSIVE_AUXILIARIES = new Set(
  'am is are was were be been being get gets got gotten getting'.split(' '),
);
/** Short adverbs that may stand inside a passive: "were also told", "have been repeatedly told". */
const INSIDE_PASSIVE = new Set(['also', 'now', 'again', 'still', 'often', 'then', 'since']);

/** Whether the verb at `verb` is a passive participle: "are told", "have been repeatedly told". */
function passiveAt(tokens: readonly Token[], verb: number): boolean {
  let k = verb - 1;
  const before = tokens[k]?.norm ?? '';
  if (INSIDE_PASSIVE.has(before) || (before.length > 4 && before.endsWith('ly'))) k--;
  return PASSIVE_AUXILIARIES.has(tokens[k]?.norm ?? '');
}

/** Whether the hit is who a verb of telling right before it tells. */
export function toldAudience(hit: ConceptHit, tokens: readonly Token[]): boolean {
  let k = hit.from - 1;
  if (k >= 0 && BEFORE_AUDIENCE.has((tokens[k] as Token).norm)) k--;
  return k >= 0 && TO_AUDIENCE.has((tokens[k] as Token).norm) && !passiveAt(tokens, k);
}
