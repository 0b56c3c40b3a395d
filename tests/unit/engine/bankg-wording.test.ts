/**
 * Common press idioms for ending a mission and for ordering troops out, each a phrasing in
 * data/vocabulary.json: "call time on", "pull the plug on", a coalition that "winds up", and
 * telling someone "to pack their bags". Sentences written for these tests.
 */
import { describeWordings } from './story-sentence';

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
