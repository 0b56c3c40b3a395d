/**
 * "Three years earlier" points back as "three years later" does, the other way
 * (engine/carry-context.ts, anaphoricTime): that many years before the last date the sentences
 * before named.
 */
import { describe, expect, it } from 'vitest';
import { anaphoricTime, carriedDate } from '../../../engine/carry-context';
import { tokenize } from '../../../engine/tokenize';
import { sentence } from './sentence-words';

const published = { year: 2026, month: 10 };

describe('"N years earlier"', () => {
  it('is a time pointing back, counted backwards', () => {
    expect(anaphoricTime(tokenize('The storm had wrecked the pier three years earlier.'))).toEqual({
      from: 6,
      to: 9,
      keep: 'year',
      years: -3,
    });
    expect(anaphoricTime(tokenize('Two years later the ferry ran again.'))?.years).toBe(2);
  });

  it('dates a sentence from the last year the sentence before named, in other wordings', () => {
    const before = sentence('Ms Hale first worked the ferries in 2019, on the night boats.');
    for (const [text, year] of [
      ['The pier had burned down two years earlier.', 2017],
      ['Her father had sailed the same route twenty years earlier.', 1999],
      ['The council had bought the boats five years earlier, she said.', 2014],
    ] as const)
      expect(carriedDate(sentence(text), [before], published)?.year, text).toBe(year);
  });

  it('is no time pointing back with no count, or a count too large to be one', () => {
    expect(anaphoricTime(tokenize('The pier had burned down earlier.'))).toBeUndefined();
    expect(anaphoricTime(tokenize('The pier was built 120 years earlier.'))).toBeUndefined();
  });
});
