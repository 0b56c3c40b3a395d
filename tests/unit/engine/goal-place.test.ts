/**
 * Where a move went (engine/goal-place.ts), and the place it left taken from the sentence before
 * (engine/carry-context.ts): "The lorries left the Old Pier. Some drove north to Riverland."
 */
import { describe, expect, it } from 'vitest';
import { carryContext } from '../../../engine/carry-context';
import { onlyGoals } from '../../../engine/goal-place';
import { sentence } from './sentence-words';

const PLACES = new Set(['portsea', 'old-pier']);
const PLACE_NAMES = new Set([...PLACES, 'riverland', 'northland']);

const goals = (text: string, places: [string, string][]) => {
  const w = sentence(text, places);
  return onlyGoals(w.tokens, w.hits);
};

describe('onlyGoals', () => {
  it('places a move went to, after a word of motion or direction', () => {
    expect(
      goals('Some vans drove toward the Riverland border.', [['riverland', 'Riverland']]),
    ).toBe(true);
    expect(goals('The rest went north to Northland.', [['northland', 'Northland']])).toBe(true);
    expect(
      goals('The vans were bound for Riverland and for Northland.', [
        ['riverland', 'Riverland'],
        ['northland', 'Northland'],
      ]),
    ).toBe(true);
    // A place set beside the goal: "to Riverland, in Northland".
    expect(
      goals('Most headed east toward Riverland, in Northland.', [
        ['riverland', 'Riverland'],
        ['northland', 'Northland'],
      ]),
    ).toBe(true);
  });

  it('not a place something is at or came from, nor a bare "to" with no move', () => {
    expect(goals('The vans waited in Riverland.', [['riverland', 'Riverland']])).toBe(false);
    expect(goals('The vans came from Riverland.', [['riverland', 'Riverland']])).toBe(false);
    expect(goals('The talks gave hope to Riverland.', [['riverland', 'Riverland']])).toBe(false);
    // One goal and one place of its own: the sentence names where it happened.
    expect(
      goals('In Northland some vans turned toward Riverland.', [
        ['northland', 'Northland'],
        ['riverland', 'Riverland'],
      ]),
    ).toBe(false);
    expect(goals('Nothing moved.', [])).toBe(false);
  });
});

describe('carryContext: a move told only by where it went', () => {
  const left = sentence('The ferry crews left the Old Pier in convoys on Friday.', [
    ['crews', 'crews'],
    ['old-pier', 'Old Pier'],
  ]);
  const concepts = (text: string, hits: [string, string][], carded = true) =>
    carryContext(sentence(text, hits), left, PLACES, PLACE_NAMES, carded)?.words.hits.map(
      (h) => h.concept,
    );

  it('takes the place the move left from the sentence before', () => {
    expect(
      concepts('Some of the vans drove north to Riverland.', [['riverland', 'Riverland']]),
    ).toEqual(['riverland', 'old-pier']);
  });

  it('not after a sentence that asserted nothing, nor with a place of its own or "there"', () => {
    expect(
      concepts('Some of the vans drove north to Riverland.', [['riverland', 'Riverland']], false),
    ).toBeUndefined();
    expect(
      concepts('Vans in Northland drove north to Riverland.', [
        ['northland', 'Northland'],
        ['riverland', 'Riverland'],
      ]),
    ).toBeUndefined();
    expect(
      concepts('Some vans went to Riverland and stayed there.', [['riverland', 'Riverland']]),
    ).toBeUndefined();
    // What is to come is not placed so.
    expect(
      concepts('Some vans will head north to Riverland.', [['riverland', 'Riverland']]),
    ).toBeUndefined();
  });

  it('not the goal the sentence before named itself', () => {
    const went = sentence('The crews drove toward Portsea on Friday.', [
      ['crews', 'crews'],
      ['portsea', 'Portsea'],
    ]);
    const next = sentence('Others went north to Riverland.', [['riverland', 'Riverland']]);
    expect(carryContext(next, went, PLACES, PLACE_NAMES, true)).toBeUndefined();
  });
});
