/**
 * "The island cannot keep its clinic open without the night ferry": a negated modal with a later
 * "without" is a double negative. What follows "without" is needed, not denied; the doing before
 * it stays negated (engine/find-negations.ts, unableBefore/neededAfter). Session 44, fit29.
 */
import { describe, expect, it } from 'vitest';
import { findNegations, isNegated } from '../../../engine/find-negations';
import { tokenize } from '../../../engine/tokenize';
import { claimsOf, describeWordings, type WordingCase } from './story-sentence';

const negated = (text: string, word: string): boolean => {
  const tokens = tokenize(text);
  return isNegated(
    tokens.findIndex((t) => t.norm === word),
    findNegations(tokens, text),
  );
};

describe('"cannot … without": a need', () => {
  it('leaves what follows "without" named, the doing negated', () => {
    for (const text of [
      'The island cannot keep its clinic open without the night ferry.',
      "The growers can't get their crop to market without the barges.",
      'The town could not yet run the harbour without the pilots.',
    ]) {
      expect(
        negated(text, 'ferry') || negated(text, 'barges') || negated(text, 'pilots'),
        text,
      ).toBe(false);
    }
    expect(
      negated('The island cannot keep its clinic open without the night ferry.', 'clinic'),
    ).toBe(true);
  });
  it('a "without" far off, or past a comma, is still a plain negation', () => {
    expect(
      negated('The island cannot keep its clinic open, even without the ferry.', 'ferry'),
    ).toBe(true);
    expect(negated('The boats did not sail without the pilots.', 'pilots')).toBe(true);
  });
});

describeWordings('the region that cannot face the militants without the coalition needs it', [
  [
    'cannot yet hold off … without',
    'The Kurdish president warned that Erbil cannot yet hold off the Islamic State without coalition help.',
    '2025-10-22',
    'kurdistan-still-needs-coalition',
  ],
  [
    "still can't contain … without",
    "Kurdish leaders say the region still can't contain the militants without the coalition's support.",
    '2025-10-22',
    'kurdistan-still-needs-coalition',
  ],
  [
    'cannot yet keep … down without',
    "Iraq cannot yet keep the Islamic State down without the coalition, Kurdistan's president said.",
    '2025-10-22',
    'kurdistan-still-needs-coalition',
  ],
] satisfies WordingCase[]);

describe('no need is read from a plain negation', () => {
  it('"did not … without" tells no need', () => {
    expect(
      claimsOf(
        'Kurdish forces did not fight the militants without coalition support.',
        '2025-10-22',
      ),
    ).not.toContain('kurdistan-still-needs-coalition');
  });
});
