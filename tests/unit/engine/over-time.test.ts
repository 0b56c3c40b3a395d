/**
 * "Over time" and "over the years" say how gradually a thing happens, not that it is over
 * (engine/over-time.ts). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ConceptHit } from '../../../engine/find-concepts';
import { withoutOverTime } from '../../../engine/over-time';
import { tokenize } from '../../../engine/tokenize';

/** A hit of an end read from `from` to the sentence's first "over", kept or not. */
const kept = (sentence: string, from: number): boolean => {
  const tokens = tokenize(sentence);
  const to = tokens.findIndex((t) => t.norm === 'over') + 1;
  const hit: ConceptHit = { concept: 'ended', from, to, text: '' };
  return withoutOverTime([hit], tokens).length === 1;
};

describe('an end read up to the "over" of "over time"', () => {
  it('is dropped before "time" and "the years"', () => {
    expect(kept('The ferry service would shrink, giving way over time to a bus line.', 1)).toBe(
      false,
    );
    expect(kept('The service wound down over the years.', 1)).toBe(false);
  });

  it('is kept when the thing is over, or "over" goes on a verb or a stretch of its own', () => {
    expect(kept('The ferry service is over.', 1)).toBe(true);
    expect(kept('The service was over the next day.', 1)).toBe(true);
    expect(kept('The crews handed over the keys.', 2)).toBe(true);
  });
});
