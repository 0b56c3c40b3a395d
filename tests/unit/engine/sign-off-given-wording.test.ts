/**
 * "Signing off" names the final approval only while it is awaited (data/vocabulary.json,
 * `final-details`): "awaits both capitals signing off" is the plan still needing approval; "with
 * both sides signing off" tells a sign-off given, which is no plan awaiting one. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectNotCarded } from './story-sentence';

describe('signing off, awaited or given', () => {
  it('is the plan awaiting approval after "awaits", "pending", "still"', () => {
    for (const sentence of [
      "The coalition's drawdown plan is written and now awaits both capitals signing off.",
      'The exit plan is still pending both governments signing off, an official said.',
    ])
      expect(claimsOf(sentence, '2024-08-20'), sentence).toContain('plan-awaits-final-approval');
  });

  it('is not the plan awaiting approval when the sign-off is given', () => {
    expectNotCarded(
      'By the autumn the prime minister had his timetable for the coalition, with both sides signing off.',
      '2024-09-30',
      'plan-awaits-final-approval',
    );
  });
});
