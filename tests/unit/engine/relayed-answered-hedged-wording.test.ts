/**
 * Common press wording from the relayed, answered and hedged claims of bank-fresh-m.jsonl
 * (session 44), taught to the vocabulary and one claim's exclusions: each phrasing pinned by a
 * sentence we wrote, not one of the bank's, and the near misses it must leave alone.
 */
import { describe, it } from 'vitest';
import { describeWordings, expectNotCarded, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'a count that "hit a record low"',
    'Islamic State attacks in Iraq hit a record low in 2025, with four recorded against 42 a year earlier.',
    '2026-01-08',
    'isis-attacks-fell-2025',
  ],
  [
    'a "presence" that dips below a number',
    'The American presence in Iraq will dip below 2,000 troops, most of them in Kurdistan, officials said.',
    '2025-10-04',
    'us-troops-fewer-than-2000',
  ],
  [
    'a "footprint" that shrinks to "less than" a number',
    'The US footprint in Iraq is to shrink to less than 2,000 soldiers, mostly in the Kurdistan Region.',
    '2025-10-04',
    'us-troops-fewer-than-2000',
  ],
  [
    'a group that "links" its weapons to an exit',
    'Militia Leader Links Group’s Weapons To Coalition’s Departure From Iraq',
    '2025-12-23',
    'disarmament-tied-to-departure',
  ],
  [
    'a timetable "locked in"',
    'The timetable for the coalition’s withdrawal from Iraq is locked in, two US and Iraqi officials said.',
    '2024-09-16',
    'agreement-reached',
  ],
  [
    'a timetable "all but settled"',
    'The coalition’s exit schedule is all but settled between Washington and Baghdad, diplomats say.',
    '2024-09-16',
    'agreement-reached',
  ],
  [
    'an announcement held back by "the situation in the region"',
    'The announcement of the US–Iraq withdrawal agreement was put off because of the situation in the region.',
    '2024-09-03',
    'announcement-delayed',
  ],
  [
    'an exit that "invites" a comeback',
    'Pulling US troops out of Iraq now invites an ISIS comeback, a retired general warned senators.',
    '2024-09-26',
    'withdrawal-could-embolden-isis-iran',
  ],
  [
    'the coalition’s "federal Iraq job" done',
    'With the last advisers gone from Baghdad, the coalition’s federal Iraq job is done, commanders said.',
    '2026-01-12',
    'federal-mission-completed',
  ],
  [
    'a denied hiding is litotes: "has never hidden that it wants"',
    'The Iraqi government has never hidden that it wants the coalition’s mission ended and foreign troops gone.',
    '2024-10-02',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'a closing "according to people familiar with the talks" excludes nothing',
    'The announcement of the US–Iraq exit deal has been put off over regional tensions, according to people familiar with the talks.',
    '2024-09-03',
    'announcement-delayed',
  ],
  [
    'the coalition’s "planned end" on a date',
    'Their meeting in Erbil turned to the coalition’s planned end in September 2026.',
    '2025-10-27',
    'mission-end-sept-2026',
  ],
  [
    'a government "proceeding with" ending the presence (translated agency English)',
    'The Iraqi government is proceeding with ending the mission of the international coalition and the presence of foreign forces.',
    '2025-07-26',
    'baghdad-seeks-end-of-presence',
  ],
  [
    '"Asked whether …, X said no" on a claim told as a denial',
    'Asked whether US troop withdrawals had ever been discussed with Baghdad, the State Department spokesman said no.',
    '2024-08-21',
    'withdrawal-never-discussed',
  ],
  [
    '"Asked whether …, X said yes" asserts the asked clause',
    'Asked whether coalition troops would leave Baghdad and Ain al-Asad by September, the minister said yes.',
    '2025-08-20',
    'first-phase-sept-2025',
  ],
  [
    'a plan that "keeps a force" somewhere (singular "force")',
    'The arrangement keeps a small US force in Erbil for one more year to support the campaign in Syria.',
    '2024-10-02',
    'erbil-stays-for-syria',
  ],
];

describeWordings('relayed, answered and hedged: the press words', cases);

describe('the near misses stay uncarded', () => {
  it('a civil project’s deadline is not the mission’s end', () => {
    expectNotCarded(
      'The ministry set September 2026 as the deadline for the first stage of the new port at Faw.',
      '2025-07-26',
      'mission-end-sept-2026',
    );
  });
  it('new electricity tariffs delayed are not the deal’s announcement', () => {
    expectNotCarded(
      'The announcement of new electricity tariffs in Iraq has been delayed again, the ministry said.',
      '2024-09-03',
      'announcement-delayed',
    );
  });
  it('"Asked whether …, X said no" does not assert the asked clause', () => {
    expectNotCarded(
      'Asked whether coalition troops would leave Baghdad and Ain al-Asad by September, the minister said no.',
      '2025-08-20',
      'first-phase-sept-2025',
    );
  });
  it('talks named outside the attribution still exclude', () => {
    expectNotCarded(
      'The announcement of new talks with Iraq was delayed again, according to two US officials.',
      '2024-09-03',
      'announcement-delayed',
    );
  });
  it('Syria’s Kurdish-led forces needing the coalition are not the Kurdistan Region', () => {
    expectNotCarded(
      'The Kurdish-led SDF in Syria says it still needs coalition support against ISIS.',
      '2025-10-27',
      'kurdistan-still-needs-coalition',
    );
  });
  it('a count of attacks elsewhere that "hit a low" is not Iraq’s', () => {
    expectNotCarded(
      'Pirate attacks off Somalia hit a record low in 2025, a maritime bureau said.',
      '2026-01-08',
      'isis-attacks-fell-2025',
    );
  });
});
