/**
 * The 2025-26 events told in the press's everyday English (data/vocabulary.json), each phrasing
 * pinned by a sentence we wrote, apart from the blind bank it came from (bank-fresh-b.jsonl):
 * quantities that "go down", bases "drawn down", "gradual cuts", a flag that "came down", a base
 * that "goes to" Iraqi units or is "Iraqi in full", "toasts" and a "sovereignty win", "signs on
 * to" and "backs state control", "still vital", "cannot do without", "rather than words",
 * groups "dismantled", "half a job", a withdrawal demanded "total", a deadline "beaten", "joins
 * anti-ISIS coalition", a "closing stage". And the near misses those words must not card.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, describeWordings, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'staffing that "goes down"',
    'At the remaining American bases in Iraq, staff numbers go down month by month, the premier said.',
    '2025-10-30',
    'other-bases-scaled-down',
  ],
  [
    'US bases "drawn down" in phases',
    'The other US bases in Iraq are being drawn down in phases, officials in Baghdad said.',
    '2025-10-30',
    'other-bases-scaled-down',
  ],
  [
    '"gradual cuts" at the other bases',
    'Gradual cuts are under way at the other American bases in Iraq, the prime minister said.',
    '2025-10-30',
    'other-bases-scaled-down',
  ],
  [
    'a base that "goes to" Iraqi units',
    'Iraqi generals said in December that Ain al-Asad goes to Iraqi units next week.',
    '2025-12-19',
    'ain-al-asad-handover-dec-2025',
  ],
  [
    'a base "Iraqi in full"',
    'Ain al-Asad will be Iraqi in full before the year is out, the Iraqi commanders said in December.',
    '2025-12-19',
    'ain-al-asad-handover-dec-2025',
  ],
  [
    'the government "toasts" a drawdown',
    "Iraq's government toasted the American drawdown as a landmark for the country.",
    '2025-08-28',
    'government-hails-drawdown',
  ],
  [
    'militias that "sign on to" state control',
    "Several of Iraq's armed factions signed on to putting their weapons under state control in December.",
    '2025-12-22',
    'factions-agree-weapons-to-state',
  ],
  [
    'coalition help "still vital"',
    "The Kurdistan Region's president said the coalition's help is still vital for Iraq against ISIS.",
    '2025-10-22',
    'kurdistan-still-needs-coalition',
  ],
  [
    'a region that "cannot do without" the coalition',
    "Iraq and the Kurdistan Region cannot do without the coalition's help against ISIS, the Kurdish leader said.",
    '2025-10-22',
    'kurdistan-still-needs-coalition',
  ],
  [
    'disarmament "rather than words"',
    'The US envoy pressed the Iraqi factions for disarmament rather than words.',
    '2025-12-23',
    'us-envoy-demands-full-disarmament',
  ],
  [
    'armed groups to be "dismantled"',
    "Washington's envoy demanded that Iraq's armed groups be dismantled for good.",
    '2025-12-23',
    'us-envoy-demands-full-disarmament',
  ],
  [
    'a drawdown dismissed as "half a job"',
    'The resistance factions in Iraq called the American drawdown half a job.',
    '2025-08-30',
    'factions-demand-full-withdrawal',
  ],
  [
    'a withdrawal demanded "total"',
    'The Iraqi resistance groups told parliament to act until the US withdrawal is total.',
    '2025-08-30',
    'factions-demand-full-withdrawal',
  ],
  [
    'a pull-out that "beat the target"',
    'The American pull-out from Ain al-Asad beat its target date by a month.',
    '2025-09-05',
    'pullout-ahead-of-schedule',
  ],
  [
    'Syria "joins anti-ISIS coalition"',
    'Syria joins anti-ISIS coalition as cooperation between Iraq and Syria grows',
    '2026-02-10',
    'syria-joins-coalition-2026',
  ],
  [
    'the coalition\'s "closing stage" begun in Syria',
    "Iraq's military committee said the coalition's closing stage has begun in Syria.",
    '2026-01-20',
    'second-phase-begins-in-syria',
  ],
  [
    'a contingent "brought home" from the Kurdish capital',
    'Norway brought its last few instructors home from Erbil in February as war with Iran loomed.',
    '2026-02-25',
    'partners-leave-erbil-feb-2026',
  ],
  [
    '"federal Iraq free of" coalition troops',
    'Federal Iraq is free of coalition troops, the Iraqi commander said.',
    '2026-01-20',
    'federal-mission-completed',
  ],
  [
    'soldiers "still on the base" for logistics',
    'A few US soldiers were still on the base at Ain al-Asad in January to handle logistics, an Iraqi officer said.',
    '2026-01-26',
    'us-soldiers-stay-for-logistics',
  ],
  [
    'the "Guards\' missiles" aimed at Harir',
    "The Guards' missiles were aimed at the American base at Harir in the Kurdistan Region on 10 March.",
    '2026-03-12',
    'iran-strikes-us-base-harir-2026',
  ],
  [
    'a region to "host" troops "into" a year',
    'The Kurdistan Region is to host US troops into 2026 for the campaign against ISIS in Syria.',
    '2025-09-15',
    'erbil-stays-for-syria',
  ],
  [
    'disarmament that "hinges on" an exit',
    "For Iraq's factions, disarmament hinges on the departure of the US-led coalition.",
    '2025-12-27',
    'disarmament-tied-to-departure',
  ],
  [
    'the US flag that "came down" over a desert base',
    'The Stars and Stripes came down over the western desert base of Ain al-Asad in mid-January 2026.',
    '2026-01-20',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    'advisers who will "still be at" a base "after the deadline passes"',
    'Some 300 US advisers will still be at Ain al-Asad after the deadline passes, because of Syria.',
    '2025-10-20',
    'advisers-kept-at-ain-al-asad',
  ],
  [
    'the remaining US sites "run down"',
    'The remaining US sites in Iraq, the premier said in October, are being run down month by month.',
    '2025-10-30',
    'other-bases-scaled-down',
  ],
];

describeWordings('idiomB: the 2025-26 events in the press', cases);

const nearMisses: [what: string, sentence: string, published: string, claim: string][] = [
  [
    "another country's troop count",
    'Fewer than 2,000 Turkish soldiers are posted in northern Iraq, Ankara says.',
    '2025-10-10',
    'us-troops-fewer-than-2000',
  ],
  [
    'civilians in a count',
    'Fewer than 2,000 pilgrims from the United States reached Najaf this year.',
    '2025-10-10',
    'us-troops-fewer-than-2000',
  ],
  [
    'diplomats staying on in Erbil',
    'American diplomats will stay in Erbil after the soldiers go, the consulate said.',
    '2025-10-10',
    'erbil-stays-for-syria',
  ],
  [
    'an Iraqi convoy leaving a base',
    'Convoys carrying Iraqi recruits left Ain al-Asad for Ramadi in August.',
    '2025-08-20',
    'ain-al-asad-exit-began-aug-2025',
  ],
  [
    'tourists leaving, not troops',
    'French tourists left the Kurdistan Region in February as the tension grew.',
    '2026-02-25',
    'partners-leave-erbil-feb-2026',
  ],
  [
    'a law withdrawn, not troops expelled',
    "Iraq's parliament demanded the withdrawal of a disputed election law.",
    '2025-09-01',
    'parliament-vote-2020',
  ],
  [
    'soldiers still at the base: not yet handed over',
    'Some American soldiers are still at Ain al-Asad, an Iraqi officer said in January.',
    '2026-01-25',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    'a region that still needs its salaries paid',
    "Kurdistan Region's president said Iraq still needs to pay the region's salaries, with the coalition's envoy present.",
    '2025-10-22',
    'kurdistan-still-needs-coalition',
  ],
  [
    'an old demand that all foreign forces leave',
    'Iraqi armed groups have long demanded that all foreign forces leave.',
    '2025-08-30',
    'factions-demand-full-withdrawal',
  ],
];

describe('idiomB: near misses stay uncarded', () => {
  for (const [what, sentence, published, claim] of nearMisses)
    it(what, () => {
      expect(claimsOf(sentence, published)).not.toContain(claim);
    });
});
