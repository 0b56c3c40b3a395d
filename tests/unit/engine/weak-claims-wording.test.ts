/**
 * Other English for the claims told least often (session 37, weak17): each phrasing the
 * vocabulary gained (data/vocabulary.json) pinned by a sentence we wrote, and a near miss that
 * must stay uncarded beside it.
 */
import { describe, expect, it } from 'vitest';
import { cardsOfArticle, claimsOf, describeWordings, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'the envoy wanting the factions "fully disarmed"',
    "America's envoy told reporters that Washington expects the armed groups to be fully disarmed, not merely to pledge it.",
    '2025-12-26',
    'us-envoy-demands-full-disarmament',
  ],
  [
    'the envoy saying intentions on paper "would not suffice"',
    'The special envoy praised the gesture, then added that intentions on paper would not suffice.',
    '2025-12-26',
    'us-envoy-demands-full-disarmament',
  ],
  [
    'the envoy saying words "are not enough"',
    'Factions begin counting their rockets; Washington envoy says words are not enough',
    '2025-12-26',
    'us-envoy-demands-full-disarmament',
  ],
  [
    'the military committee telling that phase two has started',
    '"Phase two is under way now, in Syria," an officer of the military committee told the state broadcaster.',
    '2026-01-28',
    'second-phase-begins-in-syria',
  ],
  [
    'a last phase that "moves to" Syria',
    'Coalition Mission Moves To Syria For Its Last Phase',
    '2026-01-28',
    'second-phase-begins-in-syria',
  ],
  [
    'a duration and a count of stages side by side ("two-year, two-phase")',
    'That two-year, two-phase plan still holds, officials in Baghdad said.',
    '2025-11-15',
    'two-year-timetable',
  ],
  [
    'a vice president on the ballot, for the leaks serving an election',
    'A vice president campaigning for the White House would love voters to hear the war is over, and the leaks give her that.',
    '2024-10-15',
    'leaks-serve-election',
  ],
  [
    '"under the pretext of fighting" the group',
    'The armed factions say the Americans keep soldiers in Iraq under the pretext of fighting the Islamic State.',
    '2025-10-20',
    'isis-pretext-for-presence',
  ],
  [
    'weapons let "reach" the group, quietly, as support',
    'In 2014 the United States and its allies secretly let arms reach the jihadist group, a former minister claimed.',
    '2025-10-20',
    'isis-covert-us-support-2014',
  ],
  [
    '"the move" coming weeks before the deadline',
    'The move comes a few weeks before the September deadline the two governments set.',
    '2025-08-20',
    'pullout-ahead-of-schedule',
  ],
  [
    'combat troops leaving as the move to advise and assist',
    'In 2021 the two governments agreed that American combat forces would pull out of Iraq by December.',
    '2024-10-20',
    'advise-assist-2021',
  ],
];

describeWordings('weak claims told in other words', cases);

describe('a pull-out told against the date it beat', () => {
  it('"weeks before the September deadline" is the early pull-out, not the deadline as a plan', () => {
    const found = claimsOf(
      'American units started pulling out some weeks before the September deadline.',
      '2025-08-25',
    );
    expect(found).toContain('pullout-ahead-of-schedule');
    expect(found).not.toContain('first-phase-sept-2025');
  });

  it('the deadline alone, with nothing early, is still the first phase', () => {
    expect(
      claimsOf(
        'Hundreds of US troops are to leave the Baghdad bases by September 2025.',
        '2024-10-01',
      ),
    ).toContain('first-phase-sept-2025');
  });
});

describe('near misses of the same wording stay uncarded', () => {
  it('a two-year halt, or "two of" a group, is no staged timetable', () => {
    for (const text of [
      'Kurdish oil flows through Turkey again after a two-year halt.',
      'Two of the largest factions said they would not take part.',
    ])
      expect(claimsOf(text, '2025-11-15'), text).not.toContain('two-year-timetable');
  });

  it('another envoy finding words not enough elsewhere is not the US envoy on Iraq', () => {
    expect(
      claimsOf(
        'The UN envoy to Libya said words are not enough to end the fighting.',
        '2025-12-26',
      ),
    ).not.toContain('us-envoy-demands-full-disarmament');
  });

  it('a campaign ploy with no withdrawal in it cards nothing of the leaks', () => {
    expect(
      claimsOf('The new fuel subsidy is an election ploy, critics in Baghdad said.', '2024-10-15'),
    ).not.toContain('leaks-serve-election');
  });
});

describe("the coalition against the group is not the story's place", () => {
  // Tried in weak17 as a topic anchor (+9 hits on the coalition's founding told in articles that
  // never write "Iraq"); it let this article, about the same coalition leaving Syria, be read,
  // and it got four cards. An article has to name the story's ground itself.
  it('an article about the anti-ISIS coalition leaving Syria, never naming Iraq, gets no card', () => {
    const text = [
      'US-Led Anti-ISIS Coalition To Wind Down Its Syria Bases By September 2026',
      'The anti-ISIS coalition will pull its remaining troops out of northeast Syria by September 2026, officials in Damascus said on Monday.',
      'The alliance against ISIS was formed in 2014 after the group seized Raqqa.',
      'The first phase of the drawdown ended in January, weeks ahead of schedule.',
      'Critics warn the exit could let ISIS cells regroup in the desert.',
    ].join('\n\n');
    expect(cardsOfArticle(text, '2026-03-10')).toEqual([]);
  });
});
