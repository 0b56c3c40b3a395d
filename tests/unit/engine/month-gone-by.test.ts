import { describe, expect, it } from 'vitest';
import { formatDate, parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';

const dates = (text: string, published: string) =>
  resolveDates(tokenize(text), text, parsePublished(published)).map((d) => formatDate(d));

describe('a month told as gone by', () => {
  it('reads "back in" and "earlier in" a month as the last one on or before the page', () => {
    // The clause goes on to report a plan ("would"), which alone would point to the next December.
    expect(
      dates('Back in December, the port said the cranes would be sold within days.', '2026-01-20'),
    ).toEqual(['December 2025']);
    expect(
      dates('Earlier in May, the council said the pier would shut within days.', '2026-08-02'),
    ).toEqual(['May 2026']);
    // On a page of that very month it is the page's month.
    expect(
      dates('Back in December, the port said the cranes would be sold.', '2026-12-18'),
    ).toEqual(['December 2026']);
  });

  it('reads a month in a pluperfect clause as the last one on or before the page', () => {
    expect(
      dates(
        'The sale had been promised for the last days of December, but it slipped.',
        '2026-07-10',
      ),
    ).toEqual(['December 2025']);
    expect(
      dates(
        'The port had forecast in December that the cranes would be sold within a week.',
        '2026-01-18',
      ),
    ).toEqual(['December 2025']);
  });

  it('leaves a month ahead where the words after "had" look ahead again, or no "had" is there', () => {
    // "had said … would … in December": the plan's month, as before (the next one).
    expect(dates('The port had said the cranes would be sold in December.', '2026-01-18')).toEqual([
      'December 2026',
    ]);
    expect(dates('The port says the cranes will be sold in December.', '2026-01-18')).toEqual([
      'December 2026',
    ]);
    // A comma closes the clause of the "had".
    expect(
      dates('The port had little to say, and the cranes will be sold in December.', '2026-01-18'),
    ).toEqual(['December 2026']);
  });
});
