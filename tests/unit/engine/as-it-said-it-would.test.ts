/**
 * A clause of conformity told in the past after a comma (", as the timetable said it would")
 * has a tense of its own: its "would" does not push a bare month of the clause before into the
 * next year (engine/clauses.ts laterClause).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './story-sentence';

describe('a clause of conformity after the month', () => {
  it('leaves a month gone by in the page year', () => {
    expect(
      claimsOf(
        "The coalition's mission in Iraq wound up at the end of September, just as the 2024 timetable had said it would.",
        '2026-11-20',
      ),
    ).toContain('mission-end-sept-2026');
  });

  it('still looks ahead with one in the present ("as officials expect")', () => {
    expect(
      claimsOf('The coalition mission is to end in September, as officials expect.', '2025-11-20'),
    ).toContain('mission-end-sept-2026');
  });
});
