/**
 * Wording the vocabulary gained while fitting articles-blind-30 (session 44, fit30), each pinned
 * by sentences we wrote in different wordings, with near misses that must stay uncarded.
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
    "Iraq's government has pledged to conclude the presence of foreign troops on its soil.",
    '2024-09-28',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'a prime minister seeking to "conclude" the foreign deployment',
    'Al-Sudani says he aims to conclude the foreign military deployment in Iraq.',
    '2024-09-28',
    'baghdad-seeks-end-of-presence',
  ],
];

describeWordings('articles-blind-30 wording (fit30)', cases);

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
});
