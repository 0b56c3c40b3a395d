/**
 * Near misses told as background (near-misses-blind-1 found them): another negotiation's pause,
 * another body's two-year process, another army's advisers, and a headline idiom of praise.
 * Our own sentences, not the set's; each article names the story's place so it is read.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
const claimsIn = (lines: string[], published: string) =>
  matcher.match(lines.join('\n\n'), { published }).matches.map((m) => m.claim);

describe('the same words for another matter get no card of the story', () => {
  it('talks on rivers and dams paused over regional tension are not the coalition talks', () => {
    const claims = claimsIn(
      [
        'Iraq and its upstream neighbour meet again over shared rivers',
        'BAGHDAD — Negotiators from Iraq and Turkey met again on Monday for talks on dam releases, which had been suspended in the spring because of the risk of a wider regional war.',
        'Iraqi farmers in the south say the flow of the Tigris has fallen for a third summer.',
      ],
      '2025-09-01',
    );
    expect(claims).not.toContain('talks-suspended');
  });

  it('weapons handed in over two years are not the withdrawal timetable', () => {
    const claims = claimsIn(
      [
        'Iraq asks clans to give up heavy arms',
        'BAGHDAD — Iraqi clans in the south have been told to hand in their heavy weapons, in a process the interior ministry expects to last two years.',
        'Clan feuds in Iraq have killed dozens this year, officials say.',
      ],
      '2025-11-10',
    );
    expect(claims).not.toContain('two-year-timetable');
  });

  it("a neighbour's own advisers staying are not the coalition's", () => {
    const claims = claimsIn(
      [
        'Neighbours keep their military staff in northern Iraq',
        "BAGHDAD — Iran said on Sunday its advisers in Iraq's north would remain for as long as Baghdad wanted them.",
        'Iraqi officials made no comment on the statement.',
      ],
      '2025-11-10',
    );
    expect(claims).not.toContain('advisers-remain');
  });
});

describe('an idiom of praise in a headline', () => {
  it('"counts the drawdown as a win" is the government hailing it', () => {
    const claims = claimsIn(
      [
        "Al-Sudani's Cabinet Counts The Drawdown As A Win",
        "Iraq's ruling parties said the smaller American footprint in Iraq showed the state was back in charge.",
      ],
      '2026-02-01',
    );
    expect(claims[0]).toBe('government-hails-drawdown');
  });
});
