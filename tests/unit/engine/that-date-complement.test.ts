/**
 * "that date" after "a date for the reopening": the noun's complement is carried with it
 * (engine/carry-those-nouns.ts, complementAt).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { thoseNamedAgain } from '../../../engine/carry-those-nouns';
import { words } from './sentence-words';

describe('"that date" after "a date for the reopening": the complement of the noun carried too', () => {
  const places = new Set(['old-pier']);
  const before = words('All that is missing is a firm date for the reopening of the Old Pier.', [
    ['reopen', 'reopening'],
    ['old-pier', 'old'],
  ]);
  const carried = (text: string, hits: [string, string][] = []) =>
    thoseNamedAgain(words(text, hits), before, places)
      ?.hits.filter((h) => h.inferred)
      .map((h) => h.concept) ?? [];

  it('takes what the complement named', () => {
    expect(carried('Storms have pushed that date back twice.', [['delay', 'pushed']])).toEqual([
      'reopen',
    ]);
    expect(carried('The council moved that date again.')).toEqual(['reopen']);
  });

  it('takes nothing for another noun, nor a place', () => {
    expect(carried('Storms have pushed that vote back twice.')).toEqual([]);
    const onPier = words('The crews wanted a date for the Old Pier.', [['old-pier', 'old']]);
    expect(thoseNamedAgain(words('Nobody has set that date.'), onPier, places)).toBeUndefined();
  });
});
