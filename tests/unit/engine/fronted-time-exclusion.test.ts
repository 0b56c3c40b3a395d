/**
 * A frame of time opening the sentence ("After the last units leave, …") is not what the
 * sentence reports, but says which time the report is about: a claim's exclusion named there
 * still excludes, as it does in the same clause after the main one (engine/recognize.ts
 * `inFrontedTime`). A fronted time naming no exclusion takes nothing away. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './story-sentence';

describe('an exclusion in a fronted clause of time', () => {
  it('reads trainers staying after the last units leave as advisers kept, not the Erbil year', () => {
    for (const sentence of [
      'After the last combat units leave, a small team of American trainers will stay at Harir to advise Kurdish forces.',
      'A small team of American trainers will stay at Harir to advise Kurdish forces after the last combat units leave.',
    ]) {
      const cards = claimsOf(sentence, '2025-10-01');
      expect(cards).toContain('advisers-remain');
      expect(cards).not.toContain('erbil-stays-for-syria');
    }
  });

  it('keeps the Erbil year under a fronted time that names no exclusion', () => {
    expect(
      claimsOf(
        'After the September talks, some US troops will stay in Erbil to support operations against militants in Syria.',
        '2025-10-01',
      ),
    ).toContain('erbil-stays-for-syria');
  });
});
