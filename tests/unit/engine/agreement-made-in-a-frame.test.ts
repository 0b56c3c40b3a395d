/**
 * A frame naming an arrangement with its own verb of making it ("under the agreement signed
 * between …", "within the framework of the accord reached …": engine/find-frames.ts `settled`)
 * tells that the arrangement was made. It stays taken for granted beside a claim the main clause
 * asserts ("Under the agreement signed …, the coalition's mission ends in …"); when the main
 * clause asserts none, the sentence is read for it (engine/sentence-facts.ts withoutEventFrames).
 * A bare "under the agreement" names a known arrangement and tells nothing of it.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { findFrames } from '../../../engine/find-frames';
import { createMatcher } from '../../../engine/index';
import { tokenize } from '../../../engine/tokenize';

const settled = (text: string) =>
  findFrames(tokenize(text), text).map((f) => `${f.opener}${f.settled ? ' (settled)' : ''}`);

describe('a frame naming an arrangement made', () => {
  it('is marked when the noun has its own participle of making it', () => {
    expect(settled('Under the deal signed by both councils, the ferries stop in May.')).toEqual([
      'Under (settled)',
    ]);
    expect(
      settled(
        'The crews left within the framework of the accord reached with the board last year.',
      ),
    ).toEqual(['within (settled)']);
    expect(settled('The crews left in line with the agreement struck in May.')).toEqual([
      'in (settled)',
    ]);
  });

  it('is not marked for a known arrangement told nothing of, nor an event frame', () => {
    expect(settled('Under the deal, the ferries stop in May.')).toEqual(['Under']);
    expect(settled('The crews left under the agreement with the board.')).toEqual(['under']);
    expect(settled('Crews left the pier, after the deal signed in May collapsed.')).toEqual([
      'after',
    ]);
  });
});

const matcher = createMatcher(story);
const claimsOf = (text: string, published = '2025-09-10') =>
  matcher.match(text, { published }).matches.map((m) => m.claim);

describe('the agreement named made in a frame of the story', () => {
  it('is the card when the main clause states nothing else', () => {
    for (const sentence of [
      'The departure of the last American advisers from the Victory base came under the deal struck between Washington and Baghdad last year.',
      'Foreign troops are leaving in line with the agreement signed between Baghdad and Washington.',
    ])
      expect(claimsOf(sentence), sentence).toEqual(['agreement-reached']);
  });

  it('leaves the card to a claim the main clause states', () => {
    const found = claimsOf(
      'Under the agreement signed between Baghdad and Washington in September 2024, the coalition will end its mission in federal Iraq by September 2025.',
      '2024-10-01',
    );
    expect(found).toHaveLength(1);
    expect(found).not.toContain('agreement-reached');
  });

  it('is no card for another arrangement', () => {
    expect(
      claimsOf(
        'Under the agreement signed between Baghdad and Ankara in March, more water will flow down the Tigris this summer.',
      ),
    ).toEqual([]);
    expect(
      claimsOf(
        'German trainers left Erbil within the framework of the accord signed between Berlin and the Kurdistan Region.',
      ),
    ).toEqual([]);
  });
});
