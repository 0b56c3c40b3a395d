/**
 * A headline in sentence case drops the "is" of "is to close" (engine/sentence-facts.ts,
 * readFacts → `future`), as a Title Case one does (resolve-dates.ts `future`).
 */
import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';

const isFuture = (text: string) =>
  readFacts({ text, tokens: tokenize(text), hits: [] }, { year: 2025, month: 7 }, []).future;

describe('a sentence-case headline with "to" and a verb', () => {
  it('tells what is to come', () => {
    expect(isFuture('Ferry operator to close the old pier soon')).toBe(true);
    expect(isFuture('Portsea harbour crews to leave by May')).toBe(true);
  });

  it('not a sentence with its closing mark, a "to" of place, or a verb before the "to"', () => {
    expect(isFuture('Ferry operator closed the pier.')).toBe(false);
    expect(isFuture('Crews head to the old pier')).toBe(false);
    expect(isFuture('Crews moved to northern Portsea')).toBe(false);
    expect(isFuture('Ferry crews return to Portsea')).toBe(false);
  });
});
