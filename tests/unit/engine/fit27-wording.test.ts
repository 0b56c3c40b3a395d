/**
 * Common wording for claims articles-blind-27 missed or carded wrong (session 43, fit27), each
 * in three sentences of our own: the mission "wrapped up" / "completed" everywhere outside the
 * Kurdish region (the verb before the work, as the noun-first phrasing had it after), a split
 * infinitive ("set to formally close"), "promises will not do" (not enough).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, describeWordings, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'the work wrapped up everywhere outside the Kurdish region',
    'The coalition has wrapped up its work everywhere outside the Kurdish region, officials said.',
    '2025-12-01',
    'federal-mission-completed',
  ],
  [
    'operations completed beyond the Kurdistan Region',
    'US forces completed their operations beyond the Kurdistan Region in November.',
    '2025-12-01',
    'federal-mission-completed',
  ],
  [
    'a mission ended outside Kurdistan',
    'The Americans have ended their mission outside Kurdistan, the ministry announced.',
    '2025-12-01',
    'federal-mission-completed',
  ],
  [
    'a mission "set to formally close" this month',
    "The coalition's mission is set to formally close at the end of this month.",
    '2026-09-10',
    'mission-end-sept-2026',
  ],
  [
    'a mission "due to officially end" in September',
    'The coalition mission is due to officially end in September.',
    '2026-08-10',
    'mission-end-sept-2026',
  ],
  [
    'a campaign "expected to quietly conclude"',
    "Officials say the coalition's campaign is expected to quietly conclude in September 2026.",
    '2026-05-10',
    'mission-end-sept-2026',
  ],
  [
    'the envoy: "promises would not do"',
    'The US envoy said promises would not do: the factions must hand over their weapons.',
    '2025-12-26',
    'us-envoy-demands-full-disarmament',
  ],
  [
    'the envoy: "pledges will not do"',
    "Washington's envoy warned that pledges will not do: the militias must give up their arms.",
    '2025-12-26',
    'us-envoy-demands-full-disarmament',
  ],
  [
    'the envoy: "promises will not do", opening the sentence',
    'Promises will not do, the American envoy told the armed groups, who must disarm fully.',
    '2025-12-26',
    'us-envoy-demands-full-disarmament',
  ],
];

describeWordings('fit27: common wording for blind-27 misses', cases);

describe('near misses of the same wording stay uncarded', () => {
  it('a mission to end outside Kurdistan, still ahead, is not the mission completed', () => {
    expect(
      claimsOf('The coalition will end its work outside Kurdistan next year.', '2025-06-01'),
    ).not.toContain('federal-mission-completed');
  });
  it('promises that will not do from a UN envoy elsewhere are not the US envoy', () => {
    expect(
      claimsOf('The UN envoy to Libya said promises will not do.', '2025-12-26'),
    ).not.toContain('us-envoy-demands-full-disarmament');
  });
  it('a ferry set to formally close is no coalition mission ending', () => {
    expect(
      claimsOf(
        'The ferry service is set to formally close at the end of this month.',
        '2026-09-10',
      ),
    ).not.toContain('mission-end-sept-2026');
  });
});
