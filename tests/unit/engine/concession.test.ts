/**
 * What a sentence concedes on the way to what it asserts (engine/concession.ts): a clause with
 * "may have …, but", an opening "Although …,", or ", though …," set between commas.
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

  it('is ", though …," or ", even though …," between two commas, not the main clause around it', () => {
    const text = 'The ferry line, though cut to two boats since May, still sails daily.';
    expect(at(text, 'cut')).toBe(true);
    expect(at(text, 'sails')).toBe(false);
    expect(at(text, 'ferry')).toBe(false);
    expect(at('The pier, even though the storm damaged it, stays open.', 'damaged')).toBe(true);
  });

  it('is not a trailing ", though …" with no comma closing it', () => {
    expect(at('The ferries still sail, though the pier was damaged in May.', 'damaged')).toBe(
      false,
    );
  });

  it('is nothing without the "but", or with a plain "may"', () => {
    expect(at('The raiders may have lost the valley in May.', 'lost')).toBe(false);
    expect(at('The ferries may sail again, but only in summer.', 'sail')).toBe(false);
  });
});
