/** A perfect in a clause of time beside a look ahead is still to come (engine/perfect-ahead.ts). */
import { describe, expect, it } from 'vitest';
import { perfectsAhead } from '../../../engine/perfect-ahead';
import { tokenize } from '../../../engine/tokenize';

const spans = (text: string) => {
  const tokens = tokenize(text);
  return perfectsAhead(tokens, text).map(([from, to]) =>
    tokens
      .slice(from, to)
      .map((t) => t.raw)
      .join(' '),
  );
};

describe('perfectsAhead', () => {
  it('is the clause of time after a main clause that looks ahead', () => {
    expect(spans('The town will remember the crews long after the last ferry has sailed.')).toEqual(
      ['after the last ferry has sailed'],
    );
    expect(spans("We'll sell the pier once the crews have left, the mayor said.")).toEqual([
      'once the crews have left',
    ]);
  });

  it('is the clause of time opening the sentence before a main clause that looks ahead', () => {
    expect(spans('Once the crews have left the pier, the board will sell it.')).toEqual([
      'Once the crews have left the pier',
    ]);
  });

  it('is nothing with no look ahead, no perfect, or a look ahead in another statement', () => {
    expect(spans('The pier has stood empty since the crews left.')).toEqual([]);
    expect(spans('The board sold the pier after the crews had left.')).toEqual([]);
    expect(spans('The ferries will sail when the crews left last year.')).toEqual([]);
    expect(spans('The board will meet in May; the crews left after the town has voted.')).toEqual(
      [],
    );
  });
});
