/**
 * "whether X, as officials expect": the thing asked is expected, for a claim that is itself an
 * expectation (engine/recognize.ts, expectedAs).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './story-sentence';

describe('"whether X, as officials expect": the thing asked is expected', () => {
  it('reads the expectation for a claim that is one', () => {
    expect(
      claimsOf(
        'The question now is whether the withdrawal deal is announced this month, as US officials expect.',
        '2024-09-03',
      ),
    ).toContain('announcement-expected-this-month');
  });

  it('reads no event from it, and a plain "whether" stays asked', () => {
    expect(
      claimsOf(
        'Diplomats are watching whether Washington announces the troop agreement in September, as several of them predict.',
        '2024-09-03',
      ),
    ).toEqual([]);
    expect(
      claimsOf('Whether the pull-out deal is announced this month remains unclear.', '2024-09-03'),
    ).toEqual([]);
  });
});
