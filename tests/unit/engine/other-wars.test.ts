/**
 * Near misses from articles about other wars, other withdrawals and other places that share the
 * story's words (the negatives set, tests/fixtures/eval/negatives-blind-*.jsonl), restated in
 * our own words. Each test names the pattern, not the article it was seen in.
 */

import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
const claimsIn = (text: string, published = '2025-10-10') =>
  matcher.match(text, { published }).matches.map((m) => m.claim);

/** Sentences that keep an article on the story's ground, so the gate reads the one after them. */
const IRAQ = 'Iraq is holding talks in Baghdad. Officials in Iraq say more are due.';

describe('places that sound like a person of the story', () => {
  it('the Kurdish city of Sulaimani is not the general killed in 2020', () => {
    expect(
      claimsIn(`${IRAQ} Drones struck two villages near Sulaimani in 2020, killing a shepherd.`),
    ).toEqual([]);
    // The general is still read under his name, however it is spelt.
    expect(
      claimsIn(`${IRAQ} A US drone strike in Baghdad in January 2020 killed Qassem Sulaimani.`),
    ).toContain('soleimani-strike-2020');
  });
});

describe('other missions', () => {
  it('a political or assistance mission no longer needed is not the coalition asked to leave', () => {
    expect(
      claimsIn(
        `${IRAQ} The prime minister, al-Sudani, said Iraq no longer needed a political mission and could run its own elections.`,
      ),
    ).toEqual([]);
    expect(
      claimsIn(
        `${IRAQ} Al-Sudani said the country no longer needed the coalition's mission or foreign troops.`,
      ),
    ).toContain('baghdad-seeks-end-of-presence');
  });
});

describe('presences that ended', () => {
  it('troops "ending a decade-long presence" are not a presence that goes on', () => {
    expect(
      claimsIn(
        `${IRAQ} US soldiers left the outpost on Friday, ending a decade-long presence in Iraq's desert.`,
      ),
    ).not.toContain('presence-continues');
    expect(
      claimsIn(`${IRAQ} US forces will keep a presence in Iraq for the foreseeable future.`),
    ).toContain('presence-continues');
  });
});

describe('history told', () => {
  it('a sentence dated only by "that autumn" after one about 2011 is history, not the story', () => {
    const history =
      'Iraq saw the last US convoy leave in December 2011, under a deal signed in 2008 in Baghdad.';
    expect(
      claimsIn(`${history} Talks on keeping some US trainers in Iraq broke down that autumn.`),
    ).toEqual([]);
    expect(
      claimsIn(
        `${IRAQ} Washington said some US trainers will stay in Iraq after the drawdown in an advisory role.`,
      ),
    ).toContain('advisers-remain');
  });
});
