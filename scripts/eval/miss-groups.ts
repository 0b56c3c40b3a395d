/**
 * Why a missed sentence is missed, in the terms of the claim it states: which of that claim's
 * required concept groups the sentence's own words leave unmet, how many, and whether the
 * article names a missing group elsewhere (the headline, the sentence just before, earlier,
 * later). Read by `npm run miss-groups` over the misses `npm run eval` last listed, to tell a
 * wording gap (one group unmet, named nowhere) from a context gap (named just before) before
 * designing a looser reading.
 */
import type { ConceptId } from '../../engine/types';

/** Where else in the article a missing group is named, nearest first. */
export type NamedElsewhere = 'headline' | 'sentence before' | 'earlier' | 'later' | 'nowhere';

/** One missed sentence read against the claim it states that it comes closest to. */
export type MissReading = {
  claim: string;
  /** The claim's required groups the sentence's own words leave unmet, as lists of concepts. */
  missing: ConceptId[][];
  /** For a sentence one group short: where the article names that group; else undefined. */
  elsewhere?: NamedElsewhere;
};

/** The required groups none of whose concepts the sentence names. */
export function unmetGroups(
  require: readonly (readonly ConceptId[])[],
  named: ReadonlySet<ConceptId>,
): ConceptId[][] {
  return require.filter((group) => !group.some((c) => named.has(c))).map((group) => [...group]);
}

/**
 * Where the article names one of the group's concepts, looking at the headline (sentence 0),
 * the sentence just before, the sentences before that, then those after, in that order.
 */
export function namedElsewhere(
  group: readonly ConceptId[],
  article: readonly ReadonlySet<ConceptId>[],
  at: number,
): NamedElsewhere {
  const names = (k: number) => k !== at && group.some((c) => article[k]?.has(c));
  if (at > 0 && names(0)) return 'headline';
  if (at > 1 && names(at - 1)) return 'sentence before';
  for (let k = 1; k < at - 1; k++) if (names(k)) return 'earlier';
  for (let k = at + 1; k < article.length; k++) if (names(k)) return 'later';
  return 'nowhere';
}

/**
 * The sentence read against each claim it states: the one it is fewest groups short of, with
 * where the article names the missing group when that is one.
 */
export function readMiss(
  claims: readonly { id: string; require: readonly (readonly ConceptId[])[] }[],
  article: readonly ReadonlySet<ConceptId>[],
  at: number,
): MissReading | undefined {
  let best: MissReading | undefined;
  for (const claim of claims) {
    const missing = unmetGroups(claim.require, article[at] ?? new Set());
    if (!best || missing.length < best.missing.length) best = { claim: claim.id, missing };
  }
  if (best?.missing.length === 1)
    best.elsewhere = namedElsewhere(best.missing[0] as ConceptId[], article, at);
  return best;
}
