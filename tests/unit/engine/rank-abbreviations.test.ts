/**
 * The ranks the press abbreviates before a name do not end a sentence (engine/segment-sentences.ts):
 * "Spc. Dana Ruiz, 24, said …" is one sentence, as "Sgt. …" and "Gen. …" were.
 */
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../engine/segment-sentences';

const texts = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('a rank abbreviated before a name', () => {
  it('keeps the sentence whole', () => {
    for (const text of [
      'Spc. Dana Ruiz, 24, said the night on the pier was the longest of her life.',
      'The ferry was moored by Pfc. Omar Lindqvist and two others.',
      'Cpl. Ada Brenner and Pvt. Joe Kim stayed behind to load the last crates.',
      'The order came from Cdr. Lucy Marsh at dawn.',
    ])
      expect(texts(text), text).toEqual([text]);
  });

  it('still ends a sentence before a capitalised function word', () => {
    expect(texts('The crates went to the cpl. The crews left.')).toEqual([
      'The crates went to the cpl.',
      'The crews left.',
    ]);
  });
});
