/**
 * A closing "before" clause telling a schedule in force ("before the service is due to end in
 * May") states that schedule, as an opening "With …" clause does; told as it stood ("was due
 * to"), it stays the measure the clause is taken against (find-frames.ts). Session 44, fit29.
 */
import { describe, expect, it } from 'vitest';
import { framed } from './sentence-words';

describe('a closing "before" clause with a schedule in force', () => {
  it('is stated, not taken for granted', () => {
    expect(
      framed('The crews rotate home in spring, before the ferry service is due to end in May.'),
    ).toEqual([]);
    expect(
      framed('Most boats leave in March, before the pier is set to close next summer.'),
    ).toEqual([]);
    expect(
      framed('The last crane goes in June, before the works are scheduled to finish.'),
    ).toEqual([]);
  });
  it('told as it stood, it is still the measure, taken for granted', () => {
    expect(
      framed('The crews rotated home in spring, before the ferry service was due to end.'),
    ).not.toEqual([]);
  });
});
