import { describe, expect, it } from 'vitest';
import { eitherWaySpans, inEitherWay } from '../../../engine/either-way';
import { findNegations, isNegated } from '../../../engine/find-negations';
import { tokenize } from '../../../engine/tokenize';

const spans = (text: string) => eitherWaySpans(tokenize(text), text);
const negated = (text: string, word: string) => {
  const tokens = tokenize(text);
  return isNegated(
    tokens.findIndex((t) => t.norm === word),
    findNegations(tokens, text),
  );
};

describe('eitherWaySpans: "X or no X" sets X aside', () => {
  it('finds the phrase opening, closing or inside the sentence, X of one to three words', () => {
    expect(spans('Deal or no deal, the ferries sail on Monday.')).toEqual([[0, 4]]);
    expect(spans('Strike talk or no strike talk, the crews are still at the pier.')).toEqual([
      [0, 6],
    ]);
    expect(spans('The depot closes in May, money or no money.')).toEqual([[5, 9]]);
    expect(spans('The crews, rain or no rain, sail at dawn.')).toEqual([[2, 6]]);
  });

  it('finds nothing where the words differ or the phrase is not set off', () => {
    expect(spans('There is little or no chance of a deal.')).toEqual([]);
    expect(spans('Boats or no crews can sail.')).toEqual([]);
    expect(spans('They said deal or no deal was the question.')).toEqual([]);
    expect(spans('The crews have left the pier.')).toEqual([]);
  });

  it('tells whether a word lies in such a phrase', () => {
    const found = spans('Deal or no deal, the ferries sail on Monday.');
    expect(inEitherWay(found, 3)).toBe(true);
    expect(inEitherWay(found, 5)).toBe(false);
  });

  it('reads no negation there, and still reads a plain "no"', () => {
    expect(negated('Deal or no deal, the ferries sail on Monday.', 'deal')).toBe(false);
    expect(negated('Exit talk or no exit talk, the crews are still at the pier.', 'crews')).toBe(
      false,
    );
    expect(negated('There is no exit plan for the crews.', 'exit')).toBe(true);
  });
});
