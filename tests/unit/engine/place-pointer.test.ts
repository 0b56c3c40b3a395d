/**
 * Which place "the pier" is (engine/place-pointer.ts): after a sentence that names another of
 * the story's places beside a pier, "the pier" is that one, not the claim's.
 */
import { describe, expect, it } from 'vitest';
import { pointsElsewhere } from '../../../engine/place-pointer';
import { phraseWords as words } from './sentence-words';

/** The claim is about the north pier; "the pier" may point at it. */
const group = ['north-pier', 'the-pier'];
const pointers = new Set(['the-pier']);
const places = new Set(['north-pier', 'portsea', 'riverton']);
const told = words('The crews handed the pier to the harbour board this month.', {
  'the pier': 'the-pier',
});

describe('pointsElsewhere', () => {
  it('is "the pier" after a pier named at another place of the story', () => {
    for (const before of [
      words('Storms damaged the ferry pier at Portsea last week.', { Portsea: 'portsea' }),
      words('Storms damaged the Portsea pier last week.', { Portsea: 'portsea' }),
    ])
      expect(pointsElsewhere(told, group, pointers, places, [undefined, before])).toBe(true);
  });

  it("is not the claim's place named before, nor a place named away from the pier", () => {
    const cases = [
      words('Storms damaged the north pier last week.', { 'north pier': 'north-pier' }),
      words('The crews left the sprawling old pier, officials in Riverton said.', {
        Riverton: 'riverton',
      }),
      words('Storms hit Riverton last week.', { Riverton: 'riverton' }),
    ];
    for (const before of cases)
      expect(pointsElsewhere(told, group, pointers, places, [undefined, before])).toBe(false);
  });

  it('is not a sentence that names its place itself', () => {
    const named = words('The crews handed the north pier to the harbour board.', {
      'north pier': 'north-pier',
    });
    const before = words('Storms damaged the ferry pier at Portsea.', { Portsea: 'portsea' });
    expect(pointsElsewhere(named, group, pointers, places, [undefined, before])).toBe(false);
  });
});
