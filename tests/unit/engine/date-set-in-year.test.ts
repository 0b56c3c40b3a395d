/**
 * Session 38 (fit19): "the date the two boards set in 2024": a bare year after the verb that set
 * a date named before it tells when the date was set, not the date itself.
 */
import { describe, expect, it } from 'vitest';
import { parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';

const years = (sentence: string, published: string) =>
  resolveDates(tokenize(sentence), sentence, parsePublished(published)).map((d) => d.year);

describe('a year dating the setting of a date', () => {
  it('is not read in "the deadline the council set in 2023"', () => {
    expect(
      years('Crews ignored the deadline the council set in 2023 for the pier.', '2025-05-01'),
    ).toEqual([]);
  });

  it('is not read across a relative clause ("the date that both sides fixed in 2022")', () => {
    expect(
      years(
        'The date that both sides fixed in 2022 for the last crossing has passed.',
        '2025-05-01',
      ),
    ).toEqual([]);
  });

  it('is still read when the year is the date itself ("set for 2026")', () => {
    expect(years('The council set a deadline for 2026.', '2025-05-01')).toEqual([2026]);
  });

  it('is still read after a setting verb with no date noun before it', () => {
    expect(years('The council set up a new board in 2023.', '2025-05-01')).toEqual([2023]);
  });
});
