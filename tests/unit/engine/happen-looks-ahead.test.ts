/**
 * The present of "happen" looks ahead, as a timetable's verbs do: "What happens in May?" is
 * the May to come (engine/resolve-dates.ts, TIMETABLE_VERBS).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';

const dates = (text: string, published: string) =>
  resolveDates(tokenize(text), text, parsePublished(published)).map((d) => formatDate(d));

describe('"What happens in May?": the present of happen looks ahead', () => {
  it('reads a bare month after "happens" / "happen" as the next one', () => {
    expect(dates('What happens in May?', '2026-02-10')).toEqual(['May 2026']);
    expect(dates('So what happens to the ferries in May?', '2026-02-10')).toEqual(['May 2026']);
    expect(dates('The last crossings happen in May, the board says.', '2026-02-10')).toEqual([
      'May 2026',
    ]);
  });

  it('keeps a past "happened" and a negated "did not happen" in the past', () => {
    expect(dates('What happened in May?', '2026-02-10')).toEqual(['May 2025']);
    expect(dates('The vote did not happen in May.', '2026-02-10')).toEqual(['May 2025']);
  });
});
