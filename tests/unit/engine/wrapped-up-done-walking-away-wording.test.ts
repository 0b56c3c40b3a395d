/**
 * Common wording of claims, each in three sentences of our own: the mission "wrapped up" /
 * "completed" everywhere outside the Kurdish region (the verb before the work, as the
 * noun-first phrasing had it after), a split infinitive ("set to formally close"), "promises
 * will not do" (not enough), talks "are done" or "complete", "not walking away" (no
 * withdrawal), a group that "swept across/through" the country. Near misses stay uncarded.
 * (Added while fitting articles-blind-27, session 43.)
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
  [
    'talks "are done"',
    'Iraqi officials say the technical talks with Washington are done.',
    '2024-09-10',
    'technical-talks-concluded',
  ],
  [
    'negotiations "are complete"',
    "The technical negotiations on the coalition's future are complete, a government adviser said.",
    '2024-09-10',
    'technical-talks-concluded',
  ],
  [
    'a round of talks "was done"',
    'Baghdad said the military-to-military round of talks was done and only politics remained.',
    '2024-09-10',
    'technical-talks-concluded',
  ],
  [
    '"not walking away" from the country',
    '"We are not walking away from Iraq," a Pentagon official said of the new transition.',
    '2025-10-01',
    'us-calls-it-transition',
  ],
  [
    '"is not walking away … but changing"',
    'The Pentagon insists it is not walking away from Iraq but changing how it works there.',
    '2025-10-01',
    'us-calls-it-transition',
  ],
  [
    '"never walking away"',
    "US defense officials said they were never walking away from the Iraqis, only changing the mission's shape.",
    '2025-10-01',
    'us-calls-it-transition',
  ],
  [
    'the group "swept through" the country',
    'In 2014 the jihadists swept through Iraq, seizing Mosul.',
    '2026-01-18',
    'isis-seized-territory-2014',
  ],
  [
    'militants "swept across" its north and west',
    'When IS militants swept across western and northern Iraq in 2014, the army collapsed.',
    '2026-01-18',
    'isis-seized-territory-2014',
  ],
  [
    'the group sweeping across the country, told as background',
    'Ten years ago Islamic State fighters were sweeping across Iraq, and in 2014 they held Mosul.',
    '2024-09-10',
    'isis-seized-territory-2014',
  ],
  [
    'leaders "yet to bless the final text"',
    'Leaders in both capitals are yet to bless the final text of the exit plan.',
    '2024-09-15',
    'plan-awaits-final-approval',
  ],
  [
    'governments "yet to sign the final draft"',
    'Both governments have yet to sign the final draft of the withdrawal plan.',
    '2024-09-15',
    'plan-awaits-final-approval',
  ],
  [
    'two sides "yet to approve the final wording"',
    'The two sides are yet to approve the final wording of the deal.',
    '2024-09-15',
    'plan-awaits-final-approval',
  ],
  [
    '"the movements" running ahead of the calendar fixed last year (a standard taken for granted)',
    'The movements are running weeks ahead of the calendar Baghdad and Washington fixed last year.',
    '2025-08-21',
    'pullout-ahead-of-schedule',
  ],
  [
    'convoys ahead of the calendar two governments fixed last year',
    'The convoys are running weeks ahead of the calendar the two governments fixed last year.',
    '2025-08-21',
    'pullout-ahead-of-schedule',
  ],
  [
    '"the movements" ahead of schedule',
    'The movements are running weeks ahead of schedule.',
    '2025-08-21',
    'pullout-ahead-of-schedule',
  ],
  [
    '"every other site" hosting Americans thinned out gradually',
    'Every other site hosting Americans is being thinned out gradually, the premier said.',
    '2025-10-14',
    'other-bases-scaled-down',
  ],
  [
    'a site used by US troops scaled back step by step',
    'Every other site used by US troops is being scaled back step by step, officials said.',
    '2025-10-14',
    'other-bases-scaled-down',
  ],
  [
    'each remaining site gradually cut back',
    'Each remaining site with American soldiers is gradually being cut back.',
    '2025-10-14',
    'other-bases-scaled-down',
  ],
];

describeWordings('wrapped up, set to close, promises will not do, talks done, walking away', cases);

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
  it('talks not done, or other talks done, are not the technical talks concluded', () => {
    for (const text of [
      'The technical talks with Washington are not done yet.',
      "Iraq's budget talks with the IMF are done.",
      'Talks on forming a new cabinet in Baghdad are complete.',
    ])
      expect(claimsOf(text, '2024-09-10'), text).not.toContain('technical-talks-concluded');
  });
  it('a final text with nothing still to do is no plan awaiting approval', () => {
    expect(
      claimsOf('The final text of the deal was published on Friday.', '2024-09-15'),
    ).not.toContain('plan-awaits-final-approval');
  });
  it('a site of another kind cut back is no base scaled down', () => {
    expect(
      claimsOf('The ministry news site was gradually cut back to a skeleton staff.', '2025-10-14'),
    ).not.toContain('other-bases-scaled-down');
  });
  it('walking away from something else is no transition', () => {
    expect(
      claimsOf('The Pentagon walked away from the talks on a new base in Kuwait.', '2025-10-01'),
    ).not.toContain('us-calls-it-transition');
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
