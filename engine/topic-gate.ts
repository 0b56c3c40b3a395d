/**
 * Keeps the engine to its story. An article about another withdrawal (Afghanistan 2021,
 * Iraq 2008/2011, Syria) shares words with ours; it is recognised by its publication year,
 * by how rarely it names Iraq, and sentence by sentence by other wars and out-of-story years.
 */
import { STORY_YEARS } from './lexicon';
import type { YearMonth } from './resolve-dates';
import type { SentenceFacts } from './sentence-facts';
import type { Claim } from './types';

const IRAQ_CONCEPTS = new Set(['iraq', 'baghdad', 'erbil', 'kurdistan', 'ain-al-asad', 'sudani']);

/** Why the whole article is off-topic, or undefined when it is about this story. */
export function articleOffTopic(
  all: SentenceFacts[],
  published: YearMonth | null,
): string | undefined {
  if (published && published.year < STORY_YEARS.from)
    return `published ${published.year}, before this story began (${STORY_YEARS.from})`;
  const iraq = all.reduce(
    (n, f) => n + f.hits.filter((h) => IRAQ_CONCEPTS.has(h.concept)).length,
    0,
  );
  const elsewhere = all.filter((f) => f.otherTheatre).length;
  // A long article that names Iraq once at most is about something else; a snippet needs one mention.
  if (iraq === 0 || (all.length >= 5 && iraq < 2))
    return `names Iraq ${iraq} time${iraq === 1 ? '' : 's'}: not about Iraq`;
  if (elsewhere > iraq) return 'mostly about another war';
  return undefined;
}

/** Why this sentence does not assert anything about the story, or undefined. */
export function sentenceOffTopic(facts: SentenceFacts): string | undefined {
  // A question ("Will the last troops leave by 2026?") asks; it does not assert.
  if (/\?["'”’)]*$/.test(facts.text.trim())) return 'a question, not a statement';
  if (facts.otherTheatre && !facts.hits.some((h) => IRAQ_CONCEPTS.has(h.concept)))
    return `about ${facts.otherTheatre}`;
  const outside = facts.dates.find((d) => d.year < STORY_YEARS.from || d.year > STORY_YEARS.to);
  if (outside) return `dated ${outside.year}, outside this story`;
  return undefined;
}

/**
 * Syria is part of this story (the coalition fights ISIS there too) but it has its own drawdown:
 * a sentence about Syria that never names Iraq only asserts claims that are about Syria.
 */
export function aboutSyriaOnly(facts: SentenceFacts): boolean {
  const concepts = new Set(facts.hits.map((h) => h.concept));
  return concepts.has('syria') && ![...IRAQ_CONCEPTS].some((c) => concepts.has(c));
}

export function isSyriaClaim(claim: Claim): boolean {
  return claim.recognize.require.some((group) => group.includes('syria'));
}
