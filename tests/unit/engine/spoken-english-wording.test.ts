/**
 * Spoken English as articles quote or transcribe it (radio, podcasts, interviews, homecomings)
 * and the phrasings the vocabulary (data/vocabulary.json) reads in it: each pinned by a sentence
 * we wrote, and near misses it must leave alone. (Taught after the blind bank bank-fresh-k.jsonl;
 * none of its sentences is used here.)
 */
import { describe, it } from 'vitest';
import { describeWordings, expectNotCarded, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'the pull-out timetable as "a done deal"',
    'Officials in Baghdad say the timetable for US troops to leave Iraq is a done deal.',
    '2024-09-18',
    'agreement-reached',
  ],
  [
    'a withdrawal plan "more or less agreed"',
    'The withdrawal plan is more or less agreed, a Baghdad official told reporters.',
    '2024-10-02',
    'plan-awaits-final-approval',
  ],
  [
    'the pull-out plan still missing "the signature at the top"',
    'The pull-out plan still lacks the signature at the top in Washington and Baghdad.',
    '2024-10-02',
    'plan-awaits-final-approval',
  ],
  [
    'an announcement that "got bumped"',
    'The announcement of the US troop withdrawal from Iraq got bumped again this week.',
    '2024-10-05',
    'announcement-delayed',
  ],
  [
    '"the big reveal" of the withdrawal pushed back',
    'The big reveal of the coalition withdrawal from Iraq has been pushed back by the war.',
    '2024-10-05',
    'announcement-delayed',
  ],
  [
    'soldiers who "moved up north" to Kurdistan',
    'The US soldiers in Anbar moved up north to the Kurdistan Region last week.',
    '2025-09-10',
    'coalition-relocated-to-kurdistan',
  ],
  [
    'a unit that "drove up to" Harir',
    'American troops drove up to Harir in the Kurdistan Region after leaving Ain al-Asad.',
    '2025-09-10',
    'coalition-relocated-to-kurdistan',
  ],
  [
    'a drawdown "ahead of where" it was to be',
    'The US withdrawal from Iraq is ahead of where the Pentagon planned it to be.',
    '2025-09-02',
    'pullout-ahead-of-schedule',
  ],
  [
    'troops gone "before the date set" for them',
    'US troops left Ain al-Asad before the date set by the two governments.',
    '2025-09-02',
    'pullout-ahead-of-schedule',
  ],
  [
    'troops "home early" from Iraq, beating a deadline',
    'American troops home early from Iraq beat the September deadline by weeks.',
    '2025-08-30',
    'pullout-ahead-of-schedule',
  ],
  [
    'a mission "wrapped" in federal Iraq',
    "The coalition's mission in federal Iraq is wrapped, the army spokesman said.",
    '2026-01-06',
    'federal-mission-completed',
  ],
  [
    'a base that is "ours now"',
    "It's ours now, an Iraqi colonel said of Ain al-Asad after the US forces left in January.",
    '2026-01-20',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    'a base that "belongs to Iraq again"',
    'Ain al-Asad belongs to Iraq again after the US troops handed it over this month.',
    '2026-01-20',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    'a base that "takes fire" from Iran',
    'Harir Takes Iranian Missile Fire As Guards Claim Strike On US Base',
    '2026-03-11',
    'iran-strikes-us-base-harir-2026',
  ],
  [
    'Iranians who "took a shot at" Harir',
    'The Iranians took a shot at the US base at Harir in Kurdistan on Tuesday night.',
    '2026-03-11',
    'iran-strikes-us-base-harir-2026',
  ],
  [
    'the clock that "runs out" on the coalition mission',
    "The clock on the coalition's mission in Iraq runs out in September 2026.",
    '2025-05-01',
    'mission-end-sept-2026',
  ],
  [
    'a withdrawal that gives ISIS "breathing room"',
    'A full US withdrawal from Iraq could give ISIS breathing room, a senator warned.',
    '2024-11-10',
    'withdrawal-could-embolden-isis-iran',
  ],
  [
    'a conditional "if" as the warning, ISIS getting "its breath back"',
    'If US troops leave Iraq for good, ISIS gets its breath back, the retired general said.',
    '2024-11-10',
    'withdrawal-could-embolden-isis-iran',
  ],
  [
    'Iran "calling the shots" after an exit',
    'A full US pull-out from Iraq would leave Iran calling the shots in Baghdad, critics warn.',
    '2024-11-10',
    'withdrawal-could-embolden-isis-iran',
  ],
  [
    'a deal on "when the troops go"',
    'Washington and Baghdad have agreed on when the coalition troops go.',
    '2024-09-20',
    'agreement-reached',
  ],
  [
    'a base the army "has run … since" the month of the handover, told as background',
    'The Iraqi army, which has run the base since mid-January, held a parade at Ain al-Asad.',
    '2026-02-01',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    'a government that wants "no foreign soldiers here"',
    'The Iraqi government wants the coalition mission ended and no foreign soldiers here.',
    '2025-03-01',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'a headline with "Federal Iraq … Wrapped"',
    'Coalition Mission In Federal Iraq Wrapped, Army Says',
    '2026-01-06',
    'federal-mission-completed',
  ],
];

describeWordings('spoken English: a phrasing a transcript or a quote uses', cases);

describe('spoken English: near misses', () => {
  it('leaves other plans, bases and deals alone', () => {
    expectNotCarded(
      'Is the withdrawal plan more or less agreed, or is that just talk?',
      '2024-10-02',
      'plan-awaits-final-approval',
    );
    expectNotCarded(
      'A baker near Ain al-Asad, who has run his shop near the gate since 2009, misses the Americans.',
      '2026-02-01',
      'ain-al-asad-handed-over-jan-2026',
    );
    expectNotCarded(
      'The German army has run the training centre in Erbil since 2016, its commander said.',
      '2026-02-01',
      'ain-al-asad-handed-over-jan-2026',
    );
    expectNotCarded(
      'The football final in Baghdad got bumped to next week because of the heat.',
      '2024-10-05',
      'announcement-delayed',
    );
    expectNotCarded(
      'The Turkish army took a shot at a village in Duhok, the Kurdistan Region said.',
      '2026-03-11',
      'iran-strikes-us-base-harir-2026',
    );
    expectNotCarded(
      'If the rains come early, the harvest in Iraq could recover, farmers said.',
      '2024-11-10',
      'withdrawal-could-embolden-isis-iran',
    );
  });
});
