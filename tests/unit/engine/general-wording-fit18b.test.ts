/**
 * More common English forms (data/vocabulary.json): taking charge of a place, every soldier out,
 * bases handed back. Sentences written for these tests.
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
]);
