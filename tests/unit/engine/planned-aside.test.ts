import { describe, expect, it } from 'vitest';
import { inPlannedAside, withoutPlannedAsides } from '../../../engine/planned-aside';
import { formatDate, parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';

/** Each date of the sentence, and whether it stands in an aside of planning. */
const asides = (text: string, published = '2026-02-12') => {
  const tokens = tokenize(text);
  return resolveDates(tokens, text, parsePublished(published)).map((d) => [
    formatDate(d),
    inPlannedAside(d, tokens, text),
  ]);
};

describe('inPlannedAside', () => {
  it('reads a date in an aside opened by a word of planning as the plan’s', () => {
    expect(asides('The closure of the pier, originally set for May, slipped into June.')).toEqual([
      ['May 2025', true],
      ['June 2025', false],
    ]);
    expect(
      asides('The last crossing from Portsea, due last September, ran only in January.'),
    ).toEqual([
      ['September 2025', true],
      ['January 2026', false],
    ]);
    expect(
      asides('The sale of the depot, scheduled for the end of 2025, closed in March.'),
    ).toEqual([
      ['end of 2025', true],
      ['March 2025', false],
    ]);
  });

  it('reads a relative clause of planning between commas as the plan’s date', () => {
    expect(asides('The ferry service, which was to start in March 2025, began in May.')).toEqual([
      ['March 2025', true],
      ['May 2025', false],
    ]);
    expect(asides('The pier works, which had been due in March 2025, ended in May.')).toEqual([
      ['March 2025', true],
      ['May 2025', false],
    ]);
    // A relative clause that plans nothing dates what it tells.
    expect(asides('The ferry service, which began in March, was busy by May.')).toEqual([
      ['March 2025', false],
      ['May 2025', false],
    ]);
  });

  it('reads a promise or a pledge between commas as the plan’s date', () => {
    expect(
      asides('The new ferry, promised for the end of November, sailed in January, weeks late.'),
    ).toEqual([
      ['end of November 2025', true],
      ['January 2026', false],
    ]);
    expect(asides('The bridge repairs, pledged for March, were finished in April.')).toEqual([
      ['March 2025', true],
      ['April 2025', false],
    ]);
  });

  it('does not read so a date of the main clause, or an aside that plans nothing', () => {
    // The plan is the main clause: its date is its own.
    expect(asides('The closure of the pier was set for May.')).toEqual([['May 2025', false]]);
    // An aside that only dates the event.
    expect(asides('The closure of the pier, in May, surprised Riverton.')).toEqual([
      ['May 2025', false],
    ]);
    // A planning word with no comma before it opens no aside.
    expect(asides('The crews due in May arrived in June.').map(([, aside]) => aside)).toEqual([
      false,
      false,
    ]);
  });
});

describe('withoutPlannedAsides', () => {
  it('lets the aside’s "due" not set the tense of the rest', () => {
    // On a February page, "ran only in January" is the January just gone, not the next one.
    const text = 'The last crossing from Portsea, due last September, ran only in January.';
    const kept = withoutPlannedAsides(tokenize(text), text).map((t) => t.norm);
    expect(kept).toEqual([
      'the',
      'last',
      'crossing',
      'from',
      'portsea',
      'ran',
      'only',
      'in',
      'january',
    ]);
  });

  it('keeps every token of a sentence with no aside of planning', () => {
    const text = 'The closure of the pier, in May, surprised Riverton.';
    const tokens = tokenize(text);
    expect(withoutPlannedAsides(tokens, text)).toBe(tokens);
  });
});
