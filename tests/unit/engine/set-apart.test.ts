import { describe, expect, it } from 'vitest';
import { setApartAt, setApartEnd } from '../../../engine/set-apart';
import { tokenize } from '../../../engine/tokenize';

const at = (text: string) => setApartAt(tokenize(text), text);

describe('setApartAt: another thing set beside the one after the cue', () => {
  it('finds "in parallel with", "parallel to", "separate from", "separately from", "distinct from"', () => {
    expect(at('The freight talks ran in parallel with the pier talks.')).toEqual([4, 7]);
    expect(at('A review parallel to the ferry inquiry began.')).toEqual([2, 4]);
    expect(at('The levy is separate from the harbour fees.')).toEqual([3, 5]);
    expect(at('Dock crews met separately from the ferry crews.')).toEqual([3, 5]);
    expect(at('The bus plan is distinct from the ferry plan.')).toEqual([4, 6]);
  });

  it('finds nothing without a cue', () => {
    expect(at('The freight talks ran beside the pier talks.')).toBeNull();
    expect(at('The crews worked in parallel on both piers.')).toBeNull();
    expect(at('Crews were separated at the pier.')).toBeNull();
  });

  it('ends the other thing at the closing comma of an aside, else at the end', () => {
    const end = (text: string) => {
      const tokens = tokenize(text);
      const apart = setApartAt(tokens, text);
      return apart ? setApartEnd(tokens, text, apart) : -1;
    };
    // "will keep its crews" is said of the board, not of the company set apart in the aside.
    expect(
      end('The harbour board, a body distinct from the ferry company, will keep its crews.'),
    ).toBe(10);
    expect(end('The levy, which is separate from the harbour fees, ends in May.')).toBe(9);
    // No comma opens an aside: the other thing runs on to the end.
    expect(end('The freight talks ran in parallel with the pier talks, the council said.')).toBe(
      13,
    );
    expect(end('The freight talks ran in parallel with the pier talks the council opened.')).toBe(
      13,
    );
  });
});
