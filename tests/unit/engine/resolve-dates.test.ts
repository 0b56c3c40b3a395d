import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatDate,
  future,
  parsePublished,
  resolveDates,
  weekdayMonth,
} from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';

const dates = (text: string, published: string | null) =>
  resolveDates(tokenize(text), text, parsePublished(published)).map((d) => ({
    date: formatDate(d),
    role: d.role,
  }));

describe('weekdayMonth', () => {
  it('is the month of the last such weekday on or before the page’s day, or the next one ahead', () => {
    // Friday 2 October 2026: the Wednesday before is 30 September, the next one 7 October.
    const page = parsePublished('2026-10-02');
    expect(page).toEqual({ year: 2026, month: 10, day: 2 });
    if (!page) return;
    expect(weekdayMonth(page, 3, false)).toEqual({ year: 2026, month: 9 });
    expect(weekdayMonth(page, 3, true)).toEqual({ year: 2026, month: 10 });
    expect(weekdayMonth(page, 5, false)).toEqual({ year: 2026, month: 10 });
    // A page of a month only: its month.
    expect(weekdayMonth({ year: 2026, month: 10 }, 3, false)).toEqual({ year: 2026, month: 10 });
  });
});

describe('resolveDates', () => {
  it('reads a date named "as the date" or "as the deadline" for something as a deadline', () => {
    expect(
      dates('Reports gave the end of 2025 as the date for all ferries to leave.', '2026-03-20'),
    ).toEqual([{ date: 'end of 2025', role: 'deadline' }]);
    expect(dates('The council named May 2026 as its target for the pier.', '2026-01-10')).toEqual([
      { date: 'May 2026', role: 'deadline' },
    ]);
    // Named as something else, it stays a point.
    expect(dates('The council gave May 2026 as the reason for the delay.', '2026-06-10')).toEqual([
      { date: 'May 2026', role: 'point' },
    ]);
  });

  it('reads a span counted from the page: a deadline within it, a point at its end', () => {
    expect(dates('The pier is to close within three months.', '2025-11-04')).toEqual([
      { date: 'February 2026', role: 'deadline' },
    ]);
    expect(
      dates('In less than four weeks the ferries are supposed to stop.', '2025-09-05'),
    ).toEqual([{ date: 'September 2025', role: 'deadline' }]);
    expect(dates('Three months to go: the pier’s final season', '2026-06-15')).toEqual([
      { date: 'September 2026', role: 'point' },
    ]);
    expect(dates('The crews leave in six months.', '2026-01-10')).toEqual([
      { date: 'July 2026', role: 'point' },
    ]);
  });

  it('reads no span in a count that is no time ahead', () => {
    expect(dates('The crews spent six months on the pier.', '2026-01-10')).toEqual([]);
    // "a week" is read as "within days" is, or not at all: never a month ahead.
    expect(dates('Within a week the pier was empty.', '2026-01-10')).toEqual([]);
  });

  it('reads a year that began as its first months ("as this year began")', () => {
    expect(dates('It had finished its work as this year began.', '2026-10-14')).toEqual([
      { date: 'early 2026', role: 'point' },
    ]);
    expect(dates('when last year opened', '2026-10-14')).toEqual([
      { date: 'early 2025', role: 'point' },
    ]);
    // "this year" alone is the whole year.
    expect(dates('It ended its work this year.', '2026-10-14')).toEqual([
      { date: '2026', role: 'point' },
    ]);
  });

  it('reads absolute deadlines with their precision', () => {
    expect(dates('leave by the end of 2026', null)).toEqual([
      { date: 'end of 2026', role: 'deadline' },
    ]);
    expect(dates('hundreds go by September 2025', null)).toEqual([
      { date: 'September 2025', role: 'deadline' },
    ]);
    expect(dates('out by the close of 2026', null)).toEqual([
      { date: 'end of 2026', role: 'deadline' },
    ]);
  });

  it("dates a timeline entry's opening month by the past, or the nearest month when it looks ahead", () => {
    // A review of the year published in January: its entries are last year's months.
    expect(dates('March: crews return to the pier', '2026-01-02')[0]?.date).toBe('March 2025');
    expect(
      dates('October – The council says the ferries will stop in spring', '2026-01-02')[0]?.date,
    ).toBe('October 2025');
    // Not a label: a month told in the future is the next one.
    expect(dates('The ferries will stop in October', '2026-01-02')[0]?.date).toBe('October 2026');
  });

  it('reads "said in late December" as when it was said, a past month', () => {
    expect(
      dates('Officials had said in late December that the pier would reopen', '2026-01-10')[0]
        ?.date,
    ).toBe('December 2025');
    expect(
      dates('In early May, the council said the ferries would stop', '2026-06-10')[0]?.date,
    ).toBe('May 2026');
  });

  it('reads a month "set as the end" as a deadline ahead', () => {
    expect(
      dates('The lease already set September as the end of the ferry service', '2026-02-03')[0],
    ).toEqual({ date: 'September 2026', role: 'deadline' });
  });

  it('reads a year of this century written in words after a word that dates it, not a count', () => {
    expect(
      dates('The ferry line was founded in the spring of two thousand and nine.', null),
    ).toEqual([{ date: '2009', role: 'point' }]);
    expect(dates('Riverton has run the pier since two thousand twenty-one.', null)).toEqual([
      { date: '2021', role: 'since' },
    ]);
    expect(dates('The council cut the fleet by two thousand and twelve tonnes.', null)).toEqual([]);
    expect(dates('Some two thousand and forty crews stayed.', null)).toEqual([]);
  });

  it('reads a year said as two numbers ("twenty twenty-six"), not a count ("twenty five")', () => {
    expect(dates('The pier is to close by the end of twenty twenty-six.', null)).toEqual([
      { date: 'end of 2026', role: 'deadline' },
    ]);
    expect(dates('The ferry line was founded in twenty fourteen.', null)).toEqual([
      { date: '2014', role: 'point' },
    ]);
    expect(dates('The council sent in twenty five crews.', null)).toEqual([]);
  });

  it('reads a year said as two numbers right after a month, not a day said so', () => {
    expect(dates('The ferry service is over in September twenty twenty-six.', null)).toEqual([
      { date: 'September 2026', role: 'point' },
    ]);
    expect(dates('The pier closed in May of twenty nineteen.', null)).toEqual([
      { date: 'May 2019', role: 'point' },
    ]);
    expect(dates('The pier closed on May twenty, twelve crews said.', null)).not.toContainEqual({
      date: 'May 2012',
      role: 'point',
    });
  });

  it('turns "before 2026" into the end of 2025', () => {
    expect(dates('forces to leave before 2026', null)).toEqual([
      { date: 'end of 2025', role: 'deadline' },
    ]);
  });

  it('resolves "the end of next year" against the publication date', () => {
    expect(dates('all troops out by the end of next year', '2024-09-08')).toEqual([
      { date: 'end of 2025', role: 'deadline' },
    ]);
  });

  it('resolves "September next year" and "next September"', () => {
    expect(dates('completion set for September next year', '2025-08-17')).toEqual([
      { date: 'September 2026', role: 'deadline' },
    ]);
    expect(dates('they would go by next September', '2024-09')).toEqual([
      { date: 'September 2025', role: 'deadline' },
    ]);
  });

  it('resolves "the following year" after an earlier date in the sentence', () => {
    expect(
      dates(
        'troops leave by next September, then Erbil by the end of the following year',
        '2024-09',
      ),
    ).toEqual([
      { date: 'September 2025', role: 'deadline' },
      { date: 'end of 2026', role: 'deadline' },
    ]);
  });

  it('points a bare month forward for deadlines and backward for events', () => {
    expect(dates('bases emptied by the end of September', '2025-08-17')).toEqual([
      { date: 'end of September 2025', role: 'deadline' },
    ]);
    expect(dates('talks began in January', '2024-09')).toEqual([
      { date: 'January 2024', role: 'point' },
    ]);
    expect(dates('talks began in November', '2024-09')).toEqual([
      { date: 'November 2023', role: 'point' },
    ]);
  });

  it('reads the day after a month as part of the date, not a number of its own', () => {
    const text = 'The ferry board met on Friday, Sept. 27, and again on October 3.';
    const found = resolveDates(tokenize(text), text, parsePublished('2024-10-10'));
    expect(found.map((d) => d.text)).toEqual(['Sept. 27', 'October 3']);
    // A number too big for a day stays the sentence's own: "in May 2,500 riders".
    const riders = 'In May 2,500 riders crossed.';
    expect(resolveDates(tokenize(riders), riders, parsePublished('2024-10-10'))[0]?.text).toBe(
      'May',
    );
  });

  it('reads "ahead of the September deadline" as a deadline still to come', () => {
    expect(dates('crews leave the pier ahead of the September deadline', '2025-08-20')).toEqual([
      { date: 'September 2025', role: 'deadline' },
    ]);
    expect(dates('crews leave ahead of a September deadline', '2025-10-20')).toEqual([
      { date: 'September 2026', role: 'deadline' },
    ]);
  });

  it('reads a month before "end date", "finish line" or "target" as a deadline still to come', () => {
    // Written in June: the pier's September end date is the coming September, not the last one.
    expect(dates('The pier project has a September end date.', '2026-06-15')).toEqual([
      { date: 'September 2026', role: 'point' },
    ]);
    expect(dates('the crews work to a March finish line', '2026-06-15')).toEqual([
      { date: 'March 2027', role: 'point' },
    ]);
    expect(dates('the council keeps its May target for the crossing', '2026-06-15')).toEqual([
      { date: 'May 2027', role: 'point' },
    ]);
    // A month that reports an event still looks back.
    expect(dates('The pier project ended in September.', '2026-06-15')).toEqual([
      { date: 'September 2025', role: 'point' },
    ]);
  });

  it('reads a deadline retold in the past ("had a September deadline") as the one nearest the page', () => {
    // Written in August: the first phase's September deadline is weeks away, not eleven months gone.
    expect(
      dates('Under the plan, the first phase had a September finish line.', '2025-08-24'),
    ).toEqual([{ date: 'September 2025', role: 'point' }]);
    // Written the next spring, the same words tell of the September just gone.
    expect(
      dates('Under the plan, the first phase had a September deadline.', '2026-03-10'),
    ).toEqual([{ date: 'September 2025', role: 'point' }]);
    // A bare month of a retold plan without a deadline's noun still looks back.
    expect(dates('The plan had called for the crews to leave by September.', '2025-08-24')).toEqual(
      [{ date: 'September 2024', role: 'deadline' }],
    );
  });

  it('reads a timetable told in the plural present as ahead ("the last ferries sail in May")', () => {
    expect(dates('the last ferries sail in May', '2025-03-10')).toEqual([
      { date: 'May 2025', role: 'point' },
    ]);
    // Not after "to": "agreed to sail in May" is left to the other cues.
    expect(future(tokenize('the crews agreed to sail in May'))).toBe(false);
    expect(future(tokenize('the last ferries sail in May'))).toBe(true);
  });

  it('reads "of that year" after a month as the year the sentence named last', () => {
    expect(
      dates('the pier reopens in May 2027, or by August of that year at the latest', '2026-01-10'),
    ).toEqual([
      { date: 'May 2027', role: 'point' },
      { date: 'August 2027', role: 'deadline' },
    ]);
    expect(
      dates('the ferry left in 2019 and came back in June of the same year', '2026-01-10'),
    ).toEqual([
      { date: '2019', role: 'point' },
      { date: 'June 2019', role: 'point' },
    ]);
  });

  it('reads a bare month set off by a comma just after a named year as a month of that year', () => {
    // Read against the page (October 2024), "by September" was the next one, September 2025.
    expect(
      dates(
        'the last crews will be gone at some point in 2026, by September or, at the latest, the end of that year',
        '2024-10-15',
      ),
    ).toEqual([
      { date: '2026', role: 'point' },
      { date: 'September 2026', role: 'deadline' },
    ]);
    expect(
      dates('In 2024, in May, the two councils agreed to close the pier.', '2026-10-15'),
    ).toEqual([
      { date: '2024', role: 'point' },
      { date: 'May 2024', role: 'point' },
    ]);
    // Farther from the year, the month is the page's to resolve.
    expect(
      dates('The deal signed in 2024 says the crews leave by September.', '2024-10-15'),
    ).toEqual([
      { date: '2024', role: 'point' },
      { date: 'September 2025', role: 'deadline' },
    ]);
  });

  it('reads "last" and the month just before the page\'s as the one a year before', () => {
    // The month just gone is "last month" or "in August": "last August" is the year before's.
    expect(dates('Last August, the first crews left the pier.', '2026-09-29')).toEqual([
      { date: 'August 2025', role: 'point' },
    ]);
    // A month further back is this year's.
    expect(dates('Last May, the first crews left the pier.', '2026-09-29')).toEqual([
      { date: 'May 2026', role: 'point' },
    ]);
    expect(dates('Last December, the first crews left the pier.', '2026-01-15')).toEqual([
      { date: 'December 2025', role: 'point' },
    ]);
  });

  it('reads "Christmas" before a year as the end of that year', () => {
    expect(
      dates('the minister promised to bring every crew home by Christmas 2025', '2024-10-24'),
    ).toEqual([{ date: 'end of 2025', role: 'deadline' }]);
    expect(dates('The ferries stopped at Christmas 2019.', '2024-10-24')).toEqual([
      { date: 'end of 2019', role: 'point' },
    ]);
  });

  it('dates the saying by a day after a verb of saying ("announced on September 27 that …")', () => {
    // Written in October 2024: the announcement was the September before, whatever it told ahead.
    expect(
      dates(
        'The two boards announced on September 27 that the ferries would stop in two stages.',
        '2024-10-24',
      ),
    ).toEqual([{ date: 'September 2024', role: 'point' }]);
    // A day told of the plan, not of the saying, still looks ahead.
    expect(dates('The ferries will stop on December 3, the ministry said.', '2025-01-10')).toEqual([
      { date: 'December 2025', role: 'point' },
    ]);
  });

  it('leaves "of that year" with no year named in the sentence undated, not the page’s year', () => {
    // The year is a sentence before's ("The talks opened in 2019. By May of that year …"):
    // read against the page it was May of the page's year, a date the sentence never told.
    expect(
      dates('by May of that year the crews had agreed a three-stage plan', '2026-11-09'),
    ).toEqual([]);
    expect(dates('the pier closed in August of the same year', '2026-11-09')).toEqual([]);
  });

  it('reads what someone expects as ahead ("the crews expect the pier to reopen in May")', () => {
    // Written in late April: the May expected is the coming one, not last year's.
    expect(dates('the crews expect the pier to reopen in May', '2025-04-28')).toEqual([
      { date: 'May 2025', role: 'point' },
    ]);
    expect(future(tokenize('the harbour master expects the ferry to sail in June'))).toBe(true);
    expect(future(tokenize('the ferry sailed in June, as the crews had hoped'))).toBe(false);
  });

  it('reads a phrasal verb of a timetable in the present as ahead ("wraps up its run in May")', () => {
    expect(dates('the ferry service wraps up its summer run in May', '2026-02-10')).toEqual([
      { date: 'May 2026', role: 'point' },
    ]);
    expect(future(tokenize('the crews wind down their pier work in June'))).toBe(true);
    // Not past, not after "to" or a modal, and not with another particle.
    expect(future(tokenize('the service wrapped up its summer run in May'))).toBe(false);
    expect(future(tokenize('the crews agreed to wind down their work in June'))).toBe(false);
    expect(future(tokenize('the board hands out its awards in May'))).toBe(false);
  });

  it('reads a year that something ends in as its deadline ("two phases ending in 2026")', () => {
    expect(dates('the ferries go in two phases ending in 2026', '2024-10-01')).toEqual([
      { date: '2026', role: 'deadline' },
    ]);
  });

  it('reads a bare month after "gone by", "left by" as the one gone by, not the next', () => {
    // Written in November: the ferries were gone by the September just past.
    const told = (text: string, published: string) => dates(text, published).map((d) => d.date);
    expect(
      told(
        'the service closed, with the last ferries gone by the close of September',
        '2025-11-13',
      ),
    ).toEqual(['end of September 2025']);
    expect(told('the last crews left by May, the board said', '2025-07-01')).toEqual(['May 2025']);
    // "must be gone by": a deadline still ahead; a passive participle may tell a plan.
    expect(told('the last ferries must be gone by September', '2025-11-13')).toEqual([
      'September 2026',
    ]);
    expect(told('piers emptied by May', '2025-07-01')).toEqual(['May 2026']);
  });

  it('reads a bare month after an opening "By" told in the past as the one gone by', () => {
    // Written in June: where things stood by the January just past.
    const told = (text: string) => dates(text, '2026-06-12').map((d) => d.date);
    expect(told('By January the pier belonged entirely to the town.')).toEqual(['January 2026']);
    expect(told('By the end of May the crews departed.')).toEqual(['end of May 2026']);
    expect(told('The council said that by May the crews had departed.')).toEqual(['May 2026']);
    // With a word of the future it is the deadline ahead.
    expect(told('By May the crews will have left the island.')).toEqual(['May 2027']);
    expect(told('By May, the last crews are expected to leave.')).toEqual(['May 2027']);
    // A modal before the participle tells what is due, not what was done.
    expect(told('By May the crews should have moved out.')).toEqual(['May 2027']);
    // Not opening the sentence or a clause, "by" is read as before.
    expect(told('The crews are expected to leave by May.')).toEqual(['May 2027']);
  });

  it('reads a bare month deadline run past as the one nearest the page', () => {
    // Written in October: the September deadline has just passed, whatever the tense.
    expect(dates('crews will stay past the September deadline', '2025-10-20')).toEqual([
      { date: 'September 2025', role: 'point' },
    ]);
    // Written in June: the coming September.
    expect(dates('crews will stay on past the September deadline', '2025-06-20')).toEqual([
      { date: 'September 2025', role: 'point' },
    ]);
    // Told as done, a deadline run past has passed, even when the next one is nearer the page.
    expect(dates('crews stayed well past the September deadline', '2026-04-08')).toEqual([
      { date: 'September 2025', role: 'point' },
    ]);
    expect(dates('crews will stay past the September deadline', '2026-04-08')).toEqual([
      { date: 'September 2026', role: 'point' },
    ]);
  });

  it('reads a bare month deadline told as gone by ("came and went", "has passed") as the one nearest the page', () => {
    // Written in October, with a present tense after: the September just gone, not the next.
    expect(
      dates(
        'The September deadline came and went, and the crews are still on the pier.',
        '2025-10-10',
      ),
    ).toEqual([{ date: 'September 2025', role: 'point' }]);
    expect(
      dates(
        'The September deadline has passed, and the crews are still on the pier.',
        '2025-10-10',
      ),
    ).toEqual([{ date: 'September 2025', role: 'point' }]);
    expect(
      dates('The September cut-off expired, yet the crews are still on the pier.', '2025-10-10'),
    ).toEqual([{ date: 'September 2025', role: 'point' }]);
    // What the deadline "was supposed to" (or "was meant to") bring is told in the past: gone by.
    expect(
      dates(
        'The September deadline was supposed to clear the pier; the crews are still there.',
        '2025-10-10',
      ),
    ).toEqual([{ date: 'September 2025', role: 'point' }]);
    expect(
      dates('The September deadline was meant to end the ferry service.', '2025-10-10'),
    ).toEqual([{ date: 'September 2025', role: 'point' }]);
    // A deadline still to come keeps pointing ahead.
    expect(
      dates(
        'The September deadline passes quietly, and the crews will still be on the pier.',
        '2025-10-10',
      ),
    ).not.toEqual([{ date: 'September 2025', role: 'point' }]);
  });

  it('reads a verb form after a determiner as a noun, not a timetable ("The exit began in May")', () => {
    // Written in November: a past exit in May is this year's.
    expect(
      dates('The exit began in May, when the first crews left the pier.', '2025-11-05'),
    ).toEqual([{ date: 'May 2025', role: 'point' }]);
    // The plural present still tells a timetable ahead.
    expect(dates('the last ferries exit in May', '2025-11-05')).toEqual([
      { date: 'May 2026', role: 'point' },
    ]);
  });

  it('reads a cut-off as a deadline: one run past is the one nearest the page', () => {
    // "cut-off" and "cutoff" name a deadline as "deadline" does.
    expect(dates('a few crews would stay on past the June cut-off', '2025-07-14')).toEqual([
      { date: 'June 2025', role: 'point' },
    ]);
    expect(dates('a few crews would stay on past the June cutoff', '2025-07-14')).toEqual([
      { date: 'June 2025', role: 'point' },
    ]);
    // A cut-off that "came and went" is told as past: the June before the page.
    expect(
      dates('the June cut-off came and went with crews still on the pier', '2025-07-14'),
    ).toEqual([{ date: 'June 2025', role: 'point' }]);
    // Not a cut alone: "the June cut in fares" is no deadline; told ahead, the next June.
    expect(dates('the crews will stay past the June cut in fares', '2025-07-14')).toEqual([
      { date: 'June 2026', role: 'point' },
    ]);
  });

  it('reads a bare month deadline met as the one reached, not the next one', () => {
    // Written in October: "met the September deadline" tells of the September just gone.
    expect(
      dates('the crews met the September deadline for leaving the pier', '2025-10-20'),
    ).toEqual([{ date: 'September 2025', role: 'point' }]);
  });

  it('reads a month the saying that follows it dates as past ("In December, they had said …")', () => {
    expect(
      dates(
        'In December, they had told reporters the crews would be gone within days',
        '2026-01-20',
      ),
    ).toEqual([{ date: 'December 2025', role: 'point' }]);
    expect(dates('In September, the last crews will leave the pier', '2026-01-20')).toEqual([
      { date: 'September 2026', role: 'point' },
    ]);
  });

  it('reads a part of a month after a verb of saying as past ("said in late December that …")', () => {
    const said = dates(
      'The harbour master had said in late December that the pier would reopen within a week',
      '2026-01-20',
    );
    expect(said.map((d) => d.date)).toEqual(['December 2025']);
    // Without the saying, a plan's month still looks ahead.
    expect(
      dates('The pier is to reopen in late December', '2026-01-20').map((d) => d.date),
    ).toEqual(['December 2026']);
  });

  it('reads "the end of the year" as the end of the year the page was written in', () => {
    expect(dates('the last crews should be out by the end of the year', '2026-06-15')).toEqual([
      { date: 'end of 2026', role: 'deadline' },
    ]);
    expect(dates('the year was a hard one for the crews', '2026-06-15')).toEqual([]);
  });

  it('reads "by year\'s end" and "at year-end" as the end of the page\'s year', () => {
    expect(dates("the last crews should be out by year's end", '2026-06-15')).toEqual([
      { date: 'end of 2026', role: 'deadline' },
    ]);
    expect(dates('the ferry sale should close by year-end', '2026-06-15')).toEqual([
      { date: 'end of 2026', role: 'deadline' },
    ]);
    // "the year's close" is its end as well.
    expect(
      dates("the harbour crews have until the year's close to move out", '2026-02-20'),
    ).toEqual([{ date: 'end of 2026', role: 'deadline' }]);
    // A year's end that names no deadline of the page's year: "the year end accounts".
    expect(dates('the year end accounts of the ferry company', '2026-06-15')).toEqual([]);
  });

  it('marks dates after "since" or "after" so they are not read as deadlines', () => {
    expect(dates('a small force stays even after 2026', null)).toEqual([
      { date: '2026', role: 'since' },
    ]);
  });

  it('ignores the verb "may" and leaves relative dates alone without a publication date', () => {
    expect(dates('the troops may leave next year', null)).toEqual([]);
  });

  it('reads "N years ago"', () => {
    expect(dates('the vote four years ago', '2024-01-10')).toEqual([
      { date: '2020', role: 'point' },
    ]);
  });

  it('reads "last summer" after the summer is over as the one just gone, in the page\'s year', () => {
    expect(dates('Last summer the ferries stopped.', '2025-11-14')).toEqual([
      { date: 'summer 2025', role: 'point' },
    ]);
    // Before the season ends, "last" is the year before.
    expect(dates('Last summer the ferries stopped.', '2026-06-10')).toEqual([
      { date: 'summer 2025', role: 'point' },
    ]);
    expect(dates('Last winter the pier froze.', '2026-03-02')).toEqual([
      { date: 'January 2026', role: 'point' },
    ]);
  });

  it('reads "this autumn", "next spring" as the season\'s months, as "by the autumn" is', () => {
    expect(dates('This autumn the last ferries left the pier.', '2026-12-04')).toEqual([
      { date: 'autumn 2026', role: 'point' },
    ]);
    expect(dates('The pier reopens next spring.', '2026-12-04')).toEqual([
      { date: 'spring 2027', role: 'point' },
    ]);
    // "by the end of this summer" is the season's last month.
    expect(dates('The crews leave by the end of this summer.', '2026-03-04')).toEqual([
      { date: 'end of August 2026', role: 'deadline' },
    ]);
  });

  it('reads "a year ago this month" as the page\'s month a year back', () => {
    expect(dates('A year ago this month, the first ferries left Riverton.', '2026-08-20')).toEqual([
      { date: 'August 2025', role: 'point' },
    ]);
  });

  it('counts years in any number word, past ten', () => {
    expect(dates('The pier was built twelve years ago.', '2026-02-22')).toEqual([
      { date: '2014', role: 'point' },
    ]);
    expect(
      dates('Twelve years after it was founded, the ferry board has a new member.', '2026-02-22'),
    ).toEqual([{ date: '2014', role: 'point' }]);
    expect(dates('The pier closes within twelve months.', '2026-02-22')).toEqual([
      { date: 'February 2027', role: 'deadline' },
    ]);
  });

  it('leaves "said it would N years ago" to the saying, not what happened', () => {
    expect(
      dates(
        'The pier closed on Monday, as the council had said it would two years ago.',
        '2026-10-02',
      ),
      // Only the closing's Monday (28 September: weekday-tense.ts), not the saying's years.
    ).toEqual([{ date: 'September 2026', role: 'point' }]);
    // Right after the verb the date is kept, a point in the past as before.
    expect(
      dates('The council said three years ago that the pier would close.', '2026-10-02'),
    ).toEqual([{ date: '2023', role: 'point' }]);
  });

  it('reads "no … after 2026" as a deadline: nothing after it is everything by it', () => {
    expect(dates('No ferry will sail after 2026.', '2024-09-10')).toEqual([
      { date: '2026', role: 'deadline' },
    ]);
    expect(dates('Ferries sailed again after 2026.', '2024-09-10')).toEqual([
      { date: '2026', role: 'since' },
    ]);
  });

  it('reads "N years after …" opening the sentence as that many years before publication', () => {
    expect(
      dates('Ten years after the council formed the committee, it disbands.', '2024-09-10'),
    ).toEqual([{ date: '2014', role: 'point' }]);
    // Elsewhere in the sentence it counts from an event of its own: no date.
    expect(dates('The pier reopened two years after the storm.', '2024-09-10')).toEqual([]);
  });

  it('reads "N months after …" opening the body, after a dateline too, as that many months before the page', () => {
    expect(
      dates(
        'Three months after the crews handed over the pier, the village is quiet.',
        '2026-04-14',
      ),
    ).toEqual([{ date: 'January 2026', role: 'point' }]);
    // Across the turn of the year.
    expect(
      dates('Two months after the ferry service ended, the harbour is still empty.', '2026-01-20'),
    ).toEqual([{ date: 'November 2025', role: 'point' }]);
    // The dateline is where the story was filed; the body opens after its dash.
    const text = 'PORTSEA — A month after the board closed the pier, traders are worried.';
    const tokens = tokenize(text);
    const body = tokens.findIndex((t) => t.raw === 'A');
    expect(resolveDates(tokens, text, parsePublished('2026-06-03'), body).map(formatDate)).toEqual([
      'May 2026',
    ]);
    // Not opening the body: counted from an event of its own, no date.
    expect(dates('The pier reopened three months after the storm.', '2026-04-14')).toEqual([]);
  });
});

describe('daysInMonth', () => {
  it('knows the Gregorian leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('agrees with Date for every month of 1900–2100', () => {
    for (let year = 1900; year <= 2100; year++)
      for (let month = 1; month <= 12; month++)
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
  });
});

describe('a bare month in a plan told in the future', () => {
  it('is the next such month, whatever the preposition', () => {
    expect(dates('the last ferries will sail in May', '2024-09-28')).toEqual([
      { date: 'May 2025', role: 'point' },
    ]);
    expect(dates('the ferry is due to sail on September 15', '2024-09-28')).toEqual([
      { date: 'September 2024', role: 'point' },
    ]);
  });
  it('is the next one in a timetable told in the present ("sails in May")', () => {
    expect(dates('as agreed, the last ferry sails from the pier in May', '2024-09-28')).toEqual([
      { date: 'May 2025', role: 'point' },
    ]);
    expect(dates('the lease ends in March, the council said', '2024-09-28')).toEqual([
      { date: 'March 2025', role: 'point' },
    ]);
  });
  it('is read in the tense of its own ", where …" clause, not the main clause\'s', () => {
    expect(
      dates(
        'Patrols will watch the road to the pier, where the crews took over in May',
        '2024-09-28',
      ),
    ).toEqual([{ date: 'May 2024', role: 'point' }]);
    expect(
      dates(
        'Patrols will watch the road to the pier, where the crews will take over in May',
        '2024-09-28',
      ),
    ).toEqual([{ date: 'May 2025', role: 'point' }]);
  });

  it('is the next one after an opening "In May" and a timetable verb ("comes to an end")', () => {
    expect(
      dates("In May the ferry company's lease at the pier comes to an end", '2024-09-28'),
    ).toEqual([{ date: 'May 2025', role: 'point' }]);
    expect(dates('In May the last ferry sails from the pier', '2024-09-28')).toEqual([
      { date: 'May 2025', role: 'point' },
    ]);
    expect(dates('In May the lease had come to an end', '2024-09-28')).toEqual([
      { date: 'May 2024', role: 'point' },
    ]);
    expect(dates('In May the last ferries sailed from the pier', '2024-09-28')).toEqual([
      { date: 'May 2024', role: 'point' },
    ]);
  });
  it('is the past one in a report of what happened', () => {
    expect(dates('the last ferries sailed in May', '2024-09-28')).toEqual([
      { date: 'May 2024', role: 'point' },
    ]);
  });

  it('reads a year that "ends" or "is out" as its end, not the year before', () => {
    expect(dates('the first ferries are to stop before 2024 ends', '2024-09')).toEqual([
      { date: 'end of 2024', role: 'deadline' },
    ]);
    expect(dates('a few crews would leave before this year is out', '2024-09')).toEqual([
      { date: 'end of 2024', role: 'deadline' },
    ]);
    expect(dates('by the time 2025 is over no ferry will sail', '2024-09')).toEqual([
      { date: 'end of 2025', role: 'deadline' },
    ]);
    expect(dates('before the year is out, two lanes will reopen', '2024-10')).toEqual([
      { date: 'end of 2024', role: 'deadline' },
    ]);
    // "When 2025 is over, …", "once 2026 ends": what holds from then on is due by the year's end.
    expect(dates('when 2025 is over, not one ferry will be left at the pier', '2024-09')).toEqual([
      { date: 'end of 2025', role: 'deadline' },
    ]);
    expect(dates('once 2026 ends the pier closes for good', '2025-03')).toEqual([
      { date: 'end of 2026', role: 'deadline' },
    ]);
    // A year whose end is told in the past is a time gone by, not a deadline.
    expect(dates('when 2025 was over, the crews were still at the pier', '2026-03')).toEqual([
      { date: 'end of 2025', role: 'point' },
    ]);
    expect(dates('when 2025 ended, two crews were still at the pier', '2026-03')).toEqual([
      { date: 'end of 2025', role: 'point' },
    ]);
    // A past promise looking forward ("would") is due by the year's end it names, ended or not.
    expect(
      dates('we were told every crew would be off the pier when 2025 ended', '2026-03'),
    ).toEqual([{ date: 'end of 2025', role: 'deadline' }]);
    expect(dates('the last ferry would sail once 2025 was over', '2026-03')).toEqual([
      { date: 'end of 2025', role: 'deadline' },
    ]);
    // "before 2025 ended" is the year's end, not the year before.
    expect(dates('the crews had left before 2025 ended', '2026-03')).toEqual([
      { date: 'end of 2025', role: 'deadline' },
    ]);
  });

  it('reads "by the time the month is out" as the page\'s month (a point: "by the time" is no "by")', () => {
    expect(
      dates('the last ferries leave the pier by the time the month is out', '2025-09-05'),
    ).toEqual([{ date: 'September 2025', role: 'point' }]);
    expect(
      dates('the pier crews should be gone by the time the month closes', '2025-09-25'),
    ).toEqual([{ date: 'September 2025', role: 'point' }]);
    // "month" with no "the" before it and nothing closing is no date.
    expect(dates('a month of talks lies ahead for the ferry board', '2025-09-05')).toEqual([]);
  });

  it('reads a month\'s possessive as the month, and "September\'s end" as its end', () => {
    expect(dates("the last ferries leave the pier by September's end", '2024-10-01')).toEqual([
      { date: 'end of September 2025', role: 'deadline' },
    ]);
    expect(dates("September's vote on the ferry fares was close", '2024-10-01')).toEqual([
      { date: 'September 2024', role: 'point' },
    ]);
  });

  it('reads "yesterday", "last night" and "this morning" as the page\'s day, by its month', () => {
    // On the first of a month, yesterday was in the month before.
    expect(dates('Last night the ferry board said the first stage was done', '2025-10-01')).toEqual(
      [{ date: 'September 2025', role: 'point' }],
    );
    expect(dates('The last crews left the pier yesterday', '2025-10-14')).toEqual([
      { date: 'October 2025', role: 'point' },
    ]);
    expect(dates('The last crews left the pier this morning', '2025-10-01')).toEqual([
      { date: 'October 2025', role: 'point' },
    ]);
    // After a date the sentence names, it is when something was said, not the event's date.
    expect(dates('The crews left on 17 May, the council said yesterday', '2025-10-14')).toEqual([
      { date: 'May 2025', role: 'point' },
    ]);
  });

  it('reads "the third quarter" as three months of the page\'s year, or of the year named', () => {
    expect(
      dates('by the end of the third quarter the ferry service will have ended', '2026-02-20'),
    ).toEqual([{ date: 'end of September 2026', role: 'deadline' }]);
    expect(dates('the crews leave the pier in the second quarter of 2027', '2026-02-20')).toEqual([
      { date: 'second quarter 2027', role: 'point' },
    ]);
    // A quarter of something else is no date.
    expect(dates('in the first quarter of the century the pier was busy', '2026-02-20')).toEqual(
      [],
    );
    expect(dates('a third of the quarter was lost to storms', '2026-02-20')).toEqual([]);
  });

  it('reads "in the new year" as the January that opens it, and "come September" as the next one', () => {
    // Written in December: the new year is the next one's January, not this year's end.
    expect(dates('in the new year the ferry service ends', '2025-12-10')).toEqual([
      { date: 'January 2026', role: 'point' },
    ]);
    // "before" or "by" the new year is still its eve.
    expect(dates('the crews leave the pier by the new year', '2025-12-10')).toEqual([
      { date: 'end of 2025', role: 'deadline' },
    ]);
    // "come September", "this coming September": ahead of a December page, the next September.
    expect(dates('come September, the ferry service ends', '2025-12-10')).toEqual([
      { date: 'September 2026', role: 'point' },
    ]);
    expect(dates('this coming September the ferry service ends', '2025-12-10')).toEqual([
      { date: 'September 2026', role: 'point' },
    ]);
  });

  it('reads "September of next year" as one date', () => {
    expect(dates('the second phase ends in September of next year', '2025-09')).toEqual([
      { date: 'September 2026', role: 'point' },
    ]);
  });

  it('reads "next week" and "within the month" as the article’s month', () => {
    expect(dates('the council could announce it next week', '2024-09')).toEqual([
      { date: 'September 2024', role: 'point' },
    ]);
    expect(dates('the plan may be made public within the month', '2024-09')).toEqual([
      { date: 'September 2024', role: 'deadline' },
    ]);
    expect(dates('the first crews will begin leaving in the coming weeks', '2024-09')).toEqual([
      { date: 'September 2024', role: 'point' },
    ]);
  });

  it('reads "the month of May" as May, not the article’s month', () => {
    expect(
      dates('the crews are to leave the pier by the end of the month of October', '2024-08').map(
        (d) => d.date,
      ),
    ).toEqual(['October 2024']);
    expect(
      dates('the crews must leave the pier within the month', '2024-08').map((d) => d.date),
    ).toEqual(['August 2024']);
  });

  it('reads "soon", "tomorrow", "within days", "in the next few weeks" as the article’s month', () => {
    for (const text of [
      'the first crews will leave very soon',
      'the last crews leave by tomorrow',
      'the pier will be emptied within days',
      'the pier will be emptied in the next few weeks',
    ])
      expect(dates(text, '2024-09').map((d) => d.date)).toEqual(['September 2024']);
    const near = (text: string) =>
      resolveDates(tokenize(text), text, parsePublished('2024-09')).map((d) => d.near);
    expect(near('the crews will leave soon')).toEqual([true]);
    // Tied to something else, not to the page's day.
    expect(dates('the crews leave as soon as the pier is safe', '2024-09')).toEqual([]);
    expect(dates('the crews left soon after the vote', '2024-09')).toEqual([]);
    // "within weeks of the vote" counts from the vote, not from the page.
    expect(dates('within weeks of the vote the crews left the pier', '2024-09')).toEqual([]);
  });

  it('reads "before New Year" as the end of the article’s year', () => {
    expect(dates('the first crews leave before New Year', '2024-10')).toEqual([
      { date: 'end of 2024', role: 'deadline' },
    ]);
    expect(dates('a happy new year to all readers', '2024-10')).toEqual([]);
  });

  it('reads "took until May" as a month gone by, not a deadline ahead', () => {
    expect(
      dates('the exit from the pier took until January', '2026-02-25').map((d) => d.date),
    ).toEqual(['January 2026']);
    expect(dates('the works dragged on until January', '2026-02-25').map((d) => d.date)).toEqual([
      'January 2026',
    ]);
    // Looking ahead, "until" is still a deadline to come.
    expect(dates('the crews will stay until January', '2026-02-25').map((d) => d.date)).toEqual([
      'January 2027',
    ]);
  });

  it('reads a plan told by what it "requires" by a month as a deadline ahead', () => {
    expect(
      dates(
        'the crews said it was part of the deal, which requires the pier to be cleared by September',
        '2025-08-21',
      ),
    ).toEqual([{ date: 'September 2025', role: 'deadline' }]);
  });

  it('reads a month named as "the month" or "the date" of what is to come as one ahead', () => {
    expect(
      dates('May remains the month in which the pier closes', '2026-02-10').map((d) => d.date),
    ).toEqual(['May 2026']);
    expect(
      dates('October is the date set for the last sailing', '2026-11-20').map((d) => d.date),
    ).toEqual(['October 2027']);
    // Told in the past, the month is gone by.
    expect(
      dates('May was the month the pier closed', '2026-02-10').map((d) => d.date),
    ).not.toContain('May 2026');
  });

  it('reads a month whose end is told in the past ("before May ended") as a month gone by', () => {
    expect(
      dates('the pier, which had to be cleared before May ended, is empty', '2026-07-02').map(
        (d) => d.date,
      ),
    ).toEqual(['May 2026']);
    // Its end still to come, it is a deadline ahead.
    expect(
      dates('the pier must be cleared before May ends', '2026-07-02').map((d) => d.date),
    ).toEqual(['May 2027']);
    // Reported speech in the future of the past looks ahead too.
    expect(
      dates('they were told the pier would be cleared before May ended', '2026-03-02').map(
        (d) => d.date,
      ),
    ).toEqual(['May 2026']);
  });

  it('reads "the new year" on a page of January or February as the turn just passed', () => {
    // Lower case too when "the" names it; "before" it is the December before.
    expect(
      dates('the council said just before the new year that the pier would close', '2025-01-06'),
    ).toEqual([{ date: 'end of 2024', role: 'deadline' }]);
    expect(
      dates('the ferry has run empty since the new year', '2025-02-10').map((d) => d.date),
    ).toEqual(['January 2025']);
    expect(dates('the crews leave before the new year', '2024-10').map((d) => d.date)).toEqual([
      'end of 2024',
    ]);
  });

  it('tells "is to leave" as what is to come', () => {
    expect(future(tokenize('The last ferry is to sail in May.'))).toBe(true);
    expect(future(tokenize('The last ferry sailed in May.'))).toBe(false);
    // Headlinese: a Title Case headline drops the "is" before "To".
    expect(future(tokenize('Aide: Ferry Service To End Next Month'))).toBe(true);
    expect(future(tokenize('Ferries returned to the pier in May.'))).toBe(false);
  });

  it('tells "is set to close" and "plans to close" as what is to come', () => {
    expect(future(tokenize('The pier is set to close its ferry service in May.'))).toBe(true);
    expect(future(tokenize('The council plans to close the pier in May.'))).toBe(true);
    expect(dates('the council is set to close the pier in May', '2026-03-11')).toEqual([
      { date: 'May 2026', role: 'point' },
    ]);
    expect(dates('the council is set to close the pier in February', '2026-03-11')).toEqual([
      { date: 'February 2027', role: 'point' },
    ]);
    // A plan retold in the past still looks back.
    expect(dates('the council was set to close the pier in February', '2026-03-11')).toEqual([
      { date: 'February 2026', role: 'point' },
    ]);
  });

  it('tells "is meant to end" and "are supposed to sail" as the plan in force', () => {
    expect(future(tokenize('The ferry service is meant to end in September.'))).toBe(true);
    expect(future(tokenize('The last crews are supposed to sail in May.'))).toBe(true);
    expect(dates('the last crews are supposed to sail in February', '2026-03-20')).toEqual([
      { date: 'February 2027', role: 'point' },
    ]);
    // "was meant to" retells the plan as it stood: the month nearest before the page.
    expect(future(tokenize('The ferry service was meant to end in September.'))).toBe(false);
  });
});

describe('a season named alone as a deadline', () => {
  it('is the season’s months, this year until its last month is gone, then the next', () => {
    expect(dates('The pier will be empty by the autumn.', '2025-09-04')).toEqual([
      { date: 'autumn 2025', role: 'deadline' },
    ]);
    expect(dates('The ferries are to go by summer, the council said.', '2025-09-04')).toEqual([
      { date: 'summer 2026', role: 'deadline' },
    ]);
    // With its year, that year.
    expect(dates('The crews stay until the spring 2027 review.', '2026-01-10')).toEqual([
      { date: 'spring 2027', role: 'deadline' },
    ]);
  });

  it('is the season’s last month at its end', () => {
    expect(dates('The pier closes by the end of the summer.', '2025-02-10')).toEqual([
      { date: 'end of August 2025', role: 'deadline' },
    ]);
  });

  it('is not a season told as a point, nor a noun ("the fall of", "the spring tide")', () => {
    for (const text of [
      'The ferries stopped in the autumn.',
      'After the fall of the old pier, the ferries left.',
      'By the spring tide the crews had gone.',
    ])
      expect(dates(text, '2025-09-04'), text).toEqual([]);
  });
});

describe('a timetable in the present progressive', () => {
  it('looks ahead when a month, or this or next month, week or year, times it', () => {
    for (const text of [
      'The last crews are leaving the pier this month.',
      'The ferry service is ending in May.',
      'Riverton’s ferries are departing next week.',
    ])
      expect(future(tokenize(text)), text).toBe(true);
  });

  it('does not without a time: what is under way now', () => {
    for (const text of [
      'The last crews are leaving the pier.',
      'The crews were leaving the pier this month.',
    ])
      expect(future(tokenize(text)), text).toBe(false);
  });
});

describe('a plan on track for its date', () => {
  it('looks ahead: "on track for", "on course to", "on schedule for", whatever the verb', () => {
    for (const text of [
      'The pier works remain on track for completion in May.',
      'Harbour officials say the new ferry is on course to enter service in June.',
      'Refit Of The Old Ferry On Schedule For April',
    ])
      expect(future(tokenize(text)), text).toBe(true);
    // A February page: the May ahead (read as told of the past, it was May of the year before).
    expect(dates('The pier works remain on track for completion in May.', '2025-02-10')).toEqual([
      { date: 'May 2025', role: 'point' },
    ]);
  });

  it('does not when told of the past, or with no "on" before it', () => {
    for (const text of [
      'The pier works were on track for completion in May.',
      'The refit had seemed on course to finish in April.',
      'The crews kept to a fast track for the repairs in May.',
    ])
      expect(future(tokenize(text)), text).toBe(false);
  });
});
