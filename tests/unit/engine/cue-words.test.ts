import { describe, expect, it } from 'vitest';
import { cueClass, cuesIn, hasCue } from '../../../engine/cue-words';
import { tokenize } from '../../../engine/tokenize';

describe('cue words', () => {
  it('tells whether a sentence has a word of the class', () => {
    const QUAY = cueClass(['quay', 'jetty']);
    expect(hasCue(tokenize('The Quay was shut.'), QUAY)).toBe(true);
    expect(hasCue(tokenize('The pier was shut.'), QUAY)).toBe(false);
    expect(hasCue([], QUAY)).toBe(false);
  });

  it('gives a sentence the classes of all its words', () => {
    const A = cueClass(['ferry']);
    const B = cueClass(['harbour']);
    const C = cueClass(['lighthouse']);
    const tokens = tokenize('The ferry left the harbour.');
    expect(cuesIn(tokens) & (A | B | C)).toBe(A | B);
  });

  it('reads the mask of each sentence apart, however the readings alternate', () => {
    const D = cueClass(['dock']);
    const one = tokenize('The dock closed.');
    const two = tokenize('The ferry sailed.');
    const three = tokenize('A dock opened.');
    for (const [tokens, has] of [
      [one, true],
      [two, false],
      [one, true],
      [three, true],
      [two, false],
    ] as const)
      expect(hasCue(tokens, D)).toBe(has);
  });

  it('reads a sentence again for a class made after its mask was read', () => {
    const tokens = tokenize('The slipway flooded.');
    expect(cuesIn(tokens)).toBe(0);
    const SLIPWAY = cueClass(['slipway']);
    expect(hasCue(tokens, SLIPWAY)).toBe(true);
  });
});
