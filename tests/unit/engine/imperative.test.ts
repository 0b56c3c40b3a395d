/**
 * A sentence opening on a bare verb bids someone act; a claim told only in that clause is not
 * reported (engine/imperative.ts, recognize.ts). A bidding joined by "and" to its outcome is a
 * condition, and the warning it carries is told.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './story-sentence';

describe('a bidding opening the sentence', () => {
  it('reports no claim in its clause', () => {
    expect(
      claimsOf(
        'Keep the trainers in Iraq, keep the airfield at Harir, and argue about the rest next year.',
        '2025-10-01',
      ),
    ).not.toContain('advisers-remain');
  });

  it('is a condition when joined by "and" to its outcome', () => {
    expect(
      claimsOf(
        'Withdraw too early and you hand the valleys back to ISIS, one senator told the hearing.',
        '2024-06-01',
      ),
    ).toContain('withdrawal-could-embolden-isis-iran');
  });

  it('reports the statement it frames ("Keep in mind that …")', () => {
    expect(
      claimsOf(
        'Keep in mind that a few hundred US advisers will stay on in Iraq after the mission ends.',
        '2025-10-01',
      ),
    ).toContain('advisers-remain');
  });
});
