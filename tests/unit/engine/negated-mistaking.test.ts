/**
 * "Nobody should mistake the reopening for a victory": the negation denies the mistaking, and the
 * thing mistaken is told as so (engine/find-negations.ts, mistakingAfter()).
 */
import { describe, expect, it } from 'vitest';
import { findNegations, isNegated } from '../../../engine/find-negations';
import { tokenize } from '../../../engine/tokenize';

const negated = (text: string, word: string) => {
  const tokens = tokenize(text);
  return isNegated(
    tokens.findIndex((t) => t.norm === word),
    findNegations(tokens, text),
  );
};

describe('a denied mistaking', () => {
  it('leaves the thing mistaken told as so', () => {
    expect(
      negated('The mayor said nobody should mistake the reopening for a victory.', 'reopening'),
    ).toBe(false);
    expect(negated('Do not confuse the closure with a defeat, the board said.', 'closure')).toBe(
      false,
    );
    expect(negated('No one must mistake the pier handover for a sale.', 'handover')).toBe(false);
  });

  it('still negates what a plain "not" governs', () => {
    expect(negated('The mayor said nobody should expect the reopening soon.', 'reopening')).toBe(
      true,
    );
    expect(negated('The board did not mention the closure.', 'closure')).toBe(true);
  });
});
