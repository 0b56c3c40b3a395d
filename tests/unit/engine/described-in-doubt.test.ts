/**
 * A comma-led "who"/"whose" clause inside a doubt describes what was named, as told
 * (engine/described-in-doubt.ts).
 */
import { describe, expect, it } from 'vitest';
import { describedInDoubt } from '../../../engine/described-in-doubt';
import { tokenize } from '../../../engine/tokenize';

const at = (text: string, end = -1) => {
  const tokens = tokenize(text);
  const k = describedInDoubt(tokens, text, 0, end);
  return k < 0 ? null : tokens[k]?.raw;
};

describe('describedInDoubt', () => {
  it('finds ", who" and ", whose" after the doubt', () => {
    expect(at('Whether the gap could be used by the raiders, whose boats remain in the bay.')).toBe(
      'whose',
    );
    expect(
      at('She asked whether the port had a view on the mayor, who had praised the plan.'),
    ).toBe('who');
  });

  it('not a clause with no comma, nor "which", nor one past the end', () => {
    expect(at('Whether crews who stayed will be paid is open.')).toBeNull();
    expect(at('Whether the pier reopens, which the council wants, is open.')).toBeNull();
    const text = 'Whether it reopens is open; the mayor, who left, said so.';
    expect(
      at(
        text,
        tokenize(text).findIndex((t) => t.norm === 'the'),
      ),
    ).toBeNull();
  });
});
