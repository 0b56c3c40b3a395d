/**
 * A year dating the signing of a deal the vocabulary names is the deal's date, not the
 * sentence's (engine/signing-date.ts, topic-gate.ts).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './story-sentence';

describe("a year dating a named deal's signing is the deal's, not the sentence's", () => {
  it('reads the ties to come under a framework deal "sealed" or "signed" in 2008', () => {
    expect(
      claimsOf(
        "Thereafter, Iraq's relations with the United States will be governed by the Strategic Framework Agreement sealed in 2008.",
        '2026-02-17',
      ),
    ).toContain('framework-agreement-governs-ties');
    expect(
      claimsOf(
        'After the coalition leaves, Iraqi relations with the Americans will rest on the Strategic Framework Agreement signed by both governments in 2008.',
        '2026-02-17',
      ),
    ).toContain('framework-agreement-governs-ties');
  });

  it('still puts a sentence telling the signing itself in 2008 outside the story', () => {
    expect(
      claimsOf(
        'In 2008, Baghdad and Washington signed the Strategic Framework Agreement to govern their ties.',
        '2026-02-17',
      ),
    ).toEqual([]);
  });
});
