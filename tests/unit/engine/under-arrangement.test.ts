/**
 * "under" before a known arrangement ("under the plan", "under that deal") says whose terms are
 * told, not that a figure is a ceiling (engine/under-arrangement.ts, in sentence-facts.ts).
 */
import { describe, expect, it } from 'vitest';
import { withoutArrangementUnder } from '../../../engine/under-arrangement';
import { phraseWords } from './sentence-words';
import { claimsOf } from './story-sentence';

const kept = (text: string, hits: Record<string, string>): string[] => {
  const w = phraseWords(text, hits);
  return withoutArrangementUnder(w.hits, w.tokens).map((h) => h.text);
};

describe('"under" a known arrangement', () => {
  it('drops a hit of "under" alone before "the", "that" or "its" and a noun of an arrangement', () => {
    expect(
      kept('Under that plan, 200 crews stay at the pier.', { Under: 'most', crews: 'crews' }),
    ).toEqual(['crews']);
    expect(
      kept('The crews stay under the long-awaited harbour timetable.', {
        under: 'most',
        crews: 'crews',
      }),
    ).toEqual(['crews']);
    expect(kept('Crews left under its new ferry deal.', { under: 'most' })).toEqual([]);
  });

  it('keeps "under" before a figure, an indefinite arrangement or a noun of no arrangement', () => {
    expect(kept('Under 200 crews stay at the pier.', { Under: 'most' })).toEqual(['Under']);
    expect(kept('Crews stay under a new deal.', { under: 'most' })).toEqual(['under']);
    expect(kept('Crews stay under the command of the harbour master.', { under: 'most' })).toEqual([
      'under',
    ]);
    // A phrasing that holds more words than "under" is kept.
    expect(
      kept('Crews stay under the terms of the deal.', { 'under the terms of': 'terms' }),
    ).toEqual(['under the terms of']);
  });

  it('reads the story: the arrangement is no ceiling, a figure still is', () => {
    expect(
      claimsOf(
        'Under the arrangement the Iraqi government and the US administration struck last year, coalition troops are to remain at Erbil for about a year after leaving federal Iraq, to back operations in Syria.',
        '2025-03-10',
      ),
    ).toEqual(['erbil-stays-for-syria']);
    expect(
      claimsOf(
        'Under that deal, under 2,000 American troops are to stay in Iraq after the drawdown, most of them in Kurdistan.',
        '2025-03-10',
      ),
    ).toEqual(['us-troops-fewer-than-2000']);
  });
});
