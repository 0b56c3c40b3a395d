/**
 * A quoted question closed by its teller and a verb of asking asks; it does not assert
 * (engine/asked-in-quote.ts, topic-gate.ts).
 */
import { describe, expect, it } from 'vitest';
import { askedInQuote } from '../../../engine/asked-in-quote';
import { claimsOf } from './story-sentence';

describe('a quoted question closed by its teller', () => {
  it('is a question when the tail names who asked', () => {
    expect(
      askedInQuote('"So the ferries stop sailing from the north pier in May?" a caller asked.'),
    ).toBe(true);
    expect(
      askedInQuote('“Will the crews really be gone by the spring?”, one deckhand wondered.'),
    ).toBe(true);
    expect(
      askedInQuote('"Is the pier closing for good?" asked a reporter from the Lakeland Post.'),
    ).toBe(true);
  });

  it('is no question when the tail says more, or the quote tells', () => {
    expect(
      askedInQuote('"Who would stay?" the mayor asked, adding that the pier closed in May.'),
    ).toBe(false);
    expect(askedInQuote('"The ferries stop in May," a caller said.')).toBe(false);
    expect(
      askedInQuote('"Why stay?" the crews said in a letter to the harbour board last week.'),
    ).toBe(false);
  });

  it('gets no card on the story', () => {
    expect(
      claimsOf(
        '"So the coalition mission in Iraq ends in September 2026, Erbil too?" a listener asked.',
        '2025-11-01',
      ),
    ).toEqual([]);
  });
});
