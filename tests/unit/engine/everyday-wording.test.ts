/**
 * Common English forms for what a claim says, each a phrasing of data/vocabulary.json: avoiding
 * a word ("steer clear of", "shy away from"), a vacuum left to be filled, chores done with
 * equipment ("sort out", "deal with"), taking much of a region, a lasting basis, complaints,
 * and sending or bringing in more. Sentences written for these tests.
 */
import { describeWordings } from './story-sentence';

describeWordings('general wordings', [
  [
    'steers clear of the word',
    'The State Department steered clear of the word withdrawal, talking instead of a transition for the coalition.',
    '2024-10-01',
    'us-calls-it-transition',
  ],
  [
    'a departure leaving a vacuum',
    'Kurdish lawmakers warned that a rushed US withdrawal would leave a vacuum for Islamic State to exploit.',
    '2025-10-20',
    'withdrawal-could-embolden-isis-iran',
  ],
  [
    'staying to sort out equipment',
    'A handful of American soldiers stayed on at Ain al-Asad for a few weeks to sort out equipment.',
    '2026-02-10',
    'us-soldiers-stay-for-logistics',
  ],
  [
    'taking much of a province',
    'In 2014 Islamic State fighters swept in, taking much of the country within weeks.',
    '2026-02-10',
    'isis-seized-territory-2014',
  ],
  [
    'a lasting basis',
    'The Strategic Framework Agreement gives Washington a lasting legal basis for keeping forces in Iraq.',
    '2026-05-20',
    'framework-agreement-keeps-us-forces',
  ],
  [
    'sending extra personnel',
    'Instead of leaving, the Americans sent extra personnel to their bases in Syria and to Kirkuk.',
    '2024-10-20',
    'us-reinforced-presence',
  ],
]);
