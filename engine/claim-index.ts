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
  const byConcept = new Map(Object.entries(story.claimsByConcept));
  const groups = story.kb.claims.map((c) => c.recognize.require.map((g) => new Set(g)));
  const needsFigure = story.kb.claims.map((c) => (c.recognize.numbers?.length ?? 0) > 0);
  // A negated concept may imply another ("not … leave" ⇒ remain), so its presence stands in for it.
  const impliedBy = new Map<ConceptId, ConceptId[]>();
  for (const { negated, implies } of story.inferences)
    impliedBy.set(negated, [...(impliedBy.get(negated) ?? []), implies]);

  return (words) => {
    if (words.hits.length === 0) return [];
    const named = new Set<ConceptId>();
    for (const h of words.hits) {
      named.add(h.concept);
      for (const implied of impliedBy.get(h.concept) ?? []) named.add(implied);
    }
    const found = new Set<number>();
    for (const concept of named) for (const i of byConcept.get(concept) ?? []) found.add(i);
    if (found.size === 0) return [];
    const hasFigure = words.tokens.some((t) => t.value !== undefined);
    const out: number[] = [];
    for (const i of found) {
      if (needsFigure[i] && !hasFigure) continue;
      const every = (groups[i] as Set<ConceptId>[]).every((g) => {
        for (const c of g) if (named.has(c)) return true;
        return false;
      });
      if (every) out.push(i);
    }
    return out.sort((a, b) => a - b);
  };
}
