/**
 * Common press wording, each pinned by sentences we wrote in different wordings, with near misses
 * that must stay uncarded: a final pocket that falls, a mission shut, a base passed from one side to
 * the other, forces that end up somewhere, a trial balloon, a green light still awaited, combat
 * operations ending. (Added while fitting articles-blind-30, session 44.)
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, describeWordings, expectNotCarded, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'combat operations that "end", told in a timeline entry',
    'December 2021: US combat operations end and the soldiers left behind turn to advising Iraqi brigades.',
    '2026-03-01',
    'advise-assist-2021',
  ],
  [
    '"ended combat operations" in December 2021',
    'The coalition ended combat operations in Iraq in December 2021, keeping only trainers there.',
    '2025-05-10',
    'advise-assist-2021',
  ],
  [
    'a force that "shifted to advising" in 2021',
    'In late 2021 the US force in Iraq shifted to advising the Iraqi army.',
    '2025-05-10',
    'advise-assist-2021',
  ],
  [
    'a government pledged to "conclude the presence" of foreign forces',
    "Iraq's government has pledged to conclude the presence of all foreign troops in the country.",
    '2024-09-28',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'a prime minister seeking to "conclude" the foreign deployment',
    'Al-Sudani says he aims to conclude the foreign military deployment in Iraq.',
    '2024-09-28',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'the "final pocket" of land that fell in 2019',
    "In March 2019 the jihadists' final pocket of territory in Syria fell to Kurdish-led fighters.",
    '2025-05-10',
    'isis-territorially-defeated-2019',
  ],
  [
    'the "final scrap" of land that "falls", told in a timeline entry',
    "March 2019: The Islamic State's final scrap of land, a village by the Euphrates, falls.",
    '2025-05-10',
    'isis-territorially-defeated-2019',
  ],
  [
    'forces that "moved up from" the south to Erbil',
    'Most American troops now sit in Erbil, having moved up from Baghdad last year.',
    '2026-01-20',
    'coalition-relocated-to-kurdistan',
  ],
  [
    'forces that "ended up" at Harir',
    'The US soldiers who left Ain al-Asad ended up at Harir, in the Kurdistan Region.',
    '2026-01-20',
    'coalition-relocated-to-kurdistan',
  ],
  [
    'the base "where" the forces "ended up"',
    'Erbil, where most of the coalition troops ended up after leaving Baghdad, is now their hub.',
    '2026-01-20',
    'coalition-relocated-to-kurdistan',
  ],
  [
    'a pullout "ahead of" its "target"',
    'The US pullout from Ain al-Asad came weeks ahead of the agreed target.',
    '2025-09-30',
    'pullout-ahead-of-schedule',
  ],
  [
    'a move a month "ahead of the cut-off"',
    'The withdrawal from the Baghdad bases finished a month ahead of the cut-off.',
    '2025-09-30',
    'pullout-ahead-of-schedule',
  ],
  [
    'factions wanting "every last" soldier "to go"',
    'The militias want every last American soldier to go, their spokesman said.',
    '2025-09-30',
    'factions-demand-full-withdrawal',
  ],
  [
    'factions telling "each last" troop "to leave"',
    'Hardline armed factions are demanding that parliament force each last foreign troop to leave Iraq.',
    '2025-09-30',
    'factions-demand-full-withdrawal',
  ],
  [
    'a coalition "set to shut" its mission in September',
    'The coalition is set to shut its mission in Iraq in September 2026.',
    '2026-05-10',
    'mission-end-sept-2026',
  ],
  [
    'a mission "shuttered" in September 2026',
    'Washington and Baghdad agreed the coalition mission would be shuttered in September 2026.',
    '2026-05-10',
    'mission-end-sept-2026',
  ],
  [
    'a US report called a "trial balloon" floated for the campaign',
    'Critics say the withdrawal report was a trial balloon meant to boost the Harris campaign.',
    '2024-10-01',
    'leaks-serve-election',
  ],
  [
    'a deal called a "personal achievement" of the premier',
    "Analysts called the troop deal a personal achievement for Iraq's prime minister.",
    '2024-09-30',
    'sudani-political-win',
  ],
  [
    'a "political accomplishment" for al-Sudani',
    'For al-Sudani, the exit timetable is a political accomplishment ahead of the elections.',
    '2024-09-30',
    'sudani-political-win',
  ],
  [
    'the Pentagon that "added" troops in Syria',
    'The Pentagon has added troops in Syria and at Kirkuk in recent weeks.',
    '2024-08-20',
    'us-reinforced-presence',
  ],
  [
    'Washington "adding" forces at Kirkuk',
    'Washington is quietly adding more forces at its base in Kirkuk.',
    '2024-08-20',
    'us-reinforced-presence',
  ],
  [
    'a base to "pass from" the coalition to the army, expected by its officers',
    'Iraqi officers expect the Ain al-Asad base to pass from the coalition to their army by late December.',
    '2025-12-10',
    'ain-al-asad-handover-dec-2025',
  ],
  [
    'a base that "will pass from" US hands to the army this month',
    'Ain al-Asad will pass from US control to the Iraqi army this month, commanders said.',
    '2025-12-10',
    'ain-al-asad-handover-dec-2025',
  ],
  [
    'a base that "is to pass from" the Americans before the new year',
    'The Ain al-Asad base is to pass from the Americans to Iraqi forces before the new year.',
    '2025-12-10',
    'ain-al-asad-handover-dec-2025',
  ],
  [
    'what remains is "a green light" for the written plan',
    'The pull-out plan is written; what remains is a green light from both capitals.',
    '2024-08-13',
    'plan-awaits-final-approval',
  ],
  [
    'the deal done and "what remained was the green light"',
    'Officials said the troop deal was settled and what remained was the green light from Baghdad.',
    '2024-08-13',
    'plan-awaits-final-approval',
  ],
];

describeWordings(
  'common press wording: a pocket that falls, a mission shut, a base passed on',
  cases,
);

describe('near misses of the same wording', () => {
  it('does not read combat operations against the group ending in 2017 as the 2021 switch', () => {
    expectNotCarded(
      'Iraqi combat operations against the militants ended in Mosul in July 2017.',
      '2025-05-10',
      'advise-assist-2021',
    );
  });

  it('does not read talks concluded as the presence concluded', () => {
    expect(
      claimsOf(
        "Iraq's government concluded the talks on the foreign forces' presence on Tuesday.",
        '2024-09-28',
      ),
    ).not.toContain('baghdad-seeks-end-of-presence');
  });
  it('does not read a pass from one governor to the next as a handover of the base', () => {
    expectNotCarded(
      'The post of Anbar governor passed from one party to another in 2024.',
      '2025-12-10',
      'ain-al-asad-handover-dec-2025',
    );
  });

  it('does not read a meeting that ended up in Erbil as forces moved there', () => {
    expectNotCarded(
      'The talks between Iraqi and Kurdish officials ended up in Erbil on Sunday.',
      '2026-01-20',
      'coalition-relocated-to-kurdistan',
    );
  });

  it('does not read a balloon of another kind as a leak', () => {
    expectNotCarded(
      'Children released a balloon at the Baghdad fair while Harris spoke on television.',
      '2024-10-01',
      'leaks-serve-election',
    );
  });

  it('does not read a green light given as one still awaited', () => {
    expectNotCarded(
      'Baghdad gave the pull-out plan its green light on Friday.',
      '2024-09-28',
      'plan-awaits-final-approval',
    );
  });
});
