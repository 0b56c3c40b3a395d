/**
 * "Within days" after a verb in the past counts from the event told (engine/span-after-past.ts):
 * no date near the page's day, and nothing still to come.
 */
import { describe, expect, it } from 'vitest';
import { parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { spanAfterPast } from '../../../engine/span-after-past';
import { tokenize } from '../../../engine/tokenize';

const afterPast = (text: string): boolean => {
  const tokens = tokenize(text);
  return spanAfterPast(
    tokens,
    text,
    tokens.findIndex((t) => t.norm === 'within'),
  );
};

const dates = (text: string) =>
  resolveDates(tokenize(text), text, parsePublished('2026-03-10')).map((d) => d.text);

describe('"within days" after a verb in the past', () => {
  it('counts from the event told', () => {
    for (const s of [
      'The council answered the strike within days by closing the pier.',
      'She said the board had replied to the letter within days.',
      'The harbour was emptied within weeks.',
      'The pier had been cleared within hours, a skipper recalled.',
      'The ferries stopped within days of the storm.',
    ])
      expect(afterPast(s), s).toBe(true);
  });

  it('still looks ahead with a modal, a plan or a report of one (near misses)', () => {
    for (const s of [
      'The crews will leave the pier within days.',
      'In May they said the pier would be handed over within days.',
      'The board promised an answer within weeks.',
      'The crews are expected to go within days.',
      'Officials said the crews leave within days.',
      'The crews leave within days.',
      'The ferry stopped running in May, and repairs start within weeks.',
    ])
      expect(afterPast(s), s).toBe(false);
  });

  it('gives no date near the page when past, and one when ahead', () => {
    expect(dates('The council answered the strike within days by closing the pier.')).toEqual([]);
    expect(dates('The crews will leave the pier within days.')).toEqual(['within days']);
  });
});
