/**
 * The event named again ("the handover") after a card that told it at a place the story knows
 * only by a claim's words of place ("the sprawling depot by the harbour"), and told as the plan
 * for it (engine/carry-context.ts `eventPlace` with its place words; engine/index.ts
 * `planOfEvent`). Hand-made words for the carry; the real story's matcher for the plan, in our
 * own sentences.
 */

import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { eventPlace } from '../../../engine/carry-context';
import { createMatcher } from '../../../engine/index';
import { sentence } from './sentence-words';

const PLACES = new Set(['portsea', 'old-pier']);
const ACTORS = new Set(['crews']);
/** What a card's claim counts as its place beside the story's places. */
const PLACE_WORDS = new Set(['the-depot', 'harbour-depot']);

describe('eventPlace: the place as the card told it', () => {
  const told = sentence('The big depot by the harbour passed to the council in May.', [
    ['harbour-depot', 'depot'],
    ['handover', 'passed'],
  ]);
  const again = sentence('Officials had first said the handover would come in April.', [
    ['handover', 'handover'],
  ]);

  it("carries the card's words of place when the telling named none of the story's places", () => {
    const found = eventPlace(again, [told], PLACES, ACTORS, PLACE_WORDS);
    expect(found?.back).toBe(1);
    expect(found?.concept).toBe('handover');
    expect(found?.words.hits.map((h) => h.concept)).toEqual(['handover', 'harbour-depot']);
  });

  it('carries nothing without them, as before', () => {
    expect(eventPlace(again, [told], PLACES, ACTORS)).toBeUndefined();
  });

  it('the story places of the telling come first', () => {
    const named = sentence('The Old Pier passed to the council in May.', [
      ['old-pier', 'Old Pier'],
      ['handover', 'passed'],
    ]);
    const found = eventPlace(again, [named], PLACES, ACTORS, PLACE_WORDS);
    expect(found?.words.hits.map((h) => h.concept)).toEqual(['handover', 'old-pier']);
  });

  it('not into a sentence naming a place of its own outside the story', () => {
    const elsewhere = sentence(
      'In Dunmore, the board said the handover of a quay would come in April.',
      [['handover', 'handover']],
    );
    expect(eventPlace(elsewhere, [told], PLACES, ACTORS, PLACE_WORDS)).toBeUndefined();
  });

  it('not a word of place the telling only took from before (an inferred hit)', () => {
    const inferred = {
      ...told,
      hits: told.hits.map((h) => (h.concept === 'harbour-depot' ? { ...h, inferred: true } : h)),
    };
    expect(eventPlace(again, [inferred], PLACES, ACTORS, PLACE_WORDS)).toBeUndefined();
  });
});

describe('the event named again, told as the plan for it (real story)', () => {
  const matcher = createMatcher(story);
  const cards = (text: string, published: string) =>
    matcher.match(text, { published }).matches.map((m) => [m.claim, m.text.slice(0, 30)]);
  const handedOver =
    'The sprawling desert base in Anbar passed fully to the Iraqi army in January, after the last American soldiers drove out of its gates.';

  it('a handover promised for the month before it came is that plan', () => {
    const text = `${handedOver}\n\nArmy commanders had first said the handover would take place in the final days of December 2025.`;
    expect(cards(text, '2026-02-10').map(([claim]) => claim)).toEqual([
      'ain-al-asad-handed-over-jan-2026',
      'ain-al-asad-handover-dec-2025',
    ]);
  });

  it('not a handover elsewhere, nor one with no date of its own', () => {
    const elsewhere = `${handedOver}\n\nIn Basra, the port authority said the handover of a container terminal to a private firm would take place in December 2025.`;
    expect(cards(elsewhere, '2026-02-10').map(([claim]) => claim)).toEqual([
      'ain-al-asad-handed-over-jan-2026',
    ]);
    const undated = `${handedOver}\n\nThe handover came some weeks after commanders had said it would.`;
    expect(cards(undated, '2026-02-10').map(([claim]) => claim)).not.toContain(
      'ain-al-asad-handover-dec-2025',
    );
  });
});
