/**
 * The standard a comparison measures against is taken for granted (engine/compared-standard.ts):
 * a long one opened by a definite word, from that word to the next break. The comparison itself
 * ("ahead of", "sooner than") stays the sentence's news.
 */
import { describe, expect, it } from 'vitest';
import { comparedStandards } from '../../../engine/compared-standard';
import { tokenize } from '../../../engine/tokenize';
import { claimsOf, matchesOf } from './story-sentence';

const spans = (sentence: string) => {
  const tokens = tokenize(sentence);
  return comparedStandards(tokens, sentence).map(([from, to]) =>
    sentence.slice(tokens[from]?.start, tokens[to - 1]?.end),
  );
};

describe('a standard of comparison', () => {
  it('runs from its definite word to the next break', () => {
    expect(
      spans('The crews left two weeks sooner than the timetable the council had drawn up in May.'),
    ).toEqual(['the timetable the council had drawn up in May']);
    expect(
      spans('The repairs finished ahead of the schedule both towns signed, officials said.'),
    ).toEqual(['the schedule both towns signed']);
    expect(spans('Work on the pier is running behind its plan for the spring.')).toEqual([
      'its plan for the spring',
    ]);
  });

  it('runs from the subject of a clause after "than" ("than planners had scheduled")', () => {
    expect(spans('The ferries sailed faster than planners had initially scheduled.')).toEqual([
      'planners had initially scheduled',
    ]);
    expect(spans('The crews went home sooner than most would have guessed.')).toEqual([
      'most would have guessed',
    ]);
  });

  it('is no standard without a definite word, nor after a break (near misses)', () => {
    for (const s of [
      'The crews left sooner than planned.',
      'The repairs finished ahead of schedule.',
      'More than 200 crews have gone home.',
      'More than 200 have gone home.',
      'More than a hundred had left by May.',
      'Fewer than two hundred have stayed.',
      'The crews left earlier than, say, the council had hoped.',
      'Than the harbour, nothing mattered more to the town.',
    ])
      expect(spans(s), s).toEqual([]);
  });
});

describe('claims read in a standard of comparison', () => {
  it('an agreement named only in the standard yields to the early exit the sentence tells', () => {
    // The deal is the yardstick; the news is that the troops went before it said.
    for (const sentence of [
      'The exit came sooner than the deal the two governments reached in 2024.',
      'The pullout, which also cleared the compounds near the airport, came some weeks earlier than the plan both sides had settled on in 2024.',
    ])
      expect(claimsOf(sentence, '2025-10-10'), sentence).toEqual(['pullout-ahead-of-schedule']);
  });
  it('--explain names the standard it took for granted', () => {
    const sentence = 'The exit came sooner than the deal the two governments reached in 2024.';
    const [card] = matchesOf(sentence, '2025-10-10', true);
    expect(card?.evidence?.map((e) => e.detail)).toContain(
      '"the deal the two governments reached in 2024" is the standard compared against, taken for granted',
    );
  });
});
