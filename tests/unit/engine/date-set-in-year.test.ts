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

describe('a span set right after a date ("in 2015, a year after …")', () => {
  const dates = (sentence: string) =>
    resolveDates(tokenize(sentence), sentence, parsePublished('2026-01-10')).map((d) => d.year);

  it('dates the event after "after" that many years before the date', () => {
    expect(dates('She joined the board in 2012, three years after the ferry stopped.')).toEqual([
      2012, 2009,
    ]);
  });

  it('dates the event after "before" that many years after it', () => {
    expect(dates('The pier shut in 2019, a year before the vote.')).toEqual([2019, 2020]);
  });

  it('reads no span where no date stands right before it', () => {
    expect(dates('A year after the ferry stopped, the pier shut.')).toEqual([]);
  });
});

describe('"a year later", "three years earlier", "two years on," counted from the date before', () => {
  const dates = (sentence: string) =>
    resolveDates(tokenize(sentence), sentence, parsePublished('2026-01-10')).map((d) => d.year);

  it('"a year later" is the year after', () => {
    expect(dates('The ferry stopped in 2014; a year later the pier shut.')).toEqual([2014, 2015]);
  });

  it('"three years earlier" is that many years before', () => {
    expect(dates('The pier shut in 2019; three years earlier the ferry had stopped.')).toEqual([
      2019, 2016,
    ]);
  });

  it('"two years on," closing its phrase, is that many years after', () => {
    expect(dates('The ferry stopped in 2014 and, two years on, the pier was empty.')).toEqual([
      2014, 2016,
    ]);
  });

  it('"two years on the council" is no date', () => {
    expect(dates('In 2014 she began two years on the council.')).toEqual([2014]);
  });
});

describe('"six months later", "two months earlier" counted from a dated month before', () => {
  const months = (sentence: string) =>
    resolveDates(tokenize(sentence), sentence, parsePublished('2026-01-10')).map(
      (d) => `${d.year}-${d.month ?? ''}`,
    );

  it('"six months later" crosses into the next year', () => {
    expect(months('The ferry stopped in September 2024; six months later the pier shut.')).toEqual([
      '2024-9',
      '2025-3',
    ]);
  });

  it('"two months earlier" goes back', () => {
    expect(months('The pier shut in March 2025; two months earlier the ferry stopped.')).toEqual([
      '2025-3',
      '2025-1',
    ]);
  });

  it('reads no month from a date that gave none', () => {
    expect(months('The pier shut in 2025; two months earlier the ferry stopped.')).toEqual([
      '2025-',
    ]);
  });
});
