/**
 * Common press idioms for ending a mission and for ordering troops out, each a phrasing in
 * data/vocabulary.json: "call time on", "pull the plug on", a coalition that "winds up", and
 * telling someone "to pack their bags"; a vote "shrugged off" or one "that Washington ignored"; leaders
 * "weighing conditions", talks that "have run their course", "topping up" garrisons;
 * "hash out", "take on board", "pivot to", "hand in glove", "spin for an election"; "the rest of the" bases; ties that "fall back on" an agreement; and a coalition of
 * political parties, which is not the military coalition; another body's mission winding down early. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { describeWordings, expectNotCarded } from './story-sentence';

describeWordings('ending and ordering-out idioms', [
  [
    'leaders who will call time on the mission',
    'Biden and al-Sudani will review conditions in Iraq before they call time on the coalition.',
    '2024-09-20',
    'leaders-to-decide-end',
  ],
  [
    'leaders who will pull the plug on the mission',
    'Biden and al-Sudani will review conditions in Iraq before they pull the plug on the coalition.',
    '2024-09-20',
    'leaders-to-decide-end',
  ],
  [
    'a coalition that winds up',
    'When and how the coalition in Iraq winds up is for Biden and al-Sudani to decide, officials said.',
    '2024-09-20',
    'leaders-to-decide-end',
  ],
  [
    'lawmakers who told troops to pack their bags',
    "In January 2020 Iraq's parliament voted and told American troops to pack their bags.",
    '2025-03-01',
    'parliament-vote-2020',
  ],
]);

describeWordings('a vote shrugged off', [
  [
    'a vote shrugged off, the particle after the object',
    "Washington has shrugged the parliament's vote off and kept its troops in Iraq.",
    '2024-10-01',
    'us-refused-to-withdraw',
  ],
  [
    'the vote that Washington ignored',
    'Iraq still remembers the 2020 vote that Washington ignored, keeping its soldiers in the country.',
    '2024-10-01',
    'us-refused-to-withdraw',
  ],
]);

describeWordings('weighing, running their course, topping up', [
  [
    'leaders weighing conditions before ending the mission',
    'Biden and al-Sudani will end the coalition mission in Iraq only after weighing conditions on the ground.',
    '2024-09-20',
    'leaders-to-decide-end',
  ],
  [
    'talks that have run their course',
    'The technical talks between Baghdad and Washington have run their course, an adviser said.',
    '2024-09-20',
    'technical-talks-concluded',
  ],
  [
    'topping up garrisons',
    'The Pentagon has been topping up its garrisons in Syria and in Kirkuk, in northern Iraq.',
    '2024-10-01',
    'us-reinforced-presence',
  ],
]);

describeWordings('hashing out, taking on board, pivoting, spin', [
  [
    'talks begun to hash out a future',
    "In January Baghdad began meeting Washington to hash out the coalition's future in Iraq.",
    '2024-09-20',
    'talks-began-january-2024',
  ],
  [
    'a coalition taking Syria on board and pivoting',
    'The coalition in Iraq took Syria on board last week and pivoted to a new focus.',
    '2026-02-20',
    'syria-joins-coalition-2026',
  ],
  [
    'a new phase with Baghdad and Damascus working hand in glove',
    'In Iraq the coalition entered a new phase built on Baghdad and Damascus working hand in glove.',
    '2026-02-20',
    'syria-joins-coalition-2026',
  ],
  [
    'withdrawal talk as spin for an election',
    'Analysts in Baghdad called the talk of a US withdrawal from Iraq spin for the American election.',
    '2024-10-10',
    'leaks-serve-election',
  ],
]);

describeWordings('the rest of the bases', [
  [
    'the rest of the bases shrinking',
    'Al-Sudani said the rest of the US bases in Iraq are shrinking in staff and operations.',
    '2025-10-20',
    'other-bases-scaled-down',
  ],
]);

describeWordings('ties that fall back on an agreement', [
  [
    'ties that fall back on the framework agreement',
    'After the coalition mission in Iraq, the relationship with Washington will fall back on the Strategic Framework Agreement.',
    '2024-10-01',
    'framework-agreement-governs-ties',
  ],
]);

describe('a coalition of political parties', () => {
  it('is not the military coalition formed in 2014', () => {
    expectNotCarded(
      'In Iraq, a coalition of Shiite parties formed in 2014 to back the new premier later split apart.',
      '2025-03-01',
      'coalition-formed-2014',
    );
  });
});

describe('another mission winding down ahead of its deadline', () => {
  it('is not the coalition pulling out ahead of schedule', () => {
    expectNotCarded(
      'In Iraq the UN political mission is winding down ahead of its deadline.',
      '2025-10-20',
      'pullout-ahead-of-schedule',
    );
  });
});
