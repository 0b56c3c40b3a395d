/**
 * Whose stage a sentence tells. "The first phase would be finished by May" names a stage and no
 * owner: it is the stage of whatever the sentences before were about. After "The harbour board
 * signed a deal to dredge the channel … the contractor will build two new quays", the first
 * phase is the dredging's, not the crews' departure; after "The crews leave the pier in two
 * stages", it is the departure's.
 */
import type { ConceptHit } from './find-concepts';
import type { SentenceWords } from './sentence-facts';
import type { Token } from './tokenize';
import type { ConceptId } from './types';

const STAGES = new Set(['phase', 'phases', 'stage', 'stages']);

/** Words that may stand between "the" and the stage ("the first phase", "the next stage"). */
const ORDINALS = new Set([
  'first',
  'second',
  'third',
  'final',
  'last',
  'next',
  'initial',
  'early',
  'opening',
  'later',
  'new',
]);

/**
 * Whether the stage word inside the hit stands with no owner: "the first phase", "a second
 * stage", not "its first phase", "the drawdown's first phase" or "the first phase of the
 * departure".
 */
function ownerless(tokens: readonly Token[], hit: ConceptHit): boolean {
  const stage = stageIn(tokens, hit);
  if (stage < 0 || tokens[stage + 1]?.norm === 'of') return false;
  const det = tokens[beforeOrdinals(tokens, stage)]?.norm;
  return det === 'the' || det === 'a';
}

/** The first stage word inside the hit ("phase" in "the first phase"), or -1. */
function stageIn(tokens: readonly Token[], hit: ConceptHit): number {
  for (let k = hit.from; k < hit.to; k++) if (STAGES.has((tokens[k] as Token).norm)) return k;
  return -1;
}

/** The word before the stage's ordinals ("the" in "the first phase"), or -1 at the start. */
function beforeOrdinals(tokens: readonly Token[], stage: number): number {
  let b = stage - 1;
  while (b >= 0 && ORDINALS.has((tokens[b] as Token).norm)) b--;
  return b;
}

/**
 * Whether the claim is read only on a stage with no owner ("the first phase would be
 * finished"): every hit of its key group is such a stage, and the sentence names nothing of the
 * story's own (its places and own actors, `own`; the story's nouns of its event, `nouns`) that
 * would own it.
 */
export function ownerlessStage(
  words: SentenceWords,
  key: readonly ConceptId[],
  own: ReadonlySet<ConceptId>,
  nouns: ReadonlySet<string>,
): boolean {
  const keyHits = words.hits.filter((h) => key.includes(h.concept));
  if (keyHits.length === 0 || !keyHits.every((h) => ownerless(words.tokens, h))) return false;
  if (words.hits.some((h) => own.has(h.concept))) return false;
  return !words.tokens.some((t) => nouns.has(t.norm));
}

/** Possessives that give a stage to the subject of its clause ("the line will open its first phase"). */
const SUBJECT_POSSESSIVES = new Set(['its', 'their']);

/** Verbs that end a subject: the word before the first of them is the subject's head. */
const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'has',
  'have',
  'had',
  'should',
  'could',
  'may',
  'might',
  'must',
]);

/** The stage's own possessive ("its first phase"), at the stage word inside the hit, if any. */
function stagePossessive(tokens: readonly Token[], hit: ConceptHit): number {
  const stage = stageIn(tokens, hit);
  if (stage < 0) return -1;
  const b = beforeOrdinals(tokens, stage);
  return b >= 0 && SUBJECT_POSSESSIVES.has((tokens[b] as Token).norm) ? b : -1;
}

/**
 * Whether the claim is read only on a stage its sentence gives to something else: "The city's
 * planned tram line is meant to open its first phase by May" tells the tram line's first phase,
 * not the crews'. The stage is "its" (or "their"), the clause's subject ends on a plain word
 * (the word before its first auxiliary) that no concept of the story reads, and the subject
 * names none of the story's actors (`owners`) or nouns of its event (`nouns`): a place there
 * ("the city's") only says where the other project is.
 */
export function stageOfOther(
  words: SentenceWords,
  key: readonly ConceptId[],
  owners: ReadonlySet<ConceptId>,
  nouns: ReadonlySet<string>,
  places: ReadonlySet<ConceptId>,
): boolean {
  const { tokens, hits } = words;
  const keyHits = hits.filter((h) => key.includes(h.concept));
  if (keyHits.length === 0) return false;
  let first = tokens.length;
  for (const h of keyHits) {
    const at = stagePossessive(tokens, h);
    if (at < 0) return false;
    first = Math.min(first, at);
  }
  let aux = -1;
  for (let k = 1; k < first; k++)
    if (AUXILIARIES.has((tokens[k] as Token).norm)) {
      aux = k;
      break;
    }
  if (aux < 1) return false;
  const head = aux - 1;
  const word = (tokens[head] as Token).raw;
  if (!/^[a-z]+$/.test(word)) return false;
  for (const h of hits) {
    if (h.from >= aux) continue;
    if (h.from <= head && h.to > head) return false;
    // "Riverton's", read as the place and as its government too, is the place.
    if (
      owners.has(h.concept) &&
      !hits.some((p) => places.has(p.concept) && p.from === h.from && p.to === h.to)
    )
      return false;
  }
  for (let k = 0; k < aux; k++) if (nouns.has((tokens[k] as Token).norm)) return false;
  return true;
}

/** How many sentences back the owner of a stage may have been told. */
const OWNER_REACH = 3;

/**
 * Whether the sentences before give a stage told with no owner one of the story's: the nearest
 * of the few before that tells something (not a question, not a reply naming nothing: "Was that
 * the plan?", "Not quite.") was carded, or names one of the story's actors, places or nouns of
 * its event. One that tells of something else ("The contractor will build two quays") gives the
 * stage to that.
 */
export function stageOwnedBefore(
  before: readonly Before[],
  owners: ReadonlySet<ConceptId>,
  nouns: ReadonlySet<string>,
): boolean {
  for (let k = before.length - 1; k >= 0 && k >= before.length - OWNER_REACH; k--) {
    const { own, read, carded } = before[k] as Before;
    if (carded) return true;
    if (!own || !read || own.hits.length === 0 || /\?["'”’)]*$/.test(own.text.trim())) continue;
    return (
      read.hits.some((h) => owners.has(h.concept)) || read.tokens.some((t) => nouns.has(t.norm))
    );
  }
  return true;
}

/** A sentence before: its own words, as read with what it carried, and whether it was carded. */
type Before = { own: SentenceWords | undefined; read: SentenceWords | undefined; carded: boolean };
