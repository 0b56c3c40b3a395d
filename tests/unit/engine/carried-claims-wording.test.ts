/**
 * Claims told across two or three sentences: the wordings the vocabulary (data/vocabulary.json)
 * reads for them, each pinned by a sentence we wrote, with the near misses each must leave alone.
 * (Taught after the blind bank bank-fresh-j.jsonl; none of its sentences is used here.)
 */
import { describe, it } from 'vitest';
import { describeWordings, expectNotCarded, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'two governments that "shook on" a calendar (a deal sealed)',
    "Washington and Baghdad shook on a calendar for the coalition's exit from Iraq.",
    '2024-09-28',
    'agreement-reached',
  ],
  [
    'partners that "have flown" most of their troops out of a place',
    'Italy and Germany have flown nearly all of their troops out of Erbil since the war scare began.',
    '2026-02-20',
    'partners-leave-erbil-feb-2026',
  ],
  [
    'a group that "has never stopped fighting"',
    'Islamic State cells in Iraq have never stopped fighting, a general in Baghdad said.',
    '2025-06-10',
    'isis-still-threat',
  ],
  [
    '"deputies" for the members of a parliament',
    'Iraqi deputies voted in January 2020 to expel foreign forces from the country.',
    '2024-01-05',
    'parliament-vote-2020',
  ],
  [
    'a resolution that "demanded that all foreign soldiers leave"',
    "In January 2020 Iraq's parliament passed a resolution that demanded that all foreign soldiers leave.",
    '2024-01-05',
    'parliament-vote-2020',
  ],
  [
    'bases that "host most" of the troops',
    'Harir and the Erbil air base host most of the US troops still in Iraq.',
    '2025-11-02',
    'coalition-relocated-to-kurdistan',
  ],
  [
    '"the close of" the mission in federal Iraq',
    'Baghdad marked the close of the coalition mission in federal Iraq on Sunday.',
    '2026-01-05',
    'federal-mission-completed',
  ],
  [
    'the end of the mission "in the federal provinces" (a translated formula)',
    'Iraq Declares End Of Coalition Mission In Federal Provinces',
    '2026-01-05',
    'federal-mission-completed',
  ],
  [
    'a coalition that "has closed the book on" its work in federal Iraq',
    'The coalition has closed the book on its work in federal Iraq.',
    '2026-01-05',
    'federal-mission-completed',
  ],
  [
    'advisers "gone from every base" outside the Kurdistan Region',
    'Coalition advisers are gone from every base and headquarters outside the Kurdistan Region.',
    '2026-01-06',
    'federal-mission-completed',
  ],
  [
    'a count "south of" a figure (below it)',
    'The Pentagon will keep somewhere south of 2,000 troops in Iraq, most of them in Kurdistan.',
    '2025-10-02',
    'us-troops-fewer-than-2000',
  ],
  [
    'a mandate that "runs out in September", told in March: the September to come',
    "The coalition's mandate in Iraq, the Kurdistan Region included, runs out in September.",
    '2026-03-10',
    'mission-end-sept-2026',
  ],
  [
    '"don\'t call it a withdrawal" (the contracted form of "do not call")',
    "Don't call it a withdrawal, a Pentagon spokesman told reporters of the coalition's plans in Iraq.",
    '2024-10-02',
    'us-calls-it-transition',
  ],
  [
    'an official\'s "favoured word" for the change',
    "The State Department's favoured word for the coalition's change in Iraq is transition.",
    '2024-10-02',
    'us-calls-it-transition',
  ],
  [
    '"half an exit" (half a withdrawal, with the article before a vowel)',
    "Iraq's armed factions say half an exit is worse than none.",
    '2025-09-10',
    'factions-demand-full-withdrawal',
  ],
];

describeWordings('claims told across sentences', cases);

describe('claims told across sentences: near misses', () => {
  it('"that is when" the mission ends tells the time; no one is left to decide it', () => {
    expectNotCarded(
      "September 2026 is the month the coalition's mission in Iraq ends; that is when the last advisers go.",
      '2025-06-01',
      'leaders-to-decide-end',
    );
  });
  it('a mandate that "runs out in September", told in March, is not last September\'s', () => {
    expectNotCarded(
      "The coalition's mandate in Iraq, the Kurdistan Region included, runs out in September.",
      '2026-03-10',
      'first-phase-sept-2025',
    );
  });
  it('oil firms that flew their workers out of Erbil are no coalition partners leaving', () => {
    expectNotCarded(
      'Norwegian oil firms have flown most of their workers out of Erbil this month.',
      '2026-02-20',
      'partners-leave-erbil-feb-2026',
    );
  });
  it('a junta that says "don\'t call it a withdrawal" of another army is not Washington', () => {
    expectNotCarded(
      "Don't call it a withdrawal, the junta in Niger said of the French exit.",
      '2024-10-02',
      'us-calls-it-transition',
    );
  });
  it('a union calling a harbour\'s "half an exit" no exit is not the factions', () => {
    expectNotCarded(
      "The fishermen's union says half an exit from the harbour is no exit at all.",
      '2025-09-10',
      'factions-demand-full-withdrawal',
    );
  });
  it('a town "south of" Erbil is no cap on a troop count', () => {
    expectNotCarded(
      'South of Erbil, about 2,500 US soldiers once trained Iraqi units.',
      '2025-10-02',
      'us-troops-fewer-than-2000',
    );
  });
  it('a football club that closed the book on its season in Baghdad ends no mission', () => {
    expectNotCarded(
      'The Baghdad football club closed the book on its season in federal league play.',
      '2026-01-05',
      'federal-mission-completed',
    );
  });
});
