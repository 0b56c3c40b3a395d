/**
 * A "when" after a comma opens a clause of time, or one on the time just named ("… until
 * September, when the mission ends"): a phrasing read from that "when" on (one of asking when
 * something ends) lies in that clause, and ranks below the main clause's claim as the clause's
 * other words do (engine/recognize.ts, subordinate()). Asking "when" after a verb is untouched.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './story-sentence';

describe('a "when" after a comma', () => {
  it('tells what happens at the date just named, no question of when', () => {
    const cards = claimsOf(
      'The Pentagon had meant to run flights from the Harir base only up to September 2026, when the coalition mission would end.',
      '2025-11-01',
    );
    expect(cards).not.toContain('leaders-to-decide-end');
    expect(cards).toContain('mission-end-sept-2026');
  });

  it('gives no question of when to other wordings of a date and its clause', () => {
    for (const sentence of [
      'Washington expected its last advisers to be home by next September, when the mission is supposed to end.',
      "Baghdad wants the Americans gone by the autumn of 2026, when the coalition's mission ends.",
    ])
      expect(claimsOf(sentence, '2025-11-01'), sentence).not.toContain('leaders-to-decide-end');
  });

  it('still reads "when" asked after a verb of deciding', () => {
    expect(
      claimsOf(
        'The two leaders will decide when the coalition mission ends, a US official said.',
        '2024-10-01',
      ),
    ).toContain('leaders-to-decide-end');
  });
});
