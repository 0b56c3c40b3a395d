/**
 * A dateline's day (engine/sentence-facts.ts, readFacts): when the body's first clause gives a
 * date of its own, the dateline's day is only when the story was filed; alone, it still dates
 * the report; a line opening on its date is a timeline's entry and keeps it.
 */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../engine/resolve-dates';
import { readFacts } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';

const datesOf = (text: string) =>
  readFacts(
    { text, tokens: tokenize(text), hits: [] },
    { year: 2027, month: 5, day: 18 },
    [],
  ).dates.map((d) => formatDate(d));

describe("a dateline's date", () => {
  it("gives way to the date the body's first clause tells", () => {
    expect(
      datesOf('PORTSEA, May 18 (Wire) - It is twelve months since the last barge left the quay.'),
    ).toEqual(['May 2026']);
  });

  it('dates the report when the body tells none in its first clause', () => {
    expect(
      datesOf(
        'PORTSEA, May 18 (Wire) - The last crews have gone, ending a lease begun a decade ago.',
      ),
    ).toContain('May 2027');
  });

  it('stays when the body tells a plan ahead: it dates when the plan was told', () => {
    expect(datesOf('PORTSEA, May 18 (Wire) - The crews will leave the quay next month.')).toContain(
      'May 2027',
    );
  });

  it('stays on a timeline entry opening on its date', () => {
    expect(datesOf('June 2014 — The pier is closed for a year.')).toContain('June 2014');
  });
});
