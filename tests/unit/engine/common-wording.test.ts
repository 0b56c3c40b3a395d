/**
 * Common press English for leaving, staying, disarming, approving and the jihadists' threat, found
 * missing on articles-blind-22 (session 41, fit22): each phrasing the vocabulary gained
 * (data/vocabulary.json) pinned by a sentence we wrote, and near misses about other countries,
 * groups and missions that must stay uncarded.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, describeWordings, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'the whole "timetable stretches over" two years',
    'All told, the timetable stretches over about two years.',
    '2024-10-01',
    'two-year-timetable',
  ],
  [
    'a mission "meant to be over" by a date',
    "The coalition's mission in Iraq and in the Kurdish north is meant to be over by September 2026.",
    '2025-11-01',
    'mission-end-sept-2026',
  ],
  [
    'factions that will not "give up" their missiles while troops stay',
    'The militias say they will not give up their missiles while US troops stay in Iraq.',
    '2025-10-01',
    'disarmament-tied-to-departure',
  ],
  [
    'guns handed in once "foreign armies" leave',
    'Faction commanders say they will hand in their guns once foreign armies leave Iraq.',
    '2025-10-01',
    'disarmament-tied-to-departure',
  ],
  [
    'the group that "stormed through" cities in 2014',
    'In 2014 the Islamic State stormed through Mosul and Tikrit.',
    '2025-03-01',
    'isis-seized-territory-2014',
  ],
  [
    'soldiers still there "handling supplies and spare parts"',
    'A handful of American soldiers are still there, handling supplies and spare parts for the Iraqi air force.',
    '2026-02-20',
    'us-soldiers-stay-for-logistics',
  ],
  [
    'Washington\'s "line is that" its role is evolving',
    "Washington's line is that its military role in Iraq is evolving, not ending.",
    '2024-03-01',
    'us-calls-it-transition',
  ],
  [
    '"the two presidents" deciding when the mission ends',
    'The two presidents will decide later when and how the mission ends.',
    '2024-03-01',
    'leaders-to-decide-end',
  ],
  [
    '"conversations between the two governments" begun in January 2024',
    "Conversations between the two governments on the coalition's future began in January.",
    '2024-02-10',
    'talks-began-january-2024',
  ],
  [
    'what remains is "approval" by the leaders',
    'What remains is approval by the leaders in Washington and Baghdad, and then the plan can be made public.',
    '2024-12-01',
    'plan-awaits-final-approval',
  ],
  [
    '"remnant cells" seen as "a serious risk"',
    'Iraqi officers still regard the remnant cells in the western desert as a serious risk.',
    '2026-03-01',
    'isis-still-threat',
  ],
  [
    'soldiers serving "only as advisers" since December 2021',
    'Since December 2021 the American soldiers in Iraq have served only as advisers.',
    '2024-09-01',
    'advise-assist-2021',
  ],
];

describeWordings('common press wording (fit22)', cases);

describe('the same wording about other countries, groups and missions', () => {
  const nearMisses: [sentence: string, published: string][] = [
    ['The timetable for the new Basra port runs to two years.', '2024-10-01'],
    ['The election timetable stretches over two years, the commission said.', '2024-10-01'],
    [
      'Rebels in Sudan refused to give up their rockets until the army leaves Darfur.',
      '2025-10-01',
    ],
    ['Conversations between the two governments on oil exports began in January.', '2024-02-10'],
    ["Al-Shabaab's remnant cells remain a serious risk in southern Somalia.", '2026-03-01'],
    [
      "The Pentagon's line is that its role in the Baltic states is evolving, not ending.",
      '2024-03-01',
    ],
    ['A few French soldiers are still in Niger, handling fuel and spare parts.', '2026-02-20'],
    ['In 2014 Russian-backed forces stormed through Donetsk and Luhansk.', '2025-03-01'],
    ['The UN mission in Lebanon is meant to be over by September 2026.', '2025-11-01'],
    ["What remains is approval by parliament for next year's budget.", '2024-12-01'],
  ];
  for (const [sentence, published] of nearMisses)
    it(sentence, () => {
      expect(claimsOf(sentence, published)).toEqual([]);
    });
});
