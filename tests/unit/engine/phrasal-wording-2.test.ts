/**
 * More wording of English the vocabulary reads (data/vocabulary.json), each pinned by a sentence
 * we wrote: the verbs of keeping in all their forms ("hold on to", "clung to", "kept"), read as
 * keeping arms and not as troops staying; "roam", "sweep across", "opened conversations", "in
 * steps", "down but not out", "gathered … after leaving", "headed for",
 * "ready for" weapons "under" command. Added when fitting blind-24 (session 41).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, describeWordings, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    '"hold on to" weapons for as long as troops stay',
    'The militias say they will hold on to their guns as long as any foreign soldier is based in Iraq.',
    '2025-10-05',
    'disarmament-tied-to-departure',
  ],
  [
    '"clung to" arsenals until the foreign forces go',
    'The armed groups have clung to their arsenals, saying they will disarm only once the foreign forces leave Iraq.',
    '2025-10-05',
    'disarmament-tied-to-departure',
  ],
];

describeWordings('keeping arms in other forms of the verb', cases);

const more: WordingCase[] = [
  [
    'cells that "still roam" a region',
    'Army officers say Islamic State cells still roam the desert west of Mosul at night.',
    '2025-06-10',
    'isis-still-threat',
  ],
  [
    '"sweep across" in the present form',
    'Few expected the Islamic State group to sweep across a third of the country as it did in 2014.',
    '2025-06-10',
    'isis-seized-territory-2014',
  ],
  [
    '"opened conversations" for talks begun',
    'Baghdad opened conversations with Washington about the coalition in January 2024.',
    '2024-03-05',
    'talks-began-january-2024',
  ],
  [
    'a withdrawal that "comes in steps"',
    'The coalition withdrawal comes in steps and takes roughly two years, officials said.',
    '2024-10-05',
    'two-year-timetable',
  ],
  [
    'an enemy "down but not out"',
    'Iraqi officers call the Islamic State group down but not out in the northern hills.',
    '2025-06-10',
    'isis-still-threat',
  ],
  [
    'forces that "gathered" somewhere "after leaving" another place',
    'Most American soldiers gathered in Erbil after leaving their posts in Anbar, officials said.',
    '2025-10-15',
    'coalition-relocated-to-kurdistan',
  ],
  [
    '"headed for" as "headed to"',
    'Trucks carrying US equipment were headed for Erbil on Sunday, witnesses said.',
    '2025-08-25',
    'coalition-relocated-to-kurdistan',
  ],
  [
    'groups "ready for" their weapons to come "under" the state\'s "command"',
    'Two armed factions said they were ready for their weapons to be placed under state command.',
    '2025-12-22',
    'factions-agree-weapons-to-state',
  ],
];

describeWordings('more forms of common wording', more);

describe('holding on to weapons is not the troops staying', () => {
  it('does not card the presence lasting', () => {
    const text =
      'The factions would hold onto their weapons for as long as foreign troops remain in Iraq, their leaders said.';
    const claims = claimsOf(text, '2025-10-05');
    expect(claims).not.toContain('presence-continues');
    expect(claims).toContain('disarmament-tied-to-departure');
  });
});
