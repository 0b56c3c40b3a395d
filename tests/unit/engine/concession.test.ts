/**
 * What a sentence concedes on the way to what it asserts (engine/concession.ts): a clause with
 * "may have …, but", or an opening "Although …,".
 */
import { describe, expect, it } from 'vitest';
import { conceded } from '../../../engine/concession';
import { tokenize } from '../../../engine/tokenize';

const at = (text: string, word: string) => {
  const tokens = tokenize(text);
  return conceded(
    tokens.findIndex((t) => t.norm === word),
    tokens,
    text,
  );
};

describe('a conceded clause', () => {
  it('is the "may have" clause before ", but", not the clause after it', () => {
    const text = 'The raiders may have lost the valley in May, but they still strike the road.';
    expect(at(text, 'lost')).toBe(true);
    expect(at(text, 'strike')).toBe(false);
  });

  it('is an opening "Although …," or "Even though …," up to its comma', () => {
    const text = 'Although the pier reopened in June, the ferries stay away.';
    expect(at(text, 'reopened')).toBe(true);
    expect(at(text, 'ferries')).toBe(false);
    expect(at('Even though the pier reopened, the ferries stay away.', 'reopened')).toBe(true);
  });

  it('is nothing without the "but", or with a plain "may"', () => {
    expect(at('The raiders may have lost the valley in May.', 'lost')).toBe(false);
    expect(at('The ferries may sail again, but only in summer.', 'sail')).toBe(false);
  });
});
