/**
 * A reaction to "the move" reacts to what a card just before told (engine/carry-reaction.ts):
 * "The board handed the pier back to the town. The mayor welcomed the move."
 */
import { describe, expect, it } from 'vitest';
import {
  reactionObject,
  reactionTo,
  reactionToNothing,
  reactsInOwnWords,
} from '../../../engine/carry-reaction';
import { tokenize } from '../../../engine/tokenize';
import { sentence } from './sentence-words';

const ACTORS = new Set(['board', 'mayor']);
const handed = sentence('The board handed the Old Pier back to the town on Friday.', [
  ['board', 'board'],
  ['handover', 'handed'],
  ['old-pier', 'Old Pier'],
]);

describe('reactionObject', () => {
  it('finds the noun standing for what was done after a verb of reacting', () => {
    expect(reactionObject(tokenize('The mayor welcomed the move.'))).toBe(4);
    expect(reactionObject(tokenize('Critics condemned this decision on Monday.'))).toBe(3);
    expect(reactionObject(tokenize('The mayor welcomed the visitors.'))).toBe(-1);
    expect(reactionObject(tokenize('The move was welcomed.'))).toBe(-1);
  });
});

describe('reactionTo', () => {
  it('reads the reaction with what the card before told, its actors left out', () => {
    const current = sentence('The mayor welcomed the move, saying it was overdue.', [
      ['mayor', 'mayor'],
    ]);
    const read = reactionTo(current, [undefined, undefined, handed], ACTORS);
    expect(read?.hits.map((h) => h.concept)).toEqual(['mayor', 'handover', 'old-pier']);
    expect(read?.hits[1]?.text).toBe('move (→ "handed")');
  });

  it('nothing with no card in reach, and nothing for a reaction to something named', () => {
    const current = sentence('The mayor welcomed the move.', [['mayor', 'mayor']]);
    expect(reactionTo(current, [undefined, undefined, undefined], ACTORS)).toBeUndefined();
    const named = sentence('The mayor welcomed the new ferry.', [['mayor', 'mayor']]);
    expect(reactionTo(named, [handed], ACTORS)).toBeUndefined();
  });
});

describe('reactsInOwnWords', () => {
  it('a claim read on a reaction needs a group the sentence names in its own words', () => {
    const welcomed = sentence('Experts welcomed the step.', [['welcome', 'welcomed']]);
    const read = reactionTo(welcomed, [handed], ACTORS);
    expect(read).toBeDefined();
    // The handover told again: every group met by what "the step" carried.
    expect(reactsInOwnWords([['handover'], ['old-pier']], welcomed.hits)).toBe(false);
    // The welcome of the handover: the welcome is the sentence's own.
    expect(reactsInOwnWords([['welcome'], ['handover']], welcomed.hits)).toBe(true);
    expect(reactsInOwnWords([['welcome'], ['handover']], read?.hits ?? [])).toBe(true);
  });
});

describe('reactionToNothing', () => {
  it('drops the hit of the reaction noun, and only that', () => {
    const current = sentence('Officials welcomed the decision as a sign of better ties.', [
      ['welcome', 'welcomed'],
      ['the-move', 'the decision'],
      ['ties', 'ties'],
    ]);
    expect(reactionToNothing(current).hits.map((h) => h.concept)).toEqual(['welcome', 'ties']);
    const none = sentence('Officials welcomed the visitors.', [['welcome', 'welcomed']]);
    expect(reactionToNothing(none)).toBe(none);
  });
});
