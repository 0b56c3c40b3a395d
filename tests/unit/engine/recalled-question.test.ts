/**
 * A question that bids the reader recall something tells it; one that asks whether anyone
 * remembers stays a question (engine/recalled-question.ts, topic-gate.ts).
 */
import { describe, expect, it } from 'vitest';
import { recalledQuestion } from '../../../engine/recalled-question';
import { tokenize } from '../../../engine/tokenize';
import { claimsOf } from './story-sentence';

const recalled = (s: string) => recalledQuestion(tokenize(s));

describe('a question bidding the reader recall', () => {
  it('opens on the bidding', () => {
    expect(recalled('Remember the ferry crews who swore they would be gone by May?')).toBe(true);
    expect(recalled('Recall the council vote that was meant to settle it all?')).toBe(true);
    expect(recalled('Who can forget the morning the last ferry sailed?')).toBe(true);
    expect(recalled('Who could forget the harbour board closing the pier?')).toBe(true);
  });

  it('is no bidding when the question asks who remembers', () => {
    expect(recalled('Do you remember when the ferries stopped?')).toBe(false);
    expect(recalled('Who remembers the council vote?')).toBe(false);
    expect(recalled('Does anyone recall the ferry timetable?')).toBe(false);
    expect(recalled('Will the crews remember the pier?')).toBe(false);
  });

  it('is read as told on the story', () => {
    expect(
      claimsOf(
        'Remember the January 2020 vote in which Iraq’s lawmakers told every foreign soldier to go home?',
        '2025-06-01',
      ),
    ).toContain('parliament-vote-2020');
    expect(
      claimsOf(
        'Who can forget the January 2020 vote in which Iraq’s lawmakers told every foreign soldier to go home?',
        '2025-06-01',
      ),
    ).toContain('parliament-vote-2020');
  });

  it('leaves a question that asks on the story without a card', () => {
    expect(
      claimsOf(
        'Does anyone still remember the January 2020 vote in which Iraq’s lawmakers told every foreign soldier to go home?',
        '2025-06-01',
      ),
    ).toEqual([]);
  });
});
