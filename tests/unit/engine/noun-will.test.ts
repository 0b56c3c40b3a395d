import { describe, expect, it } from 'vitest';
import { willIsNoun } from '../../../engine/noun-will';
import { future } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';

const nounAt = (text: string) => {
  const tokens = tokenize(text);
  return willIsNoun(
    tokens,
    tokens.findIndex((t) => t.norm === 'will'),
  );
};

describe('willIsNoun', () => {
  it('reads "will" after a determiner or before "of" as the noun', () => {
    expect(nounAt('The mayor said the pier closure reflected the will of Riverton.')).toBe(true);
    expect(nounAt('Portsea lacks the political will to reopen the pier.')).toBe(true);
    expect(nounAt('It was their will that the ferry stop.')).toBe(true);
  });

  it('leaves the auxiliary alone', () => {
    expect(nounAt('The ferry will leave the pier in May.')).toBe(false);
    expect(nounAt('Crews will not return.')).toBe(false);
  });

  it('keeps a sentence told about the past in the past', () => {
    expect(future(tokenize('The pier closure reflected the will of Riverton.'))).toBe(false);
    expect(future(tokenize('The pier will close in May.'))).toBe(true);
  });
});
