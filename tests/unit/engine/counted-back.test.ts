/**
 * Dates counted back from the page (engine/resolve-dates.ts): "six months ago", "it is a year
 * since …", "a year ago"; a deadline's setting dated ("the date set two years ago"), a month
 * opening a clause after a colon dating what was said, and "before New Year" without "the".
 */
import { describe, expect, it } from 'vitest';
import { formatDate, parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';

const dates = (text: string, published: string) =>
  resolveDates(tokenize(text), text, parsePublished(published)).map((d) => ({
    date: formatDate(d),
    role: d.role,
  }));

describe('dates counted back from the page', () => {
  it('reads "N months ago" as that many months before the page’s month, across a year', () => {
    expect(dates('The ferries stopped running six months ago.', '2026-03-10')).toEqual([
      { date: 'September 2025', role: 'point' },
    ]);
    expect(dates('Eighteen months ago the depot still had a crew.', '2026-06-01')).toEqual([
      { date: 'December 2024', role: 'point' },
    ]);
  });

  it('reads "it is / it has been N months since" as the date of what followed', () => {
    expect(dates('It is twelve months since the last barge left the quay.', '2027-05-02')).toEqual([
      { date: 'May 2026', role: 'point' },
    ]);
    expect(dates('It has been two years since the crews moved to Ashby.', '2027-05-02')).toEqual([
      { date: '2025', role: 'point' },
    ]);
  });

  it('leaves "in the N years since" alone: it tells of the span, not of one date', () => {
    expect(
      dates('In the two years since the vote, traffic on the bridge doubled.', '2027-05-02'),
    ).toEqual([]);
  });

  it('reads "a year ago" and "a month ago" as one year or month back', () => {
    expect(dates('The pier closed a year ago.', '2027-05-02')).toEqual([
      { date: '2026', role: 'point' },
    ]);
    expect(dates('The pier closed a month ago.', '2027-01-20')).toEqual([
      { date: 'December 2026', role: 'point' },
    ]);
  });

  it('does not date a deadline by when it was set ("the date set two years ago")', () => {
    expect(
      dates('The date set two years ago for closing the pier has passed.', '2027-05-02'),
    ).toEqual([]);
    expect(dates('The timetable agreed a year ago is slipping.', '2027-05-02')).toEqual([]);
    // Said two years ago, the saying is dated, as before.
    expect(
      dates('The council said two years ago that the pier would close.', '2027-05-02'),
    ).toEqual([{ date: '2025', role: 'point' }]);
  });

  it('does not date a deadline by "last year" or "this year" after its setting verb', () => {
    // The ferries left early against a timetable fixed the year before: the year is the setting's.
    expect(
      dates(
        'The ferries left weeks sooner than the timetable agreed last year required.',
        '2027-05-02',
      ),
    ).toEqual([]);
    expect(dates('The deadline set this year has already slipped.', '2027-05-02')).toEqual([]);
    // Told of the event itself, "last year" still dates it.
    expect(dates('The ferries left the pier last year.', '2027-05-02')).toEqual([
      { date: '2026', role: 'point' },
    ]);
  });
});

describe('a month and the turn of the year', () => {
  it('reads "before New Year" without "the" as the December just gone on a January page', () => {
    expect(dates('The reopening had been expected before New Year.', '2027-01-19')).toEqual([
      { date: 'end of 2026', role: 'deadline' },
    ]);
  });

  it('reads a month opening the clause after a colon, before a verb of saying, as when it was said', () => {
    expect(
      dates(
        'It was due in the winter: in December, the council said the pier would open within days.',
        '2027-01-19',
      ),
    ).toEqual([{ date: 'December 2026', role: 'point' }]);
  });

  it('reads a deadline month by its own clause, not by an apposition naming it', () => {
    // "had" belongs to the apposition: the clause looks ahead, to the next December.
    expect(
      dates(
        'Some riders expect the last ferry to sail by December, the latest date the board had named.',
        '2027-10-06',
      ),
    ).toEqual([{ date: 'December 2027', role: 'deadline' }]);
  });
});
