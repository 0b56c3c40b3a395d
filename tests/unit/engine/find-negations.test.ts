/**
 * A "not" opening a phrase set off by commas ("it is the charter, not any timetable, that …")
 * names the alternative the sentence sets aside: it neither denies nor asserts it
 * (engine/find-negations.ts, contrastEnd()).
 */
import { describe, expect, it } from 'vitest';
import { findNegations, isNegated } from '../../../engine/find-negations';
import { tokenize } from '../../../engine/tokenize';

const read = (text: string, word: string) => {
  const tokens = tokenize(text);
  const negations = findNegations(tokens, text);
  const at = tokens.findIndex((t) => t.norm === word);
  return { negations, negated: isNegated(at, negations) };
};

describe('a contrast set off by commas', () => {
  it('is a partial statement over its own phrase, not a denial', () => {
    const { negations, negated } = read(
      'It is the harbour charter, not any closure timetable, that will set the date.',
      'closure',
    );
    expect(negated).toBe(true);
    expect(negations).toHaveLength(1);
    expect(negations[0]?.partial).toBe(true);
    // What follows the phrase is not governed by the "not".
    const after = read(
      'It is the harbour charter, not any closure timetable, that will set the date.',
      'date',
    );
    expect(after.negated).toBe(false);
  });

  it('leaves a contrast ending the sentence a plain negation', () => {
    const { negations, negated } = read(
      'The talks have been about the new pier, not about closing the old one.',
      'closing',
    );
    expect(negated).toBe(true);
    expect(negations[0]?.partial).toBeUndefined();
  });

  it('leaves a "not" after a comma that opens a clause alone', () => {
    const { negations } = read('The ferry sailed, but the crew did not leave the pier.', 'leave');
    expect(negations[0]?.partial).toBeUndefined();
  });
});
