/**
 * Who leaves, and what a "removal" is (round negfit25, after negatives-blind-8): migrants,
 * deportees, asylum seekers, residents, students or a country's nationals living in another one
 * who must leave it, or whose removal, return or departure is suspended, are people leaving, not
 * the forces' withdrawal nor its delayed announcement (`civilians-leave`, `deportation` in the
 * exclude lists of the claims keyed on withdraw or delay). Troops obliged to leave the country, a
 * withdrawal suspended, an announcement postponed or put on hold are still carded. Our own
 * sentences, not the sets'.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
const claimsIn = (text: string, published: string) =>
  matcher.match(text, { published }).matches.map((m) => m.claim);

describe('people who leave a country are not the forces', () => {
  it.each([
    'Thousands of Iraqis living in Sweden must leave the country, officials say, but most have had their deportation put on hold.',
    'Rejected Iraqi asylum seekers in Austria were ordered to leave the country by March.',
    'Berlin has suspended the removal of Iraqi migrants until the spring.',
    'Iraqi nationals in Denmark are required to depart within thirty days, the immigration office said.',
    'The departure of Iraqi refugees from Lebanon has been postponed again.',
    'Many Iraqi residents of the Netherlands were told to leave, but their removals were suspended over the winter.',
    'Germany has suspended the departure of rejected Iraqi asylum seekers.',
    'Some 12,000 Iraqis in Finland are obliged to leave the country, though their expulsions have been paused.',
    'The return of Iraqi migrants from Belarus was delayed after flights were cancelled.',
    'Iraqi students abroad had their departures postponed by the closure of the airspace.',
    'Iraqi students abroad say their departures have been delayed by visa checks.',
    'Residents of a shelter near the border were told to leave, but their removals were halted over the winter.',
  ])('cards nothing in "%s"', (text) => {
    expect(claimsIn(text, '2025-06-10')).toEqual([]);
  });
});

describe('the forces obliged to leave, and a withdrawal or its announcement held up, still are', () => {
  it.each([
    [
      '2024-08-10',
      'The announcement of the withdrawal deal between Baghdad and Washington has been postponed.',
      'announcement-delayed',
    ],
    [
      '2024-08-10',
      'Iraq and the United States have put the announcement of the troop withdrawal on hold.',
      'announcement-delayed',
    ],
    [
      '2024-08-10',
      'The withdrawal of US-led coalition troops from Iraq has been suspended.',
      'announcement-delayed',
    ],
    [
      '2024-08-10',
      "The coalition's withdrawal from Iraq has been put on hold, officials said.",
      'announcement-delayed',
    ],
    [
      '2024-08-10',
      'Washington has suspended the talks with Baghdad on the withdrawal of coalition forces.',
      'talks-suspended',
    ],
    [
      '2025-06-10',
      'All coalition forces in Iraq are obliged to leave the country by the end of 2025.',
      'full-exit-end-2025',
    ],
    [
      '2024-08-10',
      'Iraqis in Baghdad say the announcement of the US withdrawal has been delayed.',
      'announcement-delayed',
    ],
    [
      '2025-06-10',
      'US-led coalition troops are obliged to leave Iraq by the end of 2025 under the deal.',
      'full-exit-end-2025',
    ],
    [
      '2025-06-10',
      'Foreign forces in Iraq were required to leave the country by the end of 2025.',
      'full-exit-end-2025',
    ],
    [
      '2025-06-10',
      'Migrants say the American troops must leave Iraq by the end of 2025.',
      'full-exit-end-2025',
    ],
    [
      '2025-06-10',
      'Iraqis in Anbar watched the last US troops leave the country by the end of 2025.',
      'full-exit-end-2025',
    ],
  ])('on a page of %s, "%s" is %s', (published, text, claim) => {
    expect(claimsIn(text, published)).toContain(claim);
  });
});
