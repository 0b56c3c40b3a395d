/**
 * The place tellers speak from ("officers in Baghdad were saying …") is theirs, as their head
 * noun is: it excludes nothing the sentence tells, where the same place named as what is handed
 * over does. Sentences we wrote. (Added while fitting articles-blind-32, session 45.)
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectNotCarded } from './story-sentence';

describe('the place of the tellers', () => {
  it('does not exclude the claim the tellers tell', () => {
    expect(
      claimsOf(
        'Officers in Baghdad were saying in December that the Americans would hand Ain al-Asad to the Iraqi army within a week.',
        '2025-12-20',
      ),
    ).toContain('ain-al-asad-handover-dec-2025');
    expect(
      claimsOf(
        'By mid-December, generals in Baghdad said the coalition would leave Ain al-Asad and hand it to Iraqi troops the following week.',
        '2025-12-20',
      ),
    ).toContain('ain-al-asad-handover-dec-2025');
  });

  it('still excludes it where the place is part of what is handed over', () => {
    expectNotCarded(
      'The coalition will hand over Ain al-Asad and its Baghdad sites to the Iraqi army next week.',
      '2025-12-20',
      'ain-al-asad-handover-dec-2025',
    );
  });
});
