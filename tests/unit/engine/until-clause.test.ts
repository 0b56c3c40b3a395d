/**
 * A clause of "until" naming an event takes it for granted (engine/until-clause.ts): a claim
 * named only there ranks below the one the main clause tells.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../engine/tokenize';
import { untilClauses } from '../../../engine/until-clause';
import { matchesOf } from './story-sentence';

const spans = (sentence: string) => {
  const tokens = tokenize(sentence);
  return untilClauses(tokens, sentence).map(([from, to]) =>
    sentence.slice(tokens[from]?.start, tokens[to - 1]?.end),
  );
};

describe('a clause of "until"', () => {
  it('runs from "until" to the next break', () => {
    expect(spans('The crews stayed on the pier until the ferry service ended in May.')).toEqual([
      'until the ferry service ended in May',
    ]);
    expect(spans('Two boats kept sailing till their licence ran out, the board said.')).toEqual([
      'till their licence ran out',
    ]);
  });

  it('is no event when it names a time, a date or no known thing (near misses)', () => {
    for (const s of [
      'The crews stay until May.',
      'The crews stay until 2031.',
      'The crews stay until the end of the year.',
      'The crews stay until the spring.',
      'The crews stay until further notice.',
      'The crews stay until a new board is named.',
      'Until the vote, the crews stay.',
    ])
      expect(spans(s), s).toEqual([]);
  });
});

describe('claims read in a clause of "until"', () => {
  it('the staying the sentence tells wins over the end it is timed by', () => {
    const sentence =
      'Several allied contingents meant to keep their soldiers in Erbil until the mission closes in September.';
    const cards = matchesOf(sentence, '2025-12-01', true);
    expect(cards.map((m) => m.claim)).toEqual(['erbil-stays-for-syria']);
    expect(cards[0]?.evidence?.map((e) => e.detail)).toContain(
      '"until the mission closes in September" is a clause of time, taken for granted',
    );
  });

  it('a word a claim excludes, named only in the clause, excludes nothing (recognize.ts)', () => {
    const cards = matchesOf(
      'US troops remain at three sites for now: Ain al-Asad until the convoys are done, Victoria base at Baghdad airport, and Harir.',
      '2025-09-05',
    );
    expect(cards.map((m) => m.claim)).toEqual(['us-forces-at-three-bases']);
    // Outside such a clause the convoys still tell the move, not where troops stay.
    expect(
      matchesOf(
        'Convoys from Ain al-Asad and from Victory base by Baghdad airport have taken US troops north to Harir.',
        '2025-10-02',
      ).map((m) => m.claim),
    ).not.toContain('us-forces-at-three-bases');
  });
});
