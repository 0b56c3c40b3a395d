/**
 * The benchmark's synthetic knowledge bases must be ones the build would accept, or the cost
 * they show would not be the cost of a real pack that size; and the same seed must give the same
 * pack, or two benchmark runs would not measure the same thing.
 */
import { describe, expect, it } from 'vitest';
import { checkKnowledgeBase } from '../../../data/check';
import { pack } from '../../../data/index';
import { compileStory } from '../../../engine/compile-story';
import { createMatcher } from '../../../engine/index';
import { makeSyntheticPack } from '../../../scripts/bench/synthetic-pack';

const SIZE = 200;

describe('makeSyntheticPack', () => {
  const synthetic = makeSyntheticPack(SIZE, 42);

  it('has the asked number of claims and keeps the real ones', () => {
    expect(synthetic.claims).toHaveLength(SIZE);
    for (const claim of pack.claims) expect(synthetic.claims).toContainEqual(claim);
    expect(synthetic.sources).toEqual(pack.sources);
    expect(synthetic.vocabulary.topic).toEqual(pack.vocabulary.topic);
  });

  it('passes the knowledge-base check (all but the seed-article checks)', () => {
    for (const seed of [1, 42, 2024])
      expect(checkKnowledgeBase(makeSyntheticPack(SIZE, seed))).toEqual([]);
  }, 30_000);

  it('uses every phrasing syntax and every kind of recognizer', () => {
    const phrasings = Object.values(synthetic.vocabulary.concepts).flat();
    for (const syntax of [/\*$/, /\|/, / ~ /, /^=/, /-/, /^[a-z]+ [a-z]+/])
      expect(phrasings.some((p) => syntax.test(p))).toBe(true);
    const rules = synthetic.claims.map((c) => c.recognize);
    expect(rules.some((r) => r.date?.month !== undefined)).toBe(true);
    expect(rules.some((r) => r.dateRole === 'deadline')).toBe(true);
    expect(rules.some((r) => r.numbers)).toBe(true);
    expect(new Set(rules.map((r) => r.require.length))).toEqual(new Set([1, 2, 3, 4]));
    expect(
      synthetic.claims.some(
        (c) => c.position && !pack.questions.some((q) => q.id === c.position?.question),
      ),
    ).toBe(true);
    // A pack that tracks origins names one on every statement.
    if (pack.origins)
      expect(synthetic.claims.every((c) => c.sources.every((st) => st.origin))).toBe(true);
    expect(Object.keys(synthetic.vocabulary.entities).length).toBeGreaterThan(
      Object.keys(pack.vocabulary.entities).length,
    );
  });

  it('is the same pack for the same seed, another for another seed', () => {
    expect(makeSyntheticPack(SIZE, 42)).toEqual(synthetic);
    expect(makeSyntheticPack(SIZE, 43)).not.toEqual(synthetic);
  });

  it('is the real pack when asked for the real number of claims', () => {
    expect(makeSyntheticPack(pack.claims.length, 42)).toEqual(pack);
  });

  it('compiles, survives the JSON round trip and matches a sample text', () => {
    const story = JSON.parse(JSON.stringify(compileStory(synthetic)));
    const matcher = createMatcher(story);
    const text =
      'Iraq and the United States agreed that coalition troops will leave by September 2025. ' +
      'The rest of the forces in Erbil will withdraw by the end of 2026, officials in Baghdad said. ' +
      'Oil revenue and border crossing disputes with the Kurdistan Region continue.';
    const result = matcher.match(text, { published: '2024-09-10' });
    expect(result.sentences).toBe(3);
    expect(result.matches.length).toBeGreaterThan(0);
  }, 30_000);
});
