/**
 * Common English the vocabulary gained (data/vocabulary.json), each phrasing
 * pinned by a sentence we wrote: phrasal verbs in their usual forms ("falls to", "underpinning",
 * "emptied slowly", "advising rather than fighting") and set idioms ("a gift to", "back on its
 * feet", "fill the gap").
 */
import { describeWordings, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'the group brought up as "the reason to delay" a departure',
    'Each time a deadline nears, the threat from the Islamic State is held up as the reason to delay the departure of American forces.',
    '2025-06-01',
    'isis-pretext-for-presence',
  ],
  [
    'bases that "have emptied slowly"',
    'The bases the Americans held near Baghdad have emptied slowly since last year.',
    '2025-11-20',
    'other-bases-scaled-down',
  ],
  [
    'the "technical rounds" as talks',
    "The technical rounds on the coalition's future have ended, Iraq's foreign ministry said.",
    '2024-09-10',
    'technical-talks-concluded',
  ],
  [
    '"underpinning" as resting on',
    'Underpinning future ties between Washington and Baghdad will be the Strategic Framework Agreement of 2008.',
    '2024-09-30',
    'framework-agreement-governs-ties',
  ],
  [
    '"advising rather than fighting"',
    'Since 2021 US troops in Iraq have been advising rather than fighting.',
    '2024-09-30',
    'advise-assist-2021',
  ],
  [
    '"only advised"',
    'Since 2021 the American soldiers in Iraq have only advised Iraqi units.',
    '2024-09-30',
    'advise-assist-2021',
  ],
  [
    '"a gift to" the jihadists',
    'Leaving Iraq entirely would be a gift to ISIS, a former US commander warned.',
    '2024-09-30',
    'withdrawal-could-embolden-isis-iran',
  ],
  [
    '"back on its feet"',
    'A full American withdrawal from Iraq could put ISIS back on its feet, the general warned.',
    '2024-09-30',
    'withdrawal-could-embolden-isis-iran',
  ],
  [
    'Iran "filling the gap"',
    'A US withdrawal from Iraq would leave Iran filling the gap, a senator warned.',
    '2024-09-30',
    'withdrawal-could-embolden-isis-iran',
  ],
  [
    'a city that "falls to" the group',
    'June 2014: Mosul falls to the jihadists of the Islamic State.',
    '2024-09-30',
    'isis-seized-territory-2014',
  ],
  [
    'a group that "had taken" a city',
    'By the summer of 2014 Islamic State fighters had taken Mosul.',
    '2024-09-30',
    'isis-seized-territory-2014',
  ],
  [
    'the caliphate "losing the last sliver of" ground',
    'In March 2019 the caliphate lost the last sliver of ground it held.',
    '2024-09-30',
    'isis-territorially-defeated-2019',
  ],
  [
    'the coalition\'s "operations outside" the Kurdish region "are over"',
    "The coalition's operations outside the Kurdistan Region are over, officials in Baghdad said.",
    '2025-12-02',
    'federal-mission-completed',
  ],
  [
    'a verbless "contingents gone"',
    'Erbil update: the Italian and Dutch contingents gone since last month.',
    '2026-03-10',
    'partners-leave-erbil-feb-2026',
  ],
];

describeWordings('fit19: phrasal verbs and set phrases', cases);
