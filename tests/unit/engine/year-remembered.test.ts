/**
 * A year right after "remember" or "recall" is what is recalled, not when the sentence's event
 * happens (engine/topic-gate.ts): "who remember 2011" does not date a warning outside the story.
 */
import { describe, it } from 'vitest';
import { describeWordings, expectNotCarded } from './story-sentence';

describeWordings('a year recalled', [
  [
    '"who remember 2011"',
    "Veterans who remember 2011 fear that pulling the troops out of Iraq too quickly could let ISIS regroup and widen Iran's sway in Baghdad.",
    '2025-01-15',
    'withdrawal-could-embolden-isis-iran',
  ],
]);

describe('a year that dates the sentence', () => {
  it('still sets a sentence told "in 2011" outside the story', () => {
    expectNotCarded(
      "In 2011 officers feared that pulling the troops out of Iraq too quickly could let ISIS regroup and widen Iran's sway in Baghdad.",
      '2025-01-15',
      'withdrawal-could-embolden-isis-iran',
    );
  });
});
