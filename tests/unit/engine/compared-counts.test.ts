/**
 * A count "compared with" another tells a fall or a rise by the figures alone
 * (engine/compared-counts.ts): the first figure after "compared with|to", the nearest before it
 * in the same clause, no year and no day beside its month.
 */
import { describe, expect, it } from 'vitest';
import { comparedCounts, fromToCounts } from '../../../engine/compared-counts';
import { COUNT_FELL, COUNT_ROSE } from '../../../engine/english';
import { tokenize } from '../../../engine/tokenize';

const read = (sentence: string) => {
  const tokens = tokenize(sentence);
  return comparedCounts(tokens, sentence).map((c) => ({
    concept: c.concept,
    span: sentence.slice(tokens[c.from]?.start, tokens[c.to - 1]?.end),
  }));
};

describe('counts compared', () => {
  it('reads a smaller count against a larger one as a fall, years aside', () => {
    expect(read('The harbour logged four groundings in 2025, compared with 42 in 2024.')).toEqual([
      { concept: COUNT_FELL, span: 'compared with 42' },
    ]);
    expect(read('Only 12 ferries sailed in May, compared to about 90 the month before.')).toEqual([
      { concept: COUNT_FELL, span: 'compared to about 90' },
    ]);
  });

  it('reads a larger count as a rise, and figures in words, "forty-two" as one', () => {
    expect(
      read('Crews made 95 crossings last winter, compared with forty-two a year earlier.'),
    ).toEqual([{ concept: COUNT_ROSE, span: 'compared with forty-two' }]);
    expect(
      read('The board counted nine closures this year, compared with forty-two in 2024.'),
    ).toEqual([{ concept: COUNT_FELL, span: 'compared with forty-two' }]);
  });

  it('reads nothing from equal counts, days, years alone or another clause', () => {
    expect(read('Ten boats sailed in June, compared with 10 in May.')).toEqual([]);
    expect(read('On 12 May the pier reopened, compared with last year.')).toEqual([]);
    expect(read('Traffic in 2025 was heavy compared with 2024.')).toEqual([]);
    expect(
      read('Three piers closed; traffic was light compared with 40 boats a day before.'),
    ).toEqual([]);
  });

  it('reads "against" and "versus" with a figure right after them as "compared with"', () => {
    expect(read('The pier saw four groundings this year, against forty-two last year.')).toEqual([
      { concept: COUNT_FELL, span: 'against forty-two' },
    ]);
    expect(read('Crews made 95 crossings in 2025 versus about 40 in 2024.')).toEqual([
      { concept: COUNT_ROSE, span: 'versus about 40' },
    ]);
  });

  it('reads no comparison in "against" before a noun', () => {
    expect(read('Nine protests against the toll were held in 2025.')).toEqual([]);
    expect(read('Four crews voted against the plan, and 12 for it.')).toEqual([]);
  });
});

describe('a count moved from one figure to another', () => {
  const moved = (sentence: string) => {
    const tokens = tokenize(sentence);
    return fromToCounts(tokens, sentence).map((c) => ({
      concept: c.concept,
      span: sentence.slice(tokens[c.from]?.start, tokens[c.to - 1]?.end),
    }));
  };

  it('reads "from" a larger figure "to" a smaller one as a fall, whatever the verb', () => {
    expect(moved('Groundings went from forty-two in 2024 to four last year.')).toEqual([
      { concept: COUNT_FELL, span: 'from forty-two in 2024 to four' },
    ]);
    expect(moved('Sailings moved from 90 a month to just 12.')).toEqual([
      { concept: COUNT_FELL, span: 'from 90 a month to just 12' },
    ]);
  });

  it('reads a smaller figure first as a rise', () => {
    expect(moved('Crossings climbed from 12 to about 30.')).toEqual([
      { concept: COUNT_ROSE, span: 'from 12 to about 30' },
    ]);
  });

  it('reads nothing from years, days, equal figures or a "to" in another clause', () => {
    expect(moved('The ferry ran from 2024 to 2026.')).toEqual([]);
    expect(moved('The pier is shut from 12 to 14 October.')).toEqual([]);
    expect(moved('Crews went from ten to 10 overnight.')).toEqual([]);
    expect(moved('It moved from one berth, and then to four others.')).toEqual([]);
  });
});
