/**
 * engine/pointed-month.ts: a month named by pointing back ("that September", "the following
 * January") is of the year a sentence before told, not the page's: resolve-dates.ts leaves it
 * unread, carry-context.ts `carriedDate` reads it with the date told before.
 */
import { describe, expect, it } from 'vitest';
import { carriedDate } from '../../../engine/carry-context';
import { monthPointedBack, monthPointedIn, pointedTimeEnd } from '../../../engine/pointed-month';
import { resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';
import { words } from './sentence-words';

const PAGE = { year: 2026, month: 3 };

describe('monthPointedBack', () => {
  it('"that", "that same" or "the following" before a month with its capital', () => {
    expect(monthPointedBack(tokenize('That September, the pier closed.'), 1)).toEqual({
      from: 0,
      at: 1,
      month: 9,
      following: false,
    });
    expect(monthPointedBack(tokenize('In that same May the crews left.'), 3)?.from).toBe(1);
    expect(monthPointedBack(tokenize('The following January, it reopened.'), 2)?.following).toBe(
      true,
    );
  });

  it('not a bare month, "next January", or a lower-case "may"', () => {
    expect(monthPointedBack(tokenize('In September the pier closed.'), 1)).toBeUndefined();
    expect(monthPointedBack(tokenize('It reopens next January.'), 3)).toBeUndefined();
    expect(monthPointedBack(tokenize('He said that may happen.'), 3)).toBeUndefined();
    // A conjunction's "that": the month is the subject of what was said.
    expect(
      monthPointedBack(tokenize('Officials said that September remains the month.'), 3),
    ).toBeUndefined();
    expect(monthPointedIn(tokenize('In September the pier closed.'))).toBe(false);
    expect(monthPointedIn(tokenize('Later that January the crews left.'))).toBe(true);
  });
});

describe('the month read with the date told before', () => {
  it('is not the page’s month in its own sentence', () => {
    expect(
      resolveDates(
        tokenize('That September, the pier closed.'),
        'That September, the pier closed.',
        PAGE,
      ),
    ).toEqual([]);
  });

  it('takes the year told before, or the next one after it for "the following"', () => {
    const before = words('The ferries stopped in June 2014.');
    const that = carriedDate(words('That September, the pier closed.'), [before], PAGE);
    expect([that?.year, that?.month]).toEqual([2014, 9]);
    const autumn = words('The first stage ended in September 2025.');
    const next = carriedDate(words('The following January, the pier reopened.'), [autumn], PAGE);
    expect([next?.year, next?.month]).toEqual([2026, 1]);
    const later = carriedDate(words('The following October, the pier reopened.'), [autumn], PAGE);
    expect([later?.year, later?.month]).toEqual([2025, 10]);
  });
});

describe('pointedTimeEnd: a near time counted from a time pointed back at', () => {
  const dates = (s: string) => resolveDates(tokenize(s), s, PAGE);

  it('finds "that month", "that same year", "at the time" and a pointed month', () => {
    expect(
      pointedTimeEnd(tokenize('At the start of that month, the crews expected it soon.')),
    ).toBe(6);
    expect(pointedTimeEnd(tokenize('In that same year the pier closed.'))).toBe(4);
    expect(pointedTimeEnd(tokenize('At the time, the board said so.'))).toBe(3);
    expect(pointedTimeEnd(tokenize('That September the pier closed.'))).toBe(2);
  });

  it('is no conjunction nor a time not pointed back at', () => {
    expect(pointedTimeEnd(tokenize('The board said that month-long talks would start soon.'))).toBe(
      -1,
    );
    expect(pointedTimeEnd(tokenize('The crews expect to leave within days.'))).toBe(-1);
  });

  it('leaves "within days" and "soon" after it to the time told before, not the page', () => {
    expect(dates('At the start of that month, the board expected the vote within days.')).toEqual(
      [],
    );
    expect(dates('At the time, officials said the ferries would stop soon.')).toEqual([]);
    expect(dates('The board expects the vote within days.')).toHaveLength(1);
  });
});
