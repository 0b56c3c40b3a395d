import { describe, expect, it } from 'vitest';
import { knownSince, publishedBefore } from '../../../engine/known-since';

const month = (year: number, m: number) => year * 12 + m;

describe('knownSince', () => {
  it('is the month an event happened, or a plan was announced', () => {
    expect(knownSince({ kind: 'event', happened: '2026-01-17' })).toBe(month(2026, 1));
    expect(knownSince({ kind: 'plan', announced: '2025-11' })).toBe(month(2025, 11));
  });

  it('is 0 when the claim gives no date, and a plan is not dated by when it falls due', () => {
    expect(knownSince({ kind: 'event' })).toBe(0);
    expect(knownSince({})).toBe(0);
    expect(knownSince({ kind: 'plan' })).toBe(0);
  });
});

describe('publishedBefore', () => {
  const since = month(2025, 12);
  it('holds for a page of an earlier month, not for one of the same month or later', () => {
    expect(publishedBefore(since, { year: 2025, month: 11 })).toBe(true);
    expect(publishedBefore(since, { year: 2024, month: 12 })).toBe(true);
    expect(publishedBefore(since, { year: 2025, month: 12 })).toBe(false);
    expect(publishedBefore(since, { year: 2026, month: 1 })).toBe(false);
  });

  it('never holds without a date on either side', () => {
    expect(publishedBefore(0, { year: 2020, month: 1 })).toBe(false);
    expect(publishedBefore(since, null)).toBe(false);
  });
});
