/**
 * A departure told in an irregular past ("left", "withdrew") on the plan's deadline, on a later
 * page, retells the plan as done, as "were withdrawn" does (engine/resolve-dates.ts toldAsDone).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './story-sentence';

describe('a departure told in an irregular past on the deadline', () => {
  it('times the plan it carries out', () => {
    expect(
      claimsOf(
        'Every remaining US soldier left Iraq on 31 December 2025, a blog insists.',
        '2026-02-10',
      ),
    ).toContain('full-exit-end-2025');
    expect(
      claimsOf('All American troops withdrew from Iraq on December 31, 2025.', '2026-02-10'),
    ).toContain('full-exit-end-2025');
  });

  it('times it by the end of its year, not by the year alone', () => {
    expect(
      claimsOf('A reader heard that all the foreign forces left at the end of 2025.', '2026-03-01'),
    ).toContain('full-exit-end-2025');
  });

  it('is not a giving over: the base handed on that day is another event', () => {
    expect(
      claimsOf(
        'This month the last American soldiers gave the Ain al-Asad airfield over to the Iraqi army and flew out.',
        '2026-01-25',
      ),
    ).not.toContain('full-exit-2026');
  });
});
