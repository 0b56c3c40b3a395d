/**
 * Events told through who acts and time told relatively, taught to the vocabulary
 * (data/vocabulary.json) after the blind bank bank-fresh-h.jsonl: each phrasing pinned by a
 * sentence we wrote, not one of the bank's, and the near misses it must leave alone.
 */
import { describe, it } from 'vitest';
import { describeWordings, expectNotCarded, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'a "closing act" that "opens in" a place (the last phase begun there)',
    "The coalition's closing act opens in Syria, the High Military Committee said.",
    '2026-01-19',
    'second-phase-begins-in-syria',
  ],
  [
    'the coalition\'s "job ends", and "no grounds for keeping" guns',
    "Once the coalition's job ends, the armed factions will have no grounds for keeping their guns, al-Sudani said.",
    '2025-09-18',
    'disarmament-tied-to-departure',
  ],
  [
    '"handing over" missiles after "the last" soldier leaves',
    'Kataib Hezbollah says handing over its missiles can wait until after the last American soldier leaves Iraq.',
    '2025-12-22',
    'disarmament-tied-to-departure',
  ],
  [
    '"the day the last" soldier leaves, and "an excuse for" weapons',
    'The day the last foreign soldier leaves Iraq, the factions lose any excuse for their weapons, the minister said.',
    '2025-11-21',
    'disarmament-tied-to-departure',
  ],
  [
    'armed groups that "lose their excuse" once the troops are gone',
    "Once foreign troops are gone, Iraq's armed groups lose their excuse, the prime minister argued.",
    '2025-09-18',
    'disarmament-tied-to-departure',
  ],
  [
    'a mission that "folds"',
    "The coalition's mission in Iraq folds in September 2026, Kurdistan included.",
    '2025-11-01',
    'mission-end-sept-2026',
  ],
  [
    'an exit "weeks before anyone expected"',
    'US troops quit Ain al-Asad weeks before anyone expected, Iraqi officials said.',
    '2025-08-26',
    'pullout-ahead-of-schedule',
  ],
  [
    'soldiers who "raised their colours over" the base',
    'Iraqi soldiers raised their colours over Ain al-Asad after the last US troops left.',
    '2026-01-18',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    'troops "being housed" in the Kurdistan Region',
    'US troops who left Baghdad are being housed at Harir, near Erbil.',
    '2025-08-29',
    'coalition-relocated-to-kurdistan',
  ],
  [
    'a base that "now holds" the troops',
    'The Harir base near Erbil now holds most of the US troops that left Anbar.',
    '2025-11-10',
    'coalition-relocated-to-kurdistan',
  ],
  [
    'the Kurdistan Region as the troops\' "new address"',
    "Harir, outside Erbil, is the US military's new address in Iraq.",
    '2025-09-02',
    'coalition-relocated-to-kurdistan',
  ],
  [
    'an army "now in charge at" the base',
    "Iraq's army is now in charge at Ain al-Asad after the US exit.",
    '2026-01-18',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    'partners who "boarded planes out of" the Kurdish capital',
    'Fearing a US-Iran war, Swedish and Italian troops boarded military planes out of Erbil.',
    '2026-02-24',
    'partners-leave-erbil-feb-2026',
  ],
  [
    '"lights out for" the coalition in federal Iraq',
    'It is lights out for the coalition in federal Iraq, with its last advisers gone from Baghdad.',
    '2026-01-22',
    'federal-mission-completed',
  ],
  [
    'a coalition "closing" its work outside the Kurdistan Region',
    'The coalition is closing its work in every base outside the Kurdistan Region, Iraqi officials said.',
    '2026-01-22',
    'federal-mission-completed',
  ],
  [
    'the work "south of the Kurdish region" wrapped up',
    "The coalition's work south of the Kurdish region has wrapped up, the defence ministry said.",
    '2026-01-22',
    'federal-mission-completed',
  ],
  [
    '"by September\'s end" (a month\'s possessive and its end)',
    "Several hundred coalition troops are to be out of Baghdad and Ain al-Asad by September's end.",
    '2024-10-03',
    'first-phase-sept-2025',
  ],
  [
    'Iran that "fires on" US forces in the Kurdistan Region',
    'Iran fires on US troops at the Harir base in Kurdistan, state media say.',
    '2026-03-11',
    'iran-strikes-us-base-harir-2026',
  ],
  [
    'a deadline that "has come and gone" with the advisers "still there"',
    'The September deadline has come and gone, and some US advisers are still there at Ain al-Asad.',
    '2025-10-20',
    'advisers-kept-at-ain-al-asad',
  ],
  [
    '"the occupation forces" (a translated outlet\'s name for them) that "slipped out of" the base',
    'The occupation forces slipped out of Ain al-Asad on Friday, Iraqi officials said.',
    '2026-01-18',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    'a campaign\'s "round two" (its second phase) begun in a place',
    "Round two of the coalition's campaign against ISIS has begun in Syria, Iraqi commanders said.",
    '2026-01-20',
    'second-phase-begins-in-syria',
  ],
  [
    'a unit that "cased its colours" (ended its deployment) at the base',
    'The last US unit at Ain al-Asad cased its colors on Friday, the defence ministry said.',
    '2026-01-18',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    'troops that "moved up to" Kurdistan ("up to" a place is no bound on a number)',
    'US troops who moved up to Kurdistan this summer will stay in Erbil through next year to support operations in Syria.',
    '2025-11-16',
    'erbil-stays-for-syria',
  ],
  [
    '"up to" a number of troops is still a bound',
    'Washington will keep up to 1,900 troops in Iraq, most of them in the Kurdistan Region.',
    '2025-10-02',
    'us-troops-fewer-than-2000',
  ],
  [
    'a deadline "by the time the month is out" (the page\'s month)',
    'Hundreds of coalition troops will leave Baghdad and Ain al-Asad by the time the month is out.',
    '2025-09-03',
    'first-phase-sept-2025',
  ],
];

describeWordings('events told through who acts, and time told relatively', cases);

describe('the near misses stay uncarded', () => {
  it('the final act of a festival is no phase of the coalition', () => {
    expectNotCarded(
      'The final act of the film festival opens in Damascus next week.',
      '2026-01-19',
      'second-phase-begins-in-syria',
    );
  });
  it('armed groups with "no excuse" for violence, and no departure, are no condition', () => {
    expectNotCarded(
      "Iraq's armed groups have no excuse for attacking protesters, the UN envoy said.",
      '2025-09-18',
      'disarmament-tied-to-departure',
    );
  });
  it('lights out for a power grid is no mission ending', () => {
    expectNotCarded(
      "It was lights out for Baghdad's power grid as the summer heat peaked.",
      '2026-01-22',
      'federal-mission-completed',
    );
  });
  it('tourists boarding flights home from Erbil are no partners leaving', () => {
    expectNotCarded(
      'Tourists boarded flights home from Erbil after the festival ended.',
      '2026-02-24',
      'partners-leave-erbil-feb-2026',
    );
  });
  it('Iran firing at a Kurdish opposition camp is no strike on the US base', () => {
    expectNotCarded(
      'Iran fired at a Kurdish opposition camp near Erbil.',
      '2026-03-11',
      'iran-strikes-us-base-harir-2026',
    );
  });
  it('ministers still there after a budget deadline are no advisers kept', () => {
    expectNotCarded(
      'The deadline for the budget has come and gone and the ministers are still there.',
      '2025-10-20',
      'advisers-kept-at-ain-al-asad',
    );
  });
  it('smugglers who slipped out of Anbar are no troops leaving the base', () => {
    expectNotCarded(
      'Smugglers slipped out of Anbar across the desert on Friday.',
      '2026-01-18',
      'ain-al-asad-handed-over-jan-2026',
    );
  });
  it('a military committee telling of round two of the campaign is not where the talks are held', () => {
    expectNotCarded(
      "Iraq's top military committee said round two of the coalition's campaign had kicked off.",
      '2026-01-20',
      'military-commission-leads-talks',
    );
  });
  it('a newspaper that folded is no mission ending', () => {
    expectNotCarded(
      'The Baghdad newspaper folded in September 2026 after forty years.',
      '2025-11-01',
      'mission-end-sept-2026',
    );
  });
  it('displaced families being housed near Erbil are no troops moving there', () => {
    expectNotCarded(
      'Families who fled Mosul are being housed in camps near Erbil.',
      '2025-08-29',
      'coalition-relocated-to-kurdistan',
    );
  });
  it('colours raised over a new barracks are no handover of the base', () => {
    expectNotCarded(
      'The Iraqi army raised its colours over the new barracks in Basra.',
      '2026-01-18',
      'ain-al-asad-handed-over-jan-2026',
    );
  });
});
