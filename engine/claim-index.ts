/**
 * Which claims a sentence could assert, decided from its concepts alone, before any date,
 * figure or negation is read: a claim is a candidate when the sentence names one of its key
 * concepts (the compiled index), names something from every other required group too, and
 * states a figure when the claim is about one. Most sentences of an article have no candidate
 * left and cost nothing more.
 */
import type { CompiledStory } from './compile-story';
import type { SentenceWords } from './sentence-facts';
import type { ConceptId } from './types';

export type ClaimIndex = (words: SentenceWords) => number[];

export function createClaimIndex(story: CompiledStory): ClaimIndex {
  // Concepts become small integers, so that a sentence's named concepts and the claims already
  // seen are marked in typed arrays, stamped with the sentence's number instead of cleared: a
  // big knowledge base checks thousands of candidate claims per article, none of it allocating.
  const numbers = new Map<ConceptId, number>();
  const numberOf = (concept: ConceptId): number => {
    let n = numbers.get(concept);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(concept, n);
    }
    return n;
  };
  const claims = story.kb.claims;
  // Claim i's groups are groupEnd[groupFrom[i] .. groupFrom[i + 1]); group g's concepts are
  // concepts[groupEnd[g - 1] .. groupEnd[g]). Flat arrays: a 10,000-claim pack has 25,000 groups.
  const groupFrom = new Int32Array(claims.length + 1);
  const groupEnd: number[] = [];
  const concepts: number[] = [];
  claims.forEach((c, i) => {
    for (const group of c.recognize.require) {
      for (const concept of group) concepts.push(numberOf(concept));
      groupEnd.push(concepts.length);
    }
    groupFrom[i + 1] = groupEnd.length;
  });
  const ends = Int32Array.from(groupEnd);
  const flat = Int32Array.from(concepts);
  const byConcept = new Map<number, Int32Array>();
  for (const [concept, list] of Object.entries(story.claimsByConcept))
    byConcept.set(numberOf(concept), Int32Array.from(list));
  const needsFigure = claims.map((c) => (c.recognize.numbers?.length ?? 0) > 0);
  // A negated concept may imply another ("not … leave" ⇒ remain), so its presence stands in for it.
  const impliedBy = new Map<number, number[]>();
  for (const { negated, implies } of story.inferences) {
    const from = numberOf(negated);
    impliedBy.set(from, [...(impliedBy.get(from) ?? []), numberOf(implies)]);
  }
  const namedAt = new Int32Array(numbers.size);
  const seenAt = new Int32Array(claims.length);
  let stamp = 0;
  const named: number[] = [];

  const hasEveryGroup = (i: number): boolean => {
    for (let g = groupFrom[i] as number; g < (groupFrom[i + 1] as number); g++) {
      let any = false;
      const end = ends[g] as number;
      for (let k = g === 0 ? 0 : (ends[g - 1] as number); k < end && !any; k++)
        any = namedAt[flat[k] as number] === stamp;
      if (!any) return false;
    }
    return true;
  };

  return (words) => {
    if (words.hits.length === 0) return [];
    stamp++;
    named.length = 0;
    const name = (n: number) => {
      if (namedAt[n] !== stamp) {
        namedAt[n] = stamp;
        named.push(n);
      }
    };
    for (const h of words.hits) {
      // A concept no claim and no inference mentions (a name, a cue word) indexes nothing.
      const n = numbers.get(h.concept);
      if (n === undefined) continue;
      name(n);
      for (const implied of impliedBy.get(n) ?? []) name(implied);
    }
    let hasFigure: boolean | undefined;
    const out: number[] = [];
    for (const n of named) {
      const list = byConcept.get(n);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const i = list[k] as number;
        if (seenAt[i] === stamp) continue;
        seenAt[i] = stamp;
        if (needsFigure[i]) {
          hasFigure ??= words.tokens.some((t) => t.value !== undefined);
          if (!hasFigure) continue;
        }
        if (hasEveryGroup(i)) out.push(i);
      }
    }
    return out.sort((a, b) => a - b);
  };
}
