/**
 * A sentence opened by its own speaker's verb of asking is a plea (engine/speakers-plea.ts): it
 * takes no place from the sentence before.
 */
import { describe, expect, it } from 'vitest';
import { speakersPlea } from '../../../engine/speakers-plea';
import { tokenize } from '../../../engine/tokenize';

const plea = (sentence: string) => speakersPlea(tokenize(sentence));

describe("the speaker's plea", () => {
  it('reads "I urge", "We call on", an adverb between', () => {
    expect(plea('I urge the council to bring our crews home.')).toBe(true);
    expect(plea('We call on the board to keep the pier open.')).toBe(true);
    expect(plea('I again ask the harbour master to report to us.')).toBe(true);
  });

  it('reads no report, nor another subject asking', () => {
    expect(plea('I watched the crews leave the pier.')).toBe(false);
    expect(plea('We left the pier in May.')).toBe(false);
    expect(plea('The council urged the board to bring the crews home.')).toBe(false);
  });
});
