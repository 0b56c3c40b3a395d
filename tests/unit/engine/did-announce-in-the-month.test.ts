/**
 * A verb of saying after an emphatic "did" is past, as "announced" is: the month right after it
 * dates the saying, not the plan it reports (engine/resolve-dates.ts whenSaid).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './story-sentence';

describe('"did announce in late December that …"', () => {
  it('dates the announcement in the December gone by', () => {
    expect(
      claimsOf(
        'Iraqi commanders did announce in late December that US forces would hand the Ain al-Asad base to the Iraqi army within days.',
        '2026-02-01',
      ),
    ).toContain('ain-al-asad-handover-dec-2025');
  });
});
