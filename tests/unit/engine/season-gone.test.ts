/**
 * "This fall" told in the past on a page early in the year is the autumn just gone
 * (engine/season-gone.ts): a past verb right after or right before the season, on a page whose
 * month comes before the season's first.
 */
import { describe, expect, it } from 'vitest';
import { seasonGone } from '../../../engine/season-gone';
import { tokenize } from '../../../engine/tokenize';

/** Whether the first "this" of the sentence, before a season starting in `from`, is the last one. */
const gone = (sentence: string, from: number, pageMonth: number) => {
  const tokens = tokenize(sentence);
  const at = tokens.findIndex((t) => t.norm === 'this');
  return seasonGone(tokens, sentence, at, from, pageMonth);
};

describe('a season just gone', () => {
  it('reads "this fall" with a past verb on a January page as the autumn before', () => {
    expect(gone('Some reports this fall said the ferries would stop.', 9, 1)).toBe(true);
    expect(gone('The closure was announced this autumn by the board.', 9, 2)).toBe(true);
  });

  it('keeps the season ahead when the clause is not past, or the page is in or after it', () => {
    expect(gone('The ferries stop this fall, the board says.', 9, 1)).toBe(false);
    expect(gone('The closure will be announced this autumn.', 9, 1)).toBe(false);
    expect(gone('Some reports this fall said the ferries would stop.', 9, 10)).toBe(false);
    expect(gone('In a report, this fall, the board said more.', 9, 1)).toBe(false);
  });
});
