/**
 * More of the press's idioms, for the ISIS threat, the factions, the pretext and the prime
 * minister's gain, taught to the vocabulary (data/vocabulary.json) after the blind bank
 * bank-fresh-e.jsonl: each phrasing pinned by a sentence we wrote, not one of the bank's, and the
 * near misses it must leave alone.
 */
import { describe, it } from 'vitest';
import { describeWordings, expectNotCarded, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'a leader who "came out ahead" of a deal',
    'Al-Sudani came out ahead in the troop deal, keeping both Washington and Tehran on side.',
    '2024-09-20',
    'sudani-political-win',
  ],
  [
    'a threat called an "alibi" for staying',
    'Critics call the ISIS threat an alibi for keeping American troops in Iraq.',
    '2024-09-20',
    'isis-pretext-for-presence',
  ],
  [
    'a threat called a "cover story" for the presence',
    'The militias say the fight against ISIS is a cover story for the US presence in Iraq.',
    '2024-09-22',
    'isis-pretext-for-presence',
  ],
  [
    'a group that "has lost the ability to" threaten',
    'Iraqi commanders say ISIS has lost the ability to threaten the state.',
    '2025-12-28',
    'isis-no-longer-threat',
  ],
  [
    'cells that "are a spent force"',
    'Officials in Baghdad say the ISIS cells are a spent force.',
    '2025-11-02',
    'isis-no-longer-threat',
  ],
  [
    'a drawdown dismissed as "half a withdrawal"',
    'The resistance factions dismissed the US drawdown as half a withdrawal.',
    '2025-08-28',
    'factions-demand-full-withdrawal',
  ],
  [
    'a withdrawal "over a couple of years" (two years)',
    'The coalition will leave Iraq over the next couple of years.',
    '2024-10-05',
    'two-year-timetable',
  ],
  [
    'a count set "against" the previous year\'s',
    'ISIS mounted four attacks in Iraq in 2025, against forty-two the previous year.',
    '2026-01-02',
    'isis-attacks-fell-2025',
  ],
  [
    'a count "compared with" the prior year\'s',
    'Iraqi commanders counted four ISIS attacks in 2025, compared with 42 in the prior year.',
    '2026-01-02',
    'isis-attacks-fell-2025',
  ],
  [
    'a reading of the exit called "wrong to see" as war',
    'Tehran said it was wrong to see the US exit from Ain al-Asad as preparation for an attack on Iran.',
    '2026-01-15',
    'iran-welcomes-ain-al-asad-exit',
  ],
  [
    'troops kept "in a support role"',
    'Some US troops will stay in Iraq in a support role after the withdrawal.',
    '2024-09-16',
    'advisers-remain',
  ],
  [
    'a last phase "playing out in" a place',
    "The coalition's final phase is playing out in Syria, Iraqi commanders said.",
    '2026-01-25',
    'second-phase-begins-in-syria',
  ],
];

describeWordings('the threat, the factions and the premier as the press words them', cases);

describe('the near misses stay uncarded', () => {
  it('threats kept "from" crossing are threats averted, not a threat that remains', () => {
    expectNotCarded(
      'The new border fence aims to keep ISIS threats from crossing into Anbar.',
      '2026-01-20',
      'isis-still-threat',
    );
  });
  it('"a couple of years ago" is no timetable', () => {
    expectNotCarded(
      'A couple of years ago, the coalition left the Taji base.',
      '2024-10-05',
      'two-year-timetable',
    );
  });
  it('a count that rose against the previous year is no fall', () => {
    expectNotCarded(
      'ISIS attacks in Iraq rose to 42 in 2025, against four the previous year.',
      '2026-01-02',
      'isis-attacks-fell-2025',
    );
  });
  it('another country\'s navy "in a support role" is not the coalition\'s advisers', () => {
    expectNotCarded(
      'Britain will keep its navy in a support role in the Gulf.',
      '2024-09-16',
      'advisers-remain',
    );
  });
  it('a league\'s final phase "playing out in" a place is not the coalition\'s', () => {
    expectNotCarded(
      'The final phase of the football league is playing out in Syria.',
      '2026-01-25',
      'second-phase-begins-in-syria',
    );
  });
  it('a team that "came out ahead" is no political win', () => {
    expectNotCarded(
      'The Baghdad team came out ahead in Sunday’s match.',
      '2024-09-20',
      'sudani-political-win',
    );
  });
  it('cells that are "not a spent force" are not said to be finished', () => {
    expectNotCarded(
      'Officials in Baghdad say the ISIS cells are not a spent force.',
      '2025-11-02',
      'isis-no-longer-threat',
    );
  });
});
