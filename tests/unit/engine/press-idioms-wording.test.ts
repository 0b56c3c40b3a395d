/**
 * How the press words the deal, its announcement, the plan's dates and the 2025-26 events,
 * taught to the vocabulary (data/vocabulary.json) and the claims' exclusions after the blind bank
 * bank-fresh-d.jsonl: each phrasing pinned by a sentence we wrote, not one of the bank's, and the
 * near misses it must leave alone.
 */
import { describe, it } from 'vitest';
import { describeWordings, expectNotCarded, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'a change of role that is "not a retreat"',
    'The Pentagon says the coalition is entering a new phase in Iraq, not a retreat.',
    '2024-10-02',
    'us-calls-it-transition',
  ],
  [
    'the plan that "still awaits the green light"',
    "The coalition's exit plan still awaits the green light from Washington and Baghdad.",
    '2024-09-14',
    'plan-awaits-final-approval',
  ],
  [
    'a country that has "outgrown the need for" foreign troops',
    'The Iraqi government says the country has outgrown the need for foreign troops.',
    '2024-09-05',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'an aim to "close the file of" the coalition',
    'Baghdad wants to close the file of the international coalition for good.',
    '2025-02-11',
    'baghdad-seeks-end-of-presence',
  ],
  [
    '"no foreign boots on Iraqi soil"',
    "Al-Sudani's government wants no foreign boots on Iraqi soil.",
    '2024-09-05',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'a timetable that was "beaten"',
    'Schedule beaten as US troops quit the Baghdad bases.',
    '2025-08-25',
    'pullout-ahead-of-schedule',
  ],
  [
    'a "holdup" of the announcement',
    'Officials said the holdup in announcing the US troop deal was the tension over Gaza.',
    '2024-09-12',
    'announcement-delayed',
  ],
  [
    'a "footprint" that shrinks "below" a number',
    'The US footprint in Iraq is set to drop below 2,000, officials said.',
    '2025-10-02',
    'us-troops-fewer-than-2000',
  ],
  [
    'a mission "wound up" outside the Kurdistan Region (the federal mission, not the whole)',
    'The coalition has wound up its mission outside the Kurdistan Region, Iraqi commanders said.',
    '2026-01-21',
    'federal-mission-completed',
  ],
  [
    'a deal "essentially settled"',
    'Troop Exit Deal Essentially Settled, Baghdad And Washington Officials Say',
    '2024-09-09',
    'agreement-reached',
  ],
  [
    'the two capitals that "shake on" a timetable',
    'Iraq and the US shake on a timetable for the coalition to withdraw.',
    '2024-09-29',
    'agreement-reached',
  ],
  [
    'negotiators who "came away with" a timetable',
    'Iraqi negotiators came away with a timetable for the coalition forces to withdraw, the minister said.',
    '2024-10-03',
    'agreement-reached',
  ],
  [
    'the coalition that "still has boots on the ground" in the Kurdistan Region',
    'Since the move north, the coalition still has boots on the ground only in the Kurdistan Region.',
    '2025-11-04',
    'coalition-relocated-to-kurdistan',
  ],
];

describeWordings('the deal, the plan and the 2025-26 events as the press words them', cases);

describe('the near misses stay uncarded', () => {
  it('"the remainder" is not advisers who remain', () => {
    expectNotCarded(
      'The first group of advisers flies home in May and the remainder follow in June.',
      '2025-03-02',
      'advisers-remain',
    );
  });
  it('the first phase of a rail link is a civil project', () => {
    expectNotCarded(
      'The first phase of the new rail link to Turkey is due in September.',
      '2025-05-12',
      'first-phase-sept-2025',
    );
  });
  it('the mission wound up outside the Kurdistan Region is not the whole mission ending', () => {
    expectNotCarded(
      'The coalition has wound up its mission outside the Kurdistan Region this year.',
      '2026-02-03',
      'mission-end-sept-2026',
    );
  });
});
