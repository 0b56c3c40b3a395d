/**
 * engine/refusal-tail.ts: a refusal followed by a tail with no object of its own (who refused,
 * how, or why), and its carry in carry-refusal.ts after a card. Made-up sentences of a ferry story.
 */
import { describe, expect, it } from 'vitest';
import { refusesWhatWasTold } from '../../../engine/carry-refusal';
import { refusalBeforeTail } from '../../../engine/refusal-tail';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';
import { words as sentenceWords } from './sentence-words';

const tail = (text: string) => refusalBeforeTail(tokenize(text), text);

describe('refusalBeforeTail', () => {
  it('a list of names after a colon, a manner, or a reason after a comma', () => {
    expect(tail('Two refused: Ashby and Portsea.')).toEqual({ at: 1, listed: true });
    expect(tail('The Ashby crew refused outright.')).toEqual({ at: 3, listed: false });
    expect(tail('Two of them said no on the spot.')).toEqual({ at: 3, listed: false });
    expect(tail('The pilots declined, saying the fees were too high.')).toEqual({
      at: 2,
      listed: false,
    });
    expect(tail('The pilots refused point-blank.')?.at).toBe(2);
  });

  it('not a refusal with an object, a clause after the colon, a closing one, or another tail', () => {
    for (const text of [
      'Two crews refused to comment, saying the talks were private.',
      'The request was refused: the board said the date stood.',
      'Most of them refused.',
      'The pilots refused within the day.',
      'The pilots refused outright to sail.',
      'Two crews refused an offer, saying it was too low.',
    ])
      expect(tail(text), text).toBeUndefined();
  });
});

describe('refusesWhatWasTold after a card', () => {
  const ACTORS = new Set(['crews']);
  const told = sentenceWords('The board said several crews had agreed to hand back their berths.', [
    ['crews', 'crews'],
    ['hand-back', 'hand'],
  ]);
  const concepts = (w: SentenceWords | undefined) => w?.hits.map((h) => h.concept) ?? [];
  const listed = sentenceWords('Two refused: the Ashby Crews and Portsea.', [['crews', 'crews']]);

  it('carries what the card before told to a refusal with a tail', () => {
    expect(concepts(refusesWhatWasTold(listed, told, ACTORS, true))).toEqual([
      'crews',
      'hand-back',
    ]);
    const why = sentenceWords('The Ashby crews refused, saying the fees were too high.', [
      ['crews', 'crews'],
    ]);
    expect(concepts(refusesWhatWasTold(why, told, ACTORS, true))).toContain('hand-back');
  });

  it('not when the sentence before had no card', () => {
    expect(refusesWhatWasTold(listed, told, ACTORS, false)).toBeUndefined();
  });
});
