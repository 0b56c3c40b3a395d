/**
 * Dates that time the saying, not what was said would come, read with articles-blind-32:
 * "announced on September 27 that …" (a day after a verb of saying), "Two years ago this autumn,
 * I wrote that …" (years ago opening the sentence before the saying), and "N years ago this
 * month" (an anniversary, not the page's month). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';

const dates = (text: string, published: string) =>
  resolveDates(tokenize(text), text, parsePublished(published)).map((d) => ({
    date: formatDate(d),
    role: d.role,
  }));

describe('a day of the month right after a verb of saying', () => {
  it('dates the saying, a past day, whatever the reported plan tells of the future', () => {
    expect(
      dates(
        'The council announced on September 27 that the pier would close in two stages.',
        '2024-10-24',
      ),
    ).toEqual([{ date: 'September 2024', role: 'point' }]);
  });
  it('dates the saying after it when it opens the sentence ("On Sept. 30 the council said")', () => {
    expect(
      dates('On Sept. 30 the council said the ferry service would get smaller.', '2025-10-06'),
    ).toEqual([{ date: 'September 2025', role: 'point' }]);
    expect(dates('On Sept. 30 the ferry service will get smaller.', '2025-10-06')).toEqual([
      { date: 'September 2026', role: 'point' },
    ]);
  });
  it('is still the next such day when nothing is said on it', () => {
    expect(dates('The pier will close on September 27, the council said.', '2024-10-24')).toEqual([
      { date: 'end of September 2025', role: 'point' },
    ]);
  });
});

describe('years ago opening a sentence', () => {
  it('before a verb of saying or writing dates the saying: no date of what was said', () => {
    expect(
      dates(
        'Two years ago this autumn, I wrote that the ferry line would close late.',
        '2026-10-05',
      ),
    ).toEqual([]);
    expect(
      dates('Two years ago, the harbour master warned that the pier would close.', '2026-10-05'),
    ).toEqual([]);
  });
  it('before what happened dates it, as before', () => {
    expect(dates('Two years ago, the council closed the pier.', '2026-10-05')).toEqual([
      { date: '2024', role: 'point' },
    ]);
  });
  it('with "this month" or "this autumn" after it names the anniversary, not the page\'s month', () => {
    expect(
      dates(
        'Two years ago this month, the council and the guild agreed to close the pier.',
        '2026-10-05',
      ),
    ).toEqual([{ date: '2024', role: 'point' }]);
  });
});
