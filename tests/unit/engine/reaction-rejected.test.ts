/**
 * Turning a step down, or taking it up, reacts to it as welcoming it does (engine/carry-reaction.ts):
 * "The guild agreed to hand its boats to the town. Two crews rejected the move." is read with what
 * the card before told, at "move".
 */
import { describe, expect, it } from 'vitest';
import { reactionObject, reactionTo } from '../../../engine/carry-reaction';
import { tokenize } from '../../../engine/tokenize';
import { sentence } from './sentence-words';

const ACTORS = new Set(['guild', 'crews']);
const agreed = sentence('The guild agreed to hand its boats to the town council.', [
  ['guild', 'guild'],
  ['handover', 'hand its boats'],
]);

describe('a reaction that rejects, opposes or backs', () => {
  it('finds "the move", "this step", "that decision" after such a verb', () => {
    expect(reactionObject(tokenize('Two crews have rejected the move.'))).toBe(5);
    expect(reactionObject(tokenize('The harbour master opposed this step from the start.'))).toBe(
      5,
    );
    expect(reactionObject(tokenize('Most of the town backs that decision, a poll found.'))).toBe(6);
    expect(reactionObject(tokenize('The crews rejected the offer.'))).toBe(-1);
  });

  it('reads it with what the card before told, its actors left out', () => {
    const current = sentence('Yet the two oldest crews, the proudest of them, rejected the move.', [
      ['crews', 'crews'],
    ]);
    const read = reactionTo(current, [undefined, undefined, agreed], ACTORS);
    expect(read?.hits.map((h) => h.concept)).toEqual(['crews', 'handover']);
    expect(read?.hits[1]?.text).toBe('move (→ "hand its boats")');
  });
});
