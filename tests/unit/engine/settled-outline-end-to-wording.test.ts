/**
 * "settled the outline of" an arrangement is agreeing on it, and "an end to the coalition's
 * military mission" names the mission's end with words between (vocabulary: reach-agreement,
 * mission-end). Session 44, fit29, for an articles-blind-29 miss; wordings our own.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, describeWordings, type WordingCase } from './story-sentence';

describeWordings('the deal told as an outline settled, or an end agreed', [
  [
    'settled the outline of an end to',
    "Baghdad and Washington have settled the outline of an end to the US-led coalition's mission in Iraq.",
    '2024-09-20',
    'agreement-reached',
  ],
  [
    'settled the contours of an end to',
    "Negotiators settled the contours of an end to the coalition's mission last week.",
    '2024-09-20',
    'agreement-reached',
  ],
  [
    'agreed on an end to … military mission',
    "Washington and Baghdad agreed on an end to the coalition's military mission.",
    '2024-09-20',
    'agreement-reached',
  ],
] satisfies WordingCase[]);

describe('an outline settled of something else is not the deal', () => {
  it('a cabinet or a ceasefire elsewhere', () => {
    for (const s of [
      "Iraq's political blocs settled the outline of a new cabinet on Sunday.",
      'Lebanon and Israel settled the broad outline of a ceasefire last week.',
    ])
      expect(claimsOf(s, '2024-09-20')).not.toContain('agreement-reached');
  });
});
