/**
 * "built a coalition" forms it (vocabulary: formed); the phrasing holds its object, so the
 * subject-first rule pairs them itself (recognize.ts). What the coalition built is no forming.
 * Session 44, fit29, for an articles-blind-29 miss; wordings our own.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, describeWordings, type WordingCase } from './story-sentence';

describeWordings('a coalition built', [
  [
    'built a coalition',
    'In 2014 the United States built a coalition of dozens of countries to fight the Islamic State.',
    '2024-09-20',
    'coalition-formed-2014',
  ],
  [
    'was building an international coalition',
    'The Obama administration was building an international coalition against the group by September 2014.',
    '2024-09-20',
    'coalition-formed-2014',
  ],
  [
    'built the coalition',
    'Washington built the coalition in 2014 after the militants overran Mosul.',
    '2024-09-20',
    'coalition-formed-2014',
  ],
] satisfies WordingCase[]);

describe('what the coalition built is not its forming', () => {
  it('a runway or a headquarters built in 2014', () => {
    for (const s of [
      'In 2014 the coalition built a new runway at Ain al-Asad.',
      'The coalition built its headquarters in Erbil in 2014.',
    ])
      expect(claimsOf(s, '2024-09-20')).not.toContain('coalition-formed-2014');
  });
});
