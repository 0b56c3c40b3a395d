/**
 * Which claims a sentence could assert, decided from its concepts alone, before any date,
 * figure or negation is read: a claim is a candidate when the sentence names one of its key
 * concepts (the compiled index), names something from every other required group too, and
 * states a figure when the claim is about one. Most sentences of an article have no candidate
 * left and cost nothing more.
 */
import type { CompiledStory } from './compile-story';
import type { ConceptHit } from './find-concepts';
import type { SentenceWords } from './sentence-facts';
import { sortNumbers } from './sort-numbers';
import type { ConceptId } from './types';

export type ClaimIndex = (words: SentenceWords) => number[];

export function createClaimIndex(story: CompiledStory): ClaimIndex {
  // Concepts are small integers (compile-claims.ts), so that a sentence's named concepts and the
  // claims already seen are marked in typed arrays, stamped with the sentence's number instead of
  // cleared: a big knowledge base checks thousands of candidate claims per article, none of it
  // allocating. The tables are read as compiled; only the concept numbers become a map.
  const {
    concepts,
    groupFrom,
    groupEnd: ends,
    members: flat,
    keyedFrom,
    keyed,
  } = story.claimTables;
  const needsFigure = story.claimTables.needsFigure;
  const numbers = new Map<ConceptId, number>(concepts.map((concept, n) => [concept, n]));
  // A negated concept may imply another ("not … leave" ⇒ remain), so its presence stands in for it.
  // Indexed by the concept's number: read for every hit of every sentence, where a Map hashed it.
  const impliedBy: (number[] | undefined)[] = new Array(concepts.length).fill(undefined);
  for (const { negated, implies } of story.inferences) {
    const from = numbers.get(negated);
    // A negated concept no claim mentions is never named: nothing to imply from it.
    if (from === undefined) continue;
    impliedBy[from] = [...(impliedBy[from] ?? []), numbers.get(implies) as number];
  }
  const namedAt = new Int32Array(concepts.length);
  const seenAt = new Int32Array(needsFigure.length);
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

  const name = (n: number) => {
    if (namedAt[n] !== stamp) {
      namedAt[n] = stamp;
      named.push(n);
    }
  };

  return (words) => {
    if (words.hits.length === 0) return [];
    stamp++;
    // Only a non-empty list is cut: setting an array's length calls into the runtime.
    if (named.length > 0) named.length = 0;
    for (let k = 0; k < words.hits.length; k++) {
      const h = words.hits[k] as ConceptHit;
      // A concept no claim and no inference mentions (a name, a cue word) indexes nothing.
      const n = numbers.get(h.concept);
      if (n === undefined) continue;
      name(n);
      const implied = impliedBy[n];
      if (implied) for (let j = 0; j < implied.length; j++) name(implied[j] as number);
    }
    let hasFigure: boolean | undefined;
    const out: number[] = [];
    for (let j = 0; j < named.length; j++) {
      const n = named[j] as number;
      for (let k = keyedFrom[n] as number; k < (keyedFrom[n + 1] as number); k++) {
        const i = keyed[k] as number;
        if (seenAt[i] === stamp) continue;
        seenAt[i] = stamp;
        if (needsFigure[i] === 1) {
          // Digits, or a figure in words ("two thousand", "twenty-five hundred": recognize.ts).
          hasFigure ??= words.tokens.some(
            (t) => t.value !== undefined || t.norm === 'hundred' || t.norm === 'thousand',
          );
          if (!hasFigure) continue;
        }
        if (hasEveryGroup(i)) out.push(i);
      }
    }
    return sortNumbers(out);
  };
}
