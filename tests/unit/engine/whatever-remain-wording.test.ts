/**
 * "whatever troops remain", "whatever soldiers are left" name the rest of the force (vocabulary:
 * remainder), so a date they must "be out of" a place by is the last exit. Session 44, fit29,
 * for an articles-blind-29 sentence first carded as a move into the region; wordings our own.
 */
import { describeWordings, type WordingCase } from './story-sentence';

describeWordings('the rest of the force told by "whatever … remain"', [
  [
    'whatever … remain must be out of',
    'Whatever coalition troops remain must be out of Erbil by September, officials said.',
    '2026-03-17',
    'full-exit-2026',
  ],
  [
    'whatever … remain have to be out of',
    'Whatever US forces remain have to be out of the Kurdistan Region by September 2026.',
    '2026-03-17',
    'full-exit-2026',
  ],
  [
    'whatever … are left must be out of',
    'By the terms of the accord, whatever American soldiers are left must be out of Harir before the end of 2026.',
    '2026-03-17',
    'full-exit-2026',
  ],
] satisfies WordingCase[]);
