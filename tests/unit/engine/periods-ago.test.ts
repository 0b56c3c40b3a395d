/**
 * Spans counted from the page that "N years ago" alone does not read (engine/periods-ago.ts, read
 * by resolve-dates.ts): seasons counted back, "the year before last", "half a decade ago", "a
 * decade and a half ago", "a dozen years ago", an opening "A decade after …", and "in 2015,
 * twelve months after …".
 */
import { describe, expect, it } from 'vitest';
import { formatDate, parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';

const dates = (text: string, published: string) =>
  resolveDates(tokenize(text), text, parsePublished(published)).map((d) => formatDate(d));

describe('periods counted back from the page', () => {
  it('reads "two winters ago" as the winter before the one just gone', () => {
    expect(dates('The ferries stopped two winters ago.', '2021-11-20')).toEqual(['January 2020']);
    expect(dates('The ferries stopped two winters ago.', '2025-06-15')).toEqual(['January 2024']);
    expect(dates('The pier shut three summers ago.', '2025-12-01')).toHaveLength(1);
    expect(dates('The pier shut three summers ago.', '2025-12-01')[0]).toContain('2023');
  });

  it('reads "the year before last" and "the year after next" as two years from the page', () => {
    expect(dates('The pier shut the year before last.', '2026-03-01')).toEqual(['2024']);
    expect(dates('The pier reopens the year after next.', '2026-03-01')).toEqual(['2028']);
    // "the year before last year's vote": another phrase of time.
    expect(dates('It was the year before last week.', '2026-03-01')).toEqual([]);
  });

  it('reads halves and dozens: five years for half a decade, not ten', () => {
    expect(dates('The crews left half a decade ago.', '2025-06-15')).toEqual(['2020']);
    expect(dates('The crews left a decade and a half ago.', '2025-06-15')).toEqual(['2010']);
    expect(dates('The crews left a year and a half ago.', '2025-06-15')).toEqual(['December 2023']);
    expect(dates('The crews left two and a half years ago.', '2025-06-15')).toEqual([
      'December 2022',
    ]);
    expect(dates('The crews left a dozen years ago.', '2025-06-15')).toEqual(['2013']);
    expect(dates('The crews left a couple of years ago.', '2025-06-15')).toEqual(['2023']);
  });

  it('reads an opening "A decade after …" as the event that long before the page', () => {
    expect(
      dates('A decade after the pier was built, the crews are leaving.', '2025-06-15'),
    ).toEqual(['2015']);
    // Not inside the sentence: "for a decade after the pier was built" tells of a span.
    expect(
      dates('Crews worked there for a decade after the pier was built.', '2025-06-15'),
    ).toEqual([]);
  });

  it('counts whole years of months after a date from that date', () => {
    expect(
      dates('In 2015, twelve months after the storm broke the pier, the crews left.', '2020-05-01'),
    ).toEqual(['2015', '2014']);
    // No date right before the count: nothing to count from.
    expect(dates('The crews left twelve months after the storm.', '2020-05-01')).toEqual([]);
  });

  it('dates a saying, not what was said, after a verb of saying as "N years ago" does', () => {
    expect(
      dates('The board said two winters ago that the crews would leave.', '2021-11-20'),
    ).toEqual(['January 2020']);
  });
});
