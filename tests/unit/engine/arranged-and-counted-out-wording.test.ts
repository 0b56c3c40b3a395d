/**
 * Readings of English added when fitting articles-blind-23 (session 41), each pinned on the
 * story's pack by a sentence we wrote: the card it gets, and the card it no longer gets.
 */
import { describe, expect, it } from 'vitest';
import { cardsOfArticle, claimsOf, describeWordings } from './story-sentence';

/** [what, sentence, published, the claim it states, a claim it must not be carded with] */
const cases: [string, string, string, string, string][] = [
  [
    'a date right after a signing the key words do not name is the deal’s ("agreed a year ago")',
    'The Pentagon announced late last month that it had started shrinking its mission in Iraq and would move toward a long-term security partnership, ending the stage agreed a year ago.',
    '2025-10-16',
    'pentagon-scales-back-mission',
    'announcement-expected-this-month',
  ],
  [
    'a phrasal verb of a timetable in the present looks ahead ("wraps up … in September")',
    "Under last year's plan, the coalition wraps up its mission in September, two officials said.",
    '2026-02-16',
    'mission-end-sept-2026',
    'federal-mission-completed',
  ],
  [
    '"an agreed withdrawal would be …" supposes the deal, and reports the judgement',
    'For the prime minister, al-Sudani, an agreed withdrawal would be a political triumph at home, analysts said.',
    '2024-09-10',
    'sudani-political-win',
    'agreement-reached',
  ],
  [
    '"none of its troops remain" counts them out',
    'The alliance has wrapped up its work in Baghdad, and none of its troops remain in the Kurdistan Region, an officer said.',
    '2026-02-16',
    'federal-mission-completed',
    'coalition-relocated-to-kurdistan',
  ],
];

describe('readings fitted on blind-23', () => {
  for (const [what, sentence, published, claim, not] of cases)
    it(what, () => {
      const claims = claimsOf(sentence, published);
      expect(claims).toContain(claim);
      expect(claims).not.toContain(not);
    });
});

describeWordings('phrasal verbs and idioms read when fitting blind-23', [
  [
    '"roll it out" for making a deal public',
    "'The deal is done; we just have to decide when to roll it out,' an American official told reporters.",
    '2024-09-10',
    'us-official-confirms-agreement',
  ],
  [
    '"have yet to give … their blessing" for a deal awaiting approval',
    'The two governments have yet to give the draft their blessing, officials said.',
    '2024-09-10',
    'plan-awaits-final-approval',
  ],
  [
    '"cut its contingent" for a partner scaling back',
    'Italy has cut its contingent in Erbil to a handful of trainers, its defence ministry said.',
    '2026-02-20',
    'partners-leave-erbil-feb-2026',
  ],
  [
    '"lay down their guns" for disarming',
    'The armed groups say they will lay down their guns once foreign troops leave Iraq.',
    '2025-12-22',
    'disarmament-tied-to-departure',
  ],
  [
    '"stripped of its arsenal" for disarmed',
    'The US envoy said every militia must be stripped of its arsenal before the year is out.',
    '2025-12-22',
    'us-envoy-demands-full-disarmament',
  ],
  [
    '"needed the militias disarmed" for a demand',
    'The American envoy said Baghdad needed the militias disarmed for good.',
    '2025-12-22',
    'us-envoy-demands-full-disarmament',
  ],
  [
    '"will complete its work" for a mission ending',
    'The coalition will complete its work in Baghdad by September 2025, the two governments said.',
    '2024-09-30',
    'first-phase-sept-2025',
  ],
  [
    '"would carry on" for missions that stay',
    'Coalition missions into Syria would carry on out of Erbil after 2025, officials said.',
    '2025-10-10',
    'erbil-stays-for-syria',
  ],
  [
    '", where they moved" for a place moved to',
    'Life is quiet for the American soldiers in Erbil, where they moved from Baghdad in 2025.',
    '2026-01-10',
    'coalition-relocated-to-kurdistan',
  ],
  [
    '"place … under state control" for handing weapons over',
    'Three armed groups have agreed to place their missiles and drones under state control, a senior judge said.',
    '2025-12-22',
    'factions-agree-weapons-to-state',
  ],
]);

describe('an actor named again at the head of the next paragraph', () => {
  it('"The militants" is the group the paragraph before ended on', () => {
    const text = [
      'Iraq and the coalition',
      'Kurdish leaders told the visiting delegation that Iraq still needed help to hold Islamic State back.',
      'The militants lost their last territory in 2019, but their cells still ambush soldiers in the desert.',
    ].join('\n\n');
    expect(cardsOfArticle(text, '2025-10-20')).toContain('isis-territorially-defeated-2019');
  });
});
