/**
 * An opening condition supposes its own event: a claim told only inside it is not reported,
 * whatever the main clause says (engine/opening-condition.ts, recognize.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './story-sentence';

describe('a claim told inside an opening condition', () => {
  it('is supposed, not reported, even before "will"', () => {
    expect(
      claimsOf(
        'If the remaining US forces pull out of Iraq entirely in 2026, the militias will call it a victory.',
        '2025-06-01',
      ),
    ).not.toContain('full-exit-2026');
    expect(
      claimsOf(
        'Unless Washington and Baghdad agree a timetable for the withdrawal, the factions will keep firing.',
        '2024-05-01',
      ),
    ).not.toContain('agreement-reached');
  });

  it('is still told when the condition takes it as known ("as agreed")', () => {
    expect(
      claimsOf(
        'If the coalition mission ends in September 2026 as agreed, the advisers will move to Erbil.',
        '2025-06-01',
      ),
    ).toContain('mission-end-sept-2026');
  });

  it('reports again without the condition', () => {
    expect(
      claimsOf(
        'The remaining US forces will pull out of Iraq entirely in 2026, and the militias will call it a victory.',
        '2025-06-01',
      ),
    ).toContain('full-exit-2026');
  });
});
