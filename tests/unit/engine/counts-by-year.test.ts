/**
 * A count for each year, listed in order, tells a fall or a rise by the figures alone
 * (engine/counts-by-year.ts). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { countsByYear } from '../../../engine/counts-by-year';
import { COUNT_FELL, COUNT_ROSE } from '../../../engine/english';
import { tokenize } from '../../../engine/tokenize';

const read = (sentence: string) => {
  const tokens = tokenize(sentence);
  return countsByYear(tokens, sentence).map((c) => ({
    concept: c.concept,
    span: sentence.slice(tokens[c.from]?.start, tokens[c.to - 1]?.end),
  }));
};

describe('counts listed by year', () => {
  it('reads a smaller later count as a fall, a larger one as a rise', () => {
    expect(read('Groundings at the harbour: 42 in 2024, four in 2025.')).toEqual([
      { concept: COUNT_FELL, span: 'four in 2025' },
    ]);
    expect(read('Sailings logged: 120 in 2023; 310 in 2024.')).toEqual([
      { concept: COUNT_ROSE, span: '310 in 2024' },
    ]);
    expect(read('The pier saw 90 closures in 2022 and 12 in 2023.')).toEqual([]);
    expect(read('Closures: 90 in 2022 and 12 in 2023.')).toEqual([
      { concept: COUNT_FELL, span: '12 in 2023' },
    ]);
  });

  it('reads nothing from one count, years out of order, equal counts or a list of years', () => {
    expect(read('The harbour logged 42 groundings in 2024.')).toEqual([]);
    expect(read('Groundings: four in 2025, 42 in 2024.')).toEqual([]);
    expect(read('Groundings: 12 in 2024, 12 in 2025.')).toEqual([]);
    expect(read('The pier shut in 2024 and in 2025.')).toEqual([]);
  });
});
