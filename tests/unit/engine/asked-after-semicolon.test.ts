/**
 * A question after a statement and a semicolon asks; the statement before it is told
 * (engine/asked-after-colon.ts).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { askedAfterColon } from '../../../engine/asked-after-colon';
import { framedWords } from './framed-words';
import { claimsOf } from './story-sentence';

describe('a question after a statement and a semicolon', () => {
  const asked = framedWords(askedAfterColon);

  it('is the part after the semicolon', () => {
    expect(asked('The crews left the pier this month; were you surprised?')).toBe(
      'were you surprised',
    );
    expect(asked('Q: The ferries stopped in May; what comes next for the island?')).toBe(
      'what comes next for the island',
    );
  });

  it('is nothing when the semicolon opens no question, or a question stands before it', () => {
    expect(asked('The crews left in May; the island, and its ferries?')).toBeNull();
    expect(asked('Will the crews go; will the ferries stop?')).toBeNull();
  });

  it('reads the statement before it on the story', () => {
    expect(
      claimsOf(
        'Q: Britain and Italy took their troops out of Erbil this month; did that worry you?',
        '2026-02-20',
      ),
    ).toContain('partners-leave-erbil-feb-2026');
    expect(
      claimsOf(
        'Q: The coalition mission ends in September; is the army ready to stand alone?',
        '2026-03-20',
      ),
    ).toContain('mission-end-sept-2026');
  });
});
