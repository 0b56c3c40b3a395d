/**
 * A frame takes what it names for granted (find-frames.ts), so between readings of equal score the
 * one with fewer groups named only in a frame wins, as for a relative clause on the subject
 * (engine/presupposed.ts, presupposedGroups): "The handover came a month after officers had
 * promised the base would be cleared" reports the handover, not the promise its frame recalls.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
const HEAD = 'Iraqi army takes Ain al-Asad as last Americans leave';
const BEFORE = 'The last American soldiers flew out of Ain al-Asad on Saturday, officials said.';
const cardOf = (sentence: string, published: string, lead: string[] = [HEAD, BEFORE]) =>
  matcher
    .match([...lead, sentence].join('\n\n'), { published })
    .matches.filter((m) => sentence.includes(m.text))
    .map((m) => m.claim);

describe('groups named only in a frame', () => {
  it('leave the card to the event the main clause reports', () => {
    for (const sentence of [
      'The handover finally happened a month after commanders had promised the base would be handed to Iraqi forces by Christmas.',
      "Saturday's handover came weeks after officers had said the coalition would be out of the base inside a week.",
      'The handover came nearly four weeks after Iraqi generals had pledged the base would be cleared of coalition forces within days.',
    ])
      expect(cardOf(sentence, '2026-01-19'), sentence).toEqual([
        'ain-al-asad-handed-over-jan-2026',
      ]);
  });

  it('leave a promise told in the main clause its own card', () => {
    const sentence =
      'Iraqi commanders said on Friday that the coalition would leave the base within a week.';
    expect(
      cardOf(sentence, '2025-12-20', [
        'Coalition to quit Ain al-Asad within days',
        'Ain al-Asad has hosted US forces for years.',
      ]),
    ).toEqual(['ain-al-asad-handover-dec-2025']);
  });
});
