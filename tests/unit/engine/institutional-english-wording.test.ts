/**
 * Institutional and translated English (government statements rendered from Arabic, briefings,
 * communiqués), taught to the vocabulary (data/vocabulary.json) after the blind bank
 * bank-fresh-i.jsonl: each phrasing pinned by a sentence we wrote, not one of the bank's, and the
 * near misses it must leave alone.
 */
import { describe, it } from 'vitest';
import { describeWordings, expectNotCarded, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'a deal on "the completion of the tasks of" the coalition (a translated formula for its end)',
    'The cabinet endorsed the agreement reached with Washington on the completion of the tasks of the international coalition.',
    '2024-10-01',
    'agreement-reached',
  ],
  [
    '"the completion of the tasks" of the coalition in the federal provinces, announced as done',
    "Iraq's army command announced the completion of the tasks of the coalition across the federal provinces.",
    '2026-01-10',
    'federal-mission-completed',
  ],
  [
    'a headline marking the "End Of" the coalition\'s "Tasks" in federal Iraq',
    'Army Command Marks End Of Coalition Tasks In Federal Iraq',
    '2026-01-05',
    'federal-mission-completed',
  ],
  [
    'a coalition that "has concluded its work" in federal Iraq',
    'The coalition has concluded its work in federal Iraq, the army chief of staff said.',
    '2026-01-12',
    'federal-mission-completed',
  ],
  [
    'a mission in the federal areas that "has been completed", the subject far from the verb',
    "The coalition's mission in the federal areas of the country has been completed, the ministry in Baghdad said.",
    '2026-01-12',
    'federal-mission-completed',
  ],
  [
    'the "justifications for" foreign forces that "have expired"',
    'The Iraqi prime minister said the justifications for keeping foreign forces in the country have expired.',
    '2024-01-20',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'a government\'s "determination" to end the mission',
    'The Iraqi government restated its determination to end the coalition mission.',
    '2024-02-03',
    'baghdad-seeks-end-of-presence',
  ],
  [
    '"no place for foreign troops"',
    'Iraqi officials say there is no place for foreign troops in their country any more.',
    '2024-02-03',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'the presence of foreign troops that "must come to an end"',
    'The Iraqi government said the presence of foreign troops in the country must come to an end.',
    '2024-02-03',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'a pull-back called "a mere repositioning"',
    'The resistance committee said the US pullback amounted to a mere repositioning.',
    '2025-08-26',
    'factions-demand-full-withdrawal',
  ],
  [
    'a pull-back that "falls short of the required withdrawal"',
    'The resistance groups said the pullback from Anbar falls short of the required withdrawal.',
    '2025-08-26',
    'factions-demand-full-withdrawal',
  ],
  [
    'a drawdown "dismissed … as cosmetic"',
    "Iraq's resistance factions dismissed the drawdown at the western bases as cosmetic.",
    '2025-08-27',
    'factions-demand-full-withdrawal',
  ],
  [
    'a group "down but far from out"',
    'Iraqi commanders say the Islamic State is down but far from out.',
    '2025-11-02',
    'isis-still-threat',
  ],
  [
    'a withdrawal deal "in the can"',
    'Officials in both capitals say the coalition withdrawal deal is in the can.',
    '2024-09-20',
    'agreement-reached',
  ],
  [
    'the Pentagon as "DoD", scaling back the mission',
    'DoD says it will scale back the military mission in Iraq and move to a lasting security partnership.',
    '2025-09-30',
    'pentagon-scales-back-mission',
  ],
  [
    'ties recast as a partnership "between two sovereign states"',
    'Baghdad says the coalition mission will shift to a partnership between two sovereign states.',
    '2025-06-10',
    'bilateral-transition',
  ],
  [
    'the coalition\'s "stay" in the region that "ends" in a month',
    "The coalition's stay in the Kurdistan Region ends in September, the Iraqi spokesman said.",
    '2026-03-01',
    'mission-end-sept-2026',
  ],
  [
    'federal Iraq "troop-free" in a headline',
    'Federal Iraq Now Troop-Free, Army Says',
    '2026-01-08',
    'federal-mission-completed',
  ],
  [
    'the Pentagon\'s "senior defense official", unnamed and with no country',
    'A senior defense official described the change in Iraq as a transition of the mission, not a withdrawal.',
    '2025-02-04',
    'us-calls-it-transition',
  ],
  [
    '"a great deal of" (a quantity, not a deal) beside a change called a transition',
    'Washington insists its troops are not leaving Iraq but transitioning, a word carrying a great deal of weight.',
    '2024-10-05',
    'us-calls-it-transition',
  ],
  [
    'the coalition\'s work "south of the Kurdistan Region" declared finished (federal Iraq, not the whole mission)',
    "Iraqi commanders said the coalition's work south of the Kurdish region was declared finished in early 2026.",
    '2026-01-20',
    'federal-mission-completed',
  ],
  [
    'a defeat conceded between commas (", though … since 2019,"), the threat asserted',
    'The Islamic State, though defeated as a territorial force in 2019, keeps carrying out attacks in rural Iraq.',
    '2025-11-02',
    'isis-still-threat',
  ],
  [
    'an army that "received the base" from the departing Americans (translated handover wording)',
    'Iraqi army units received the base from the departing Americans at Ain al-Asad on Saturday.',
    '2026-01-18',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    'a base that "was received by" the army, in the passive',
    "Ain al-Asad air base was received by the Iraqi army's engineers after the last US advisers flew out.",
    '2026-01-18',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    'cells that "have not stopped attacking" (ongoing attacks told by a negated stop)',
    "Islamic State cells have not stopped attacking army posts in Iraq's western desert.",
    '2025-11-02',
    'isis-still-threat',
  ],
  [
    'troops that "moved north from" one place to another',
    'Hundreds of American troops moved north from Anbar to the Harir base in the Kurdistan Region.',
    '2025-09-05',
    'coalition-relocated-to-kurdistan',
  ],
  [
    'a redeployment that "is no withdrawal", in the factions\' words',
    'Iraqi resistance factions say the US redeployment to the north is no withdrawal at all.',
    '2025-08-27',
    'factions-demand-full-withdrawal',
  ],
  [
    '"there will be no … forces on Iraqi soil" by a date in 2026',
    'By September 2026 there will be no foreign coalition forces on Iraqi soil, the minister said.',
    '2025-05-02',
    'full-exit-2026',
  ],
  [
    '"no American troops or advisers" left at any base "in federal Iraq"',
    'No American troops or advisers remain stationed at any base in federal Iraq, the ministry said.',
    '2026-01-10',
    'federal-mission-completed',
  ],
  [
    'the Iraqi cabinet as "the Council of Ministers"',
    "The Council of Ministers affirmed the government's commitment to ending the mission of the international coalition.",
    '2024-09-10',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'advisers who "have departed its headquarters in Baghdad" (the joint command\'s)',
    "The Joint Operations Command announced that the coalition's advisers have departed its headquarters in Baghdad.",
    '2025-12-30',
    'federal-mission-completed',
  ],
  [
    'a troop number that "will not exceed" a figure',
    'The number of US troops in Iraq will not exceed 2,000, most of them in the Kurdistan Region.',
    '2025-10-01',
    'us-troops-fewer-than-2000',
  ],
];

describeWordings('institutional and translated English (bank-fresh-i)', cases);

describe('near misses of those readings', () => {
  it('a school programme that "concluded its work" is not the coalition\'s mission', () => {
    expectNotCarded(
      'The committee said a school-building programme had concluded its work in Amman.',
      '2026-01-12',
      'federal-mission-completed',
    );
  });
  it('"no place for foreign companies" is not foreign troops', () => {
    expectNotCarded(
      'There is no place for foreign companies in the oil sector, the Iraqi minister said.',
      '2024-02-03',
      'baghdad-seeks-end-of-presence',
    );
  });
  it('the "justifications for" a subsidy that expired are not the coalition\'s', () => {
    expectNotCarded(
      'The Iraqi finance minister said the justifications for the fuel subsidy have expired.',
      '2024-02-03',
      'baghdad-seeks-end-of-presence',
    );
  });
  it('ending "the presence of foreign" fishing boats is not ending the foreign troops\' presence', () => {
    expectNotCarded(
      "Baghdad wants to end the presence of foreign trawlers in Iraq's waters, the minister said.",
      '2024-02-03',
      'baghdad-seeks-end-of-presence',
    );
  });
  it('"a senior Iraqi defence official" is not the Pentagon\'s', () => {
    expectNotCarded(
      'A senior Iraqi defence official described the change as a transition of the mission, not a withdrawal.',
      '2025-02-04',
      'us-calls-it-transition',
    );
  });
  it('"a great deal of" is no deal: no card saying a withdrawal was never discussed', () => {
    expectNotCarded(
      'Washington insists its troops are not leaving Iraq but transitioning, a word carrying a great deal of weight.',
      '2024-10-05',
      'withdrawal-never-discussed',
    );
  });
  it('work "south of the Kurdish region" declared finished is not the end of the whole mission', () => {
    expectNotCarded(
      "Iraqi commanders said the coalition's work south of the Kurdish region was declared finished in early 2026.",
      '2026-01-20',
      'mission-end-sept-2026',
    );
  });
  it('a university that "received the site" of a factory is no handover of the base', () => {
    expectNotCarded(
      'The university received the site of the old cement factory in Anbar from the ministry on Saturday.',
      '2026-01-18',
      'ain-al-asad-handed-over-jan-2026',
    );
  });
  it('a convoy that "has not stopped" at a checkpoint tells no attack', () => {
    expectNotCarded(
      "The aid convoy has not stopped at the checkpoints on the road to Iraq's western desert.",
      '2025-11-02',
      'isis-still-threat',
    );
  });
  it('a redeployment the Pentagon says "is not a withdrawal" is not the factions\' demand', () => {
    expectNotCarded(
      'The Pentagon says the redeployment to Erbil is not a withdrawal from Iraq.',
      '2025-08-27',
      'factions-demand-full-withdrawal',
    );
  });
  it('"no coalition troops were hurt" in federal Iraq tells no mission ended', () => {
    expectNotCarded(
      'No coalition troops were hurt in the rocket attack on a base in federal Iraq, officials said.',
      '2026-01-10',
      'federal-mission-completed',
    );
  });
  it('a shipping deal "in the can" is not the withdrawal deal', () => {
    expectNotCarded(
      'The shipping deal with Kuwait is in the can, the ministry said.',
      '2024-09-20',
      'agreement-reached',
    );
  });
  it('a mission to end "instead of the agreed date" takes the deal for granted: no card for it', () => {
    expectNotCarded(
      'A rumour that the coalition mission in the north would end in May instead of the agreed date was denied by Iraqi officials.',
      '2025-02-18',
      'agreement-reached',
    );
    expectNotCarded(
      'The coalition mission in the Kurdistan Region may end earlier than the agreed timetable, officials said.',
      '2025-02-18',
      'agreement-reached',
    );
  });
  it('the Council of Ministers on oil prices tells no aim to end the presence', () => {
    expectNotCarded(
      'The Council of Ministers in Baghdad affirmed its commitment to ending fuel imports from Iran.',
      '2024-09-10',
      'baghdad-seeks-end-of-presence',
    );
  });
  it('a US trade delegation that left its headquarters in Baghdad ends no mission', () => {
    expectNotCarded(
      'The US trade delegation left its headquarters in Baghdad for talks in Amman on Sunday.',
      '2025-12-30',
      'federal-mission-completed',
    );
  });
  it('oil exports that "will not exceed" a figure are no troop count', () => {
    expectNotCarded(
      'Iraqi oil exports through Kurdistan will not exceed 2,000 barrels a day, the ministry said.',
      '2025-10-01',
      'us-troops-fewer-than-2000',
    );
  });
  it('a water release called "a mere reshuffle" by farmers is not the factions\' demand', () => {
    expectNotCarded(
      "The farmers' union called the ministry's water release a mere reshuffle.",
      '2025-08-26',
      'factions-demand-full-withdrawal',
    );
  });
});
