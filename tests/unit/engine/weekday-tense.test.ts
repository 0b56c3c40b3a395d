/**
 * A weekday after "on" is a day of the page's week where its clause's tense is clear
 * (engine/weekday-tense.ts, read by resolve-dates.ts): the last such day on or before the page's
 * for a verb in the past, the next for "will"; unread otherwise.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';
import { tense } from './weekday-tense-of';

const dates = (text: string, published: string) =>
  resolveDates(tokenize(text), text, parsePublished(published)).map(formatDate);

describe('weekdayTense', () => {
  it('reads the past from a verb just before "on", across its object', () => {
    expect(
      tense('The harbour office announced on Tuesday that the pier had closed.', 'tuesday'),
    ).toBe('past');
    expect(tense('The mayor praised the step on Monday.', 'monday')).toBe('past');
    expect(tense('The last crews left on Wednesday.', 'wednesday')).toBe('past');
    // A phrasal verb whose object and place stand before the day: "wound up its work in the port".
    expect(tense('The ferry company wound up its work in Portsea on Monday.', 'monday')).toBe(
      'past',
    );
  });

  it('reads the future from "will" before it', () => {
    expect(tense('The last crews will leave the pier on Friday.', 'friday')).toBe('future');
  });

  it('leaves a day whose clause tells no tense, or one set off by a mark, unread', () => {
    expect(tense('The vote is due on Friday.', 'friday')).toBeUndefined();
    expect(tense('The crews have moved on Friday.', 'friday')).toBeUndefined();
    expect(tense('The pier closed, and on Friday the crews went home.', 'friday')).toBeUndefined();
    expect(tense('Tuesday was quiet at the pier.', 'tuesday')).toBeUndefined();
  });
});

describe('a weekday as a date of the page’s week', () => {
  // Friday 2 October 2026: the Wednesday before is 30 September, the next one 7 October.
  it('dates a past weekday to the last such day on or before the page’s day', () => {
    expect(dates('The last crews left the pier on Wednesday.', '2026-10-02')).toEqual([
      'September 2026',
    ]);
  });

  it('dates a weekday ahead to the next such day', () => {
    expect(dates('The last crews will leave the pier on Wednesday.', '2026-10-02')).toEqual([
      'October 2026',
    ]);
  });

  it('reads nothing without a clear tense, a page day, or after a date already named', () => {
    expect(dates('The vote is due on Wednesday.', '2026-10-02')).toEqual([]);
    expect(dates('The last crews left the pier on Wednesday.', '2026-10')).toEqual([]);
    expect(dates('The crews left in May, the council said on Wednesday.', '2026-10-02')).toEqual([
      'May 2026',
    ]);
  });
});
