/**
 * "not … until <date>" tells the event, at that date (engine/not-until.ts): the negation says
 * it came no sooner, and does not deny it. A past "did not … until January" names the January
 * gone by, a point in time.
 */
import { describe, expect, it } from 'vitest';
import { findNegations, isNegated } from '../../../engine/find-negations';
import { parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';

/** Whether the word `word` of `text` is negated. */
const negated = (text: string, word: string) => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.norm === word);
  return isNegated(at, findNegations(tokens, text));
};

const dates = (text: string, published = '2026-02-10') =>
  resolveDates(tokenize(text), text, parsePublished(published)).map(
    (d) => `${d.role} ${d.year}-${d.month ?? ''}`,
  );

describe('"not … until" a date far on in the clause', () => {
  it('does not deny the event', () => {
    expect(
      negated('The pier was not handed over to the harbour board until mid-January.', 'handed'),
    ).toBe(false);
    expect(
      negated('The last ferry did not leave the old northern pier until January.', 'leave'),
    ).toBe(false);
    expect(
      negated("The crews didn't take full control of the western pier until late 2025.", 'control'),
    ).toBe(false);
  });

  it('still denies when the "until" is a second verb\'s or another clause\'s', () => {
    expect(
      negated('The crews will not leave the northern pier and will stay on until August.', 'leave'),
    ).toBe(true);
    expect(
      negated(
        'The crews did not leave the northern pier but the tugs sailed until August.',
        'leave',
      ),
    ).toBe(true);
  });

  it('still denies when "until" opens an event, an aside, or no date (near misses)', () => {
    expect(
      negated(
        'The crews did not leave the old northern pier at Ashby until the talks resumed.',
        'leave',
      ),
    ).toBe(true);
    expect(
      negated('The last ferry did not leave the pier, until recently, for lack of crews.', 'leave'),
    ).toBe(true);
    expect(negated('The board never handed over the old pier, not even until now.', 'handed')).toBe(
      true,
    );
  });
});

describe('the date of a past "not … until"', () => {
  it('is the month gone by, a point', () => {
    expect(dates('The last ferry did not leave the pier until January.')).toEqual(['point 2026-1']);
    expect(dates('The crews did not begin leaving the northern pier until August.')).toEqual([
      'point 2025-8',
    ]);
    expect(dates("The pier wasn't handed over to the board until mid-January.")).toEqual([
      'point 2026-1',
    ]);
  });

  it('stays a deadline ahead when the negation is not in the past', () => {
    expect(dates('The crews will not leave the pier until August.')).toEqual(['deadline 2026-8']);
    expect(dates('The crews stayed at the pier until August.')[0]?.startsWith('deadline')).toBe(
      true,
    );
  });
});
