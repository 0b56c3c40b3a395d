/**
 * More common English forms (data/vocabulary.json): taking charge of a place, every soldier out,
 * bases handed back, a figure set "against" the year before's, a state said to have targeted a base. Sentences written for these tests.
 */
import { describeWordings } from './story-sentence';

describeWordings('general wordings, continued', [
  [
    'took full charge of the base',
    "Iraq's army took full charge of Ain al-Asad on Saturday after the last Americans left.",
    '2026-01-19',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    'every soldier out of the country',
    'The armed factions urged parliament to force every American soldier out of the country.',
    '2025-08-20',
    'factions-demand-full-withdrawal',
  ],
  [
    'bases in federal Iraq handed back',
    'By November the bases in federal Iraq had been handed back and the coalition had moved north.',
    '2026-05-21',
    'federal-mission-completed',
  ],
  [
    'a figure against the year before',
    'Officials counted four Islamic State attacks in Iraq in 2025, against forty-two the year before.',
    '2026-02-14',
    'isis-attacks-fell-2025',
  ],
  [
    'Iran says it targeted a base',
    "Iran says it targeted the US base at Harir in Iraq's Kurdistan Region",
    '2026-03-10',
    'iran-strikes-us-base-harir-2026',
  ],
]);
