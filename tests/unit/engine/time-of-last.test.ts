/** "The last" before a noun of time is a time, not the rest of a group (engine/time-of-last.ts). */
import { describe, expect, it } from 'vitest';
import { lastOfTime } from '../../../engine/time-of-last';
import { tokenize } from '../../../engine/tokenize';

/** Whether a phrase read up to the first "last"/"final" (inclusive) ends on a time's adjective. */
const at = (text: string) => {
  const tokens = tokenize(text);
  const k = tokens.findIndex((t) => t.norm === 'last' || t.norm === 'final');
  return lastOfTime(tokens, k + 1);
};

describe('lastOfTime', () => {
  it('is "the last" or "its final" before a noun of time', () => {
    expect(at('The ferry service ended on the last day of March.')).toBe(true);
    expect(at('The crews were to leave in the last days of May.')).toBe(true);
    expect(at('In its final weeks the board met twice.')).toBe(true);
    expect(at('The depot kept the barges supplied in its final year.')).toBe(true);
  });

  it('is not the last of a group, nor the deictic date', () => {
    expect(at('The last crews left the pier in May.')).toBe(false);
    expect(at('Its final convoy sailed on Tuesday.')).toBe(false);
    expect(at('The last of the barges left at dawn.')).toBe(false);
    expect(at('Last year the pier handled four ferries.')).toBe(false);
  });
});
