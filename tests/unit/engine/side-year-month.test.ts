/**
 * A side of a disputed date that names only a year gets the answer's bonus for a sentence stating
 * that year, not for one stating a month of it (engine/recognize.ts): the month is the date of a
 * claim that names it, which the year side only contains. Made-up claims on the bridge story.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../engine/recognize';
import type { Claim } from '../../../engine/types';
import { facts, story } from './bridge-story';

const march = story.kb.claims.find((c) => c.id === 'reopens-march-2025') as Claim;
/** A made-up side of the reopening question: the bridge reopens some time in 2025. */
const inTheYear: Claim = {
  ...march,
  id: 'reopens-in-2025',
  recognize: { ...march.recognize, date: { year: 2025 } },
};
const score = (claim: Claim, text: string) => {
  const result = recognize(claim, facts(text, '2024-11-04'));
  return result.ok ? result.score : undefined;
};

describe('a year side of a disputed date', () => {
  it('settles the question for a sentence stating the year', () => {
    // Two groups, the year (1) and the answer's bonus (2).
    expect(score(inTheYear, 'The Orsa Bridge will reopen in 2025.')).toBe(5);
  });

  it('does not outscore the month side on a sentence stating the month', () => {
    const text = 'The Orsa Bridge will reopen in March 2025.';
    expect(score(inTheYear, text)).toBe(3);
    // Two groups, the month (2) and the answer's bonus (2).
    expect(score(march, text)).toBe(6);
  });
});
